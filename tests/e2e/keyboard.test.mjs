// Keyboard only on a desktop browser (1280x800, mouse, no touch): Tab and Shift+Tab walk the items in
// reading order with a ring drawn by the app around the focused one, Enter and Space activate, Escape
// goes back, and a complaint with a typed address is filed to its announced confirmation that way.
//
// usage: node --test tests/e2e/keyboard.test.mjs   (env HOTLINE_WEB_DIR, HOTLINE_SERVER_BINARY,
// HOTLINE_SCREENSHOT_DIR)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { serveAndLaunch } from './hotline_server.mjs';
import { openPhone, settled } from './phone.mjs';
import { announced, focusedName, onScreen, tabTo } from './screen_reader.mjs';

const SHOT_DIR = process.env.HOTLINE_SCREENSHOT_DIR || '.';
const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false };
const session = serveAndLaunch();

// Differing pixels between two same-sized PNG screenshots, compared in the browser.
async function differingPixels(page, a, b) {
  return page.evaluate(async ([x, y]) => {
    const decode = async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, img.width, img.height).data;
    };
    const [p, q] = [await decode(x), await decode(y)];
    let n = 0;
    for (let i = 0; i < p.length; i += 4) if (p[i] !== q[i] || p[i + 1] !== q[i + 1] || p[i + 2] !== q[i + 2]) n++;
    return n;
  }, [a.toString('base64'), b.toString('base64')]);
}

// Types into the field the keyboard is on: Tab reaching a text field opens the browser's editor on it.
async function typeHere(page, label, text) {
  await page.waitForFunction((l) => document.activeElement?.id === 'hotline-text-input' &&
                                    document.activeElement.getAttribute('aria-label') === l, label, { timeout: 10000 });
  await page.keyboard.type(text);
}

test('Tab walks the items in reading order with a ring drawn around the focused one', async () => {
  const { context, page, errors } = await openPhone(session.browser, session.server.url, DESKTOP);
  await onScreen(page, '12345 便民服务');
  const order = [];
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('Tab');
    order.push(await focusedName(page));
  }
  assert.deepEqual(order, ['咨询', '投诉', '建议', '求助', '我的诉求', '用编号查询诉求', '设置（字体大小、长辈版、语言）']);
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focusedName(page), '用编号查询诉求');

  // The ring: the focused button's surroundings change when it gets the focus.
  const box = await page.getByRole('button', { name: '投诉', exact: true }).boundingBox();
  const clip = { x: box.x - 10, y: box.y - 10, width: box.width + 20, height: box.height + 20 };
  await settled(page);
  const without = await page.screenshot({ clip });
  await tabTo(page, '投诉', { backwards: true });
  await settled(page);
  const ringed = await page.screenshot({ clip });
  await page.screenshot({ path: path.join(SHOT_DIR, 'keyboard_focus_ring.png') });
  const changed = await differingPixels(page, without, ringed);
  // A ring of 2+4 px around a 1200x100 button changes thousands of pixels; nothing else moved.
  assert.ok(changed > 2 * (box.width + box.height) * 3, `only ${changed} pixels changed around the focused button`);

  // Escape goes back: open settings with Enter, come back with Escape.
  await tabTo(page, '设置（字体大小、长辈版、语言）');
  await page.keyboard.press('Enter');
  await onScreen(page, '设置');
  await page.keyboard.press('Escape');
  await onScreen(page, '12345 便民服务');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a complaint with a typed address is filed with the keyboard alone on a desktop browser', async () => {
  const { context, page, errors } = await openPhone(session.browser, session.server.url, DESKTOP);
  await onScreen(page, '12345 便民服务');
  await tabTo(page, '投诉');
  await page.keyboard.press('Enter');
  await onScreen(page, '选择类别');
  await tabTo(page, '搜索类别');
  await typeHere(page, '搜索类别', '路灯');
  await tabTo(page, '路灯');
  await page.keyboard.press('Enter');
  await onScreen(page, '发生地点');
  await tabTo(page, '输入地址');
  await page.keyboard.press('Space');
  await page.getByRole('radio', { name: '输入地址', checked: true }).waitFor();
  await tabTo(page, '详细地址');
  await typeHere(page, '详细地址', '台江区八一七中路 300 号');
  await tabTo(page, '下一步');
  await page.keyboard.press('Enter');
  await onScreen(page, '描述问题');
  await tabTo(page, '问题描述');
  await typeHere(page, '问题描述', '路口的路灯晚上不亮，过马路很危险。');
  await tabTo(page, '下一步');
  await page.keyboard.press('Enter');
  await onScreen(page, '照片');
  await tabTo(page, '不添加照片，下一步');
  await page.keyboard.press('Enter');
  await onScreen(page, '联系方式');
  await tabTo(page, '姓名');
  await typeHere(page, '姓名', '陈建国');
  await tabTo(page, '手机号码');
  await typeHere(page, '手机号码', '13805910123');
  await tabTo(page, '下一步');
  await page.keyboard.press('Enter');
  await onScreen(page, '确认提交');
  await tabTo(page, '提交');
  await page.keyboard.press('Enter');
  await onScreen(page, '提交结果');
  await announced(page, '提交成功');
  await page.screenshot({ path: path.join(SHOT_DIR, 'keyboard_confirmation.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
