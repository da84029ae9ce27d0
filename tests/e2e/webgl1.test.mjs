// A browser without WebGL2 (older iPhones, blacklisted Android GPUs, some in-app webviews): Chromium
// with --disable-webgl2 runs the app on WebGL1 and files a request through it.
//
// usage: node --test tests/e2e/webgl1.test.mjs   (env HOTLINE_WEB_DIR, HOTLINE_SERVER_BINARY,
// HOTLINE_SCREENSHOT_DIR)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { imageStats } from './browser.mjs';
import { serveWithDatabase } from './hotline_server.mjs';
import { fillSuggestion, openPhone, requestNumber, tapItem, waitForItem } from './phone.mjs';

const SHOT_DIR = process.env.HOTLINE_SCREENSHOT_DIR || '.';
const session = serveWithDatabase({ browserArgs: ['--disable-webgl2'] });

test('without WebGL2 the app draws with WebGL1 and files a request', async () => {
  const { context, page, errors } = await openPhone(session.browser, session.server.url);
  // The browser really has no WebGL2, and the app's context (Emscripten's GLctx) is a WebGL1 one.
  assert.equal(await page.evaluate(() => document.createElement('canvas').getContext('webgl2')), null);
  assert.equal(await page.evaluate(() => GLctx instanceof WebGLRenderingContext), true);
  const shot = await page.screenshot({ path: path.join(SHOT_DIR, 'phone_webgl1_home.png') });
  const stats = await imageStats(session.browser, shot);
  assert.ok(stats.colours > 100, `the home screen looks blank on WebGL1 (${stats.colours} colours)`);

  const text = '老旧手机也能提交：建议延长末班公交时间';
  await fillSuggestion(page, text);
  await tapItem(page, '提交');
  await waitForItem(page, '提交成功', 30000);
  const number = await requestNumber(page);
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_webgl1_filed.png') });
  assert.match(session.admin('show', number), new RegExp(text));
  assert.deepEqual(errors, []);
  await context.close();
});
