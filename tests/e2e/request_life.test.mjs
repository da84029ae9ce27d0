// A request's life in the web app at phone size against the real backend: filed on a throttled mobile
// network, found in "my requests", answered by the operator CLI with a photo, rated by the citizen;
// and a request filed while offline, kept in the outbox and delivered once the network is back.
//
// usage: node --test tests/e2e/request_life.test.mjs   (env HOTLINE_WEB_DIR, HOTLINE_SERVER_BINARY,
// HOTLINE_SCREENSHOT_DIR)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch } from './browser.mjs';
import { startHotlineServer } from './hotline_server.mjs';
import { PHONE, fillSuggestion, openPhone, requestNumber, scrollToItem, settled, tapItem, waitForItem } from './phone.mjs';

const SHOT_DIR = process.env.HOTLINE_SCREENSHOT_DIR || '.';
const BINARY = process.env.HOTLINE_SERVER_BINARY;
const REPLY_PHOTO = fileURLToPath(new URL('../unit/photo/fixtures/camera_mm.jpg', import.meta.url));
// A slow mobile network: 1.6 Mbit/s down, 750 kbit/s up, 300 ms round trips.
const MOBILE = { offline: false, latency: 300, downloadThroughput: 200 * 1024, uploadThroughput: 94 * 1024 };
let dir;
let db;
let server;
let browser;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-life-'));
  db = path.join(dir, 'hotline.db');
  server = await startHotlineServer({ web: process.env.HOTLINE_WEB_DIR, db });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

// The operator's command line on the backend's database (as the centre's staff use it).
const admin = (...args) => execFileSync(BINARY, ['admin', '--db', db, ...args], { encoding: 'utf8' });

test('on a slow mobile network: filed, in my requests, answered with a photo by the operator, rated', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', MOBILE);
  const started = Date.now();
  await page.goto(server.url);
  // The loading screen shows progress while the app downloads.
  await page.waitForFunction(() => document.getElementById('progress').value > 0 || document.body.dataset.hotline,
                             null, { timeout: 60000 });
  await page.waitForFunction(() => document.body.dataset.hotline, null, { timeout: 120000 });
  assert.equal(await page.evaluate(() => document.body.dataset.hotline), 'ready');
  console.log(`first frame on the throttled network after ${Date.now() - started} ms`);
  await settled(page);

  const text = '建议在南门兜地铁站出口增设共享单车停放点';
  await fillSuggestion(page, text);
  await tapItem(page, '提交');
  await waitForItem(page, '提交成功', 60000);
  const number = await requestNumber(page);
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_slow_network_confirmation.png') });

  // The centre accepts, dispatches, the department handles and replies with a photo.
  admin('accept', number);
  admin('dispatch', number, '--unit', 'FZCGW');
  admin('handle', number);
  admin('reply', number, '--note', '已在出口东侧划定停放区域。', '--photo', REPLY_PHOTO);

  await tapItem(page, '我的诉求');
  const row = await waitForItem(page, /^建议在南门兜/, 60000);
  await waitForItem(page, new RegExp(number), 60000);
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_my_requests.png') });
  await tapItem(page, row.label);
  await waitForItem(page, '部门答复', 60000);
  await waitForItem(page, /已在出口东侧划定停放区域/);
  await waitForItem(page, '答复照片 1', 60000);
  await settled(page);
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_detail_reply_photo.png') });

  await scrollToItem(page, '评价这次答复');
  await tapItem(page, '评价这次答复');
  await tapItem(page, '满意');
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_rate.png') });
  await tapItem(page, '提交评价');
  await waitForItem(page, '您的评价：满意', 60000);
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_rated.png') });
  // The backend recorded it: the sixth step is the citizen's rating.
  assert.match(admin('show', number), /satisf/i);
  assert.deepEqual(errors, []);
  await context.close();
});

test('filed while offline: kept on the phone, delivered by itself once the network is back', async () => {
  const { context, page, errors } = await openPhone(browser, server.url);
  const text = '建议在五一广场增设无障碍坡道';
  await fillSuggestion(page, text);
  await context.setOffline(true);
  await tapItem(page, '提交');
  await waitForItem(page, /暂时连不上网络/, 30000);
  await waitForItem(page, '即使关闭应用，诉求也不会丢失。');
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_offline.png') });

  await context.setOffline(false);
  await waitForItem(page, '提交成功', 90000);
  const number = await requestNumber(page);
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_offline_delivered.png') });
  assert.match(admin('show', number), new RegExp(number));
  // Filtered out: the offline phase's failed fetches are the point of this test.
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
});
