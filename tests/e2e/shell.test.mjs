// The page around the canvas at phone size: what the citizen reads when the browser lacks WebAssembly
// or any WebGL, when the GPU drops the canvas' context (and the screen and draft after it comes back),
// and the draft saved the moment the page is hidden (not 800 ms later, when a phone may have
// discarded the tab).
//
// usage: node --test tests/e2e/shell.test.mjs   (env HOTLINE_WEB_DIR, HOTLINE_SERVER_BINARY,
// HOTLINE_SCREENSHOT_DIR)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { serveAndLaunch } from './hotline_server.mjs';
import { PHONE, openPhone, settled, tapField, textField, title, toDescribe, waitForFieldText, waitForItem } from './phone.mjs';

const SHOT_DIR = process.env.HOTLINE_SCREENSHOT_DIR || '.';
const session = serveAndLaunch();

for (const [missing, hide] of [['WebAssembly', () => { delete window.WebAssembly; }],
                               ['WebGL', () => {
                                 const get = HTMLCanvasElement.prototype.getContext;
                                 HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
                                   return /webgl/.test(kind) ? null : get.call(this, kind, ...rest);
                                 };
                               }]]) {
  test(`a browser without ${missing} gets a message in Chinese, not a blank page`, async () => {
    const context = await session.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.addInitScript(hide);
    await page.goto(session.server.url);
    await page.waitForFunction(() => document.body.dataset.hotline === 'failed', null, { timeout: 20000 });
    const text = await page.textContent('#error');
    assert.match(text, /浏览器版本过旧/);
    assert.ok(text.includes(missing), text);
    assert.match(text, /12345/);
    assert.ok(await page.isVisible('#error'));
    await page.screenshot({ path: path.join(SHOT_DIR, `phone_no_${missing.toLowerCase()}.png`) });
    await context.close();
  });
}

test('a lost WebGL context is explained in Chinese; once restored the page comes back on the same step with the draft', async () => {
  const { page, errors } = await openPhone(session.browser, session.server.url);
  await toDescribe(page);
  await tapField(page, 'description');
  await page.keyboard.type('井盖松动');
  await waitForFieldText(page, 'description', '井盖松动');
  await page.evaluate(() => {
    window.__lose = Module.canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
    window.__lose.loseContext();
  });
  await page.waitForFunction(() => document.body.dataset.display === 'lost', null, { timeout: 10000 });
  assert.match(await page.textContent('#status'), /画面暂时中断/);
  assert.ok(await page.isVisible('#overlay'));
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_context_lost.png') });

  const reloaded = page.waitForEvent('load');
  await page.evaluate(() => window.__lose.restoreContext());
  await reloaded;
  await page.waitForFunction(() => document.body.dataset.hotline === 'ready', null, { timeout: 60000 });
  await settled(page);
  await waitForItem(page, '描述问题');
  assert.equal(await title(page), '描述问题');
  await page.waitForFunction(() => (Module.hotlineTextFields || []).some((f) => f.id === 'description'), null,
                             { timeout: 10000 });
  assert.equal((await textField(page, 'description')).text, '井盖松动');
  assert.ok(!(await page.isVisible('#overlay')));
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_context_restored.png') });
  assert.deepEqual(errors, []);
});

test('hiding the page saves the draft at once: text typed just before survives a discarded tab', async () => {
  const { context, page, errors } = await openPhone(session.browser, session.server.url);
  await toDescribe(page);
  await tapField(page, 'description');
  await page.keyboard.type('路灯不亮');
  await waitForFieldText(page, 'description', '路灯不亮');
  // The phone switches apps: the page is hidden well within the draft's 800 ms autosave delay...
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForFunction(() => document.body.dataset.saved === 'ok', null, { timeout: 5000 });
  // ...and is then discarded: nothing runs any more, the next visit starts from IndexedDB.
  const url = page.url();
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await again.goto(url);
  await again.waitForFunction(() => document.body.dataset.hotline === 'ready', null, { timeout: 60000 });
  await settled(again);
  await waitForItem(again, '描述问题');
  await again.waitForFunction(() => (Module.hotlineTextFields || []).some((f) => f.id === 'description'), null,
                              { timeout: 10000 });
  assert.equal((await textField(again, 'description')).text, '路灯不亮');
  assert.deepEqual(errors, []);
});
