// The app where the network comes and goes: after one visit it opens with no network at all (the
// service worker's versioned set, web/offline), a request filed offline waits in the outbox and goes
// out once the page is open with a network again; a new version is fetched in the background, said in
// one line and taken on the next start, never mixing its files with the running version's.
//
// usage: node --test tests/e2e/offline.test.mjs   (env HOTLINE_WEB_DIR, HOTLINE_SERVER_BINARY,
// HOTLINE_SCREENSHOT_DIR)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { describeBuild, stampBuild } from '../../web/offline/stamp_build.mjs';
import { serveWithDatabase } from './hotline_server.mjs';
import { PHONE, fillSuggestion, openPhone, requestNumber, tapItem, waitForItem } from './phone.mjs';

const SHOT_DIR = process.env.HOTLINE_SCREENSHOT_DIR || '.';
// The server serves a copy of the build: the version test changes it as a deployment would.
const session = serveWithDatabase({
  web: (dir) => {
    const copy = path.join(dir, 'web');
    fs.cpSync(process.env.HOTLINE_WEB_DIR, copy, { recursive: true });
    return copy;
  },
});
const sha = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');
const OFFLINE_NOISE = /ERR_INTERNET_DISCONNECTED|Failed to load resource|offline update check/;

// After the first visit: the worker holds the set and controls the page, which knows its version.
async function waitOfflineReady(page, version) {
  await page.waitForFunction((v) => document.body.dataset.offline === 'ready' && document.body.dataset.offlineVersion === v,
                             version, { timeout: 60000 });
}

// What the page's own fetch of a file of the set answers (through the worker that controls it).
const servedSha = (page, name) => page.evaluate(async (n) => {
  const body = await (await fetch(n)).arrayBuffer();
  return Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', body)),
                    (b) => b.toString(16).padStart(2, '0')).join('');
}, name);

test('without a first visit there is nothing to open offline (the network really is off)', async () => {
  const context = await session.browser.newContext(PHONE);
  await context.setOffline(true);
  const page = await context.newPage();
  await assert.rejects(page.goto(session.server.url), /ERR_INTERNET_DISCONNECTED/);
  await context.close();
});

test('after one visit: opens offline, files into the outbox, delivered once opened with a network', async () => {
  const { version } = describeBuild(session.web);
  const { context, page, errors } = await openPhone(session.browser, session.server.url);
  await waitOfflineReady(page, version);
  await waitForItem(page, '建议');  // the catalog came from the server and is kept for offline starts

  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.hotline === 'ready', null, { timeout: 60000 });
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  const text = '地铁站内信号差，建议增设公共无线网络';
  await fillSuggestion(page, text);
  await tapItem(page, '提交');
  await waitForItem(page, /暂时连不上网络/, 30000);
  await waitForItem(page, '即使关闭应用，诉求也不会丢失。');
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_offline_start_outbox.png') });
  assert.equal(session.admin('list').trim(), '', 'nothing reached the server while offline');

  // The phone is put away offline; later it has a network and the app is opened again.
  await page.close();
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(session.server.url);
  await again.waitForFunction(() => document.body.dataset.hotline === 'ready', null, { timeout: 60000 });
  let listed = '';
  for (let i = 0; i < 100 && !listed.trim(); i++) {
    await again.waitForTimeout(200);
    listed = session.admin('list');
  }
  const number = listed.trim().split('\t')[0];
  assert.match(number, /^\d{14}$/, `the queued request did not reach the server: ${listed}`);
  assert.match(session.admin('show', number), new RegExp(text));
  assert.deepEqual(errors.filter((e) => !OFFLINE_NOISE.test(e)), []);
  await context.close();
});

test('back online with the page open: the outbox sends at once', async () => {
  const { version } = describeBuild(session.web);
  const { context, page, errors } = await openPhone(session.browser, session.server.url);
  await waitOfflineReady(page, version);
  await context.setOffline(true);
  const text = '建议公交站台增加遮阳棚';
  await fillSuggestion(page, text);
  await tapItem(page, '提交');
  await waitForItem(page, /暂时连不上网络/, 30000);
  // Offline long enough for the outbox's backoff to reach steps of 4-16 s: without the browser's
  // "online" event the next attempt would mostly come well after the short wait below.
  await page.waitForTimeout(12000);
  await context.setOffline(false);
  await waitForItem(page, '提交成功', 3000);
  assert.match(session.admin('show', await requestNumber(page)), new RegExp(text));
  assert.deepEqual(errors.filter((e) => !OFFLINE_NOISE.test(e)), []);
  await context.close();
});

// A deployment of another build: index.js marks itself, index.wasm gains a custom section (a valid
// module that differs), and the set is stamped again.
function deployNextVersion() {
  fs.appendFileSync(path.join(session.web, 'index.js'), "\nwindow.hotlineBuildMark = 'next';\n");
  const name = Buffer.from('hotline-mark');
  const payload = Buffer.concat([Buffer.from([name.length]), name, Buffer.from('next')]);
  fs.appendFileSync(path.join(session.web, 'index.wasm'), Buffer.concat([Buffer.from([0, payload.length]), payload]));
  return stampBuild(session.web);
}

test('a new version is fetched in the background, announced in one line, and taken on the next start', async () => {
  const first = describeBuild(session.web);
  const { context, page, errors } = await openPhone(session.browser, session.server.url);
  await waitOfflineReady(page, first.version);

  const next = deployNextVersion();
  assert.notEqual(next.version, first.version);
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.hotline === 'ready', null, { timeout: 60000 });
  await page.waitForFunction(() => document.body.dataset.update === 'waiting', null, { timeout: 60000 });
  const note = await page.textContent('#update-note');
  assert.match(note, /新版本已下载，下次打开时启用/);
  assert.ok(await page.isVisible('#update-note'));
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_update_waiting.png') });
  // The running page stays whole on the version it started with, though the server has the next.
  assert.equal(await page.evaluate(() => document.body.dataset.offlineVersion), first.version);
  assert.equal(await page.evaluate(() => window.hotlineBuildMark), undefined);
  assert.equal(await servedSha(page, 'index.wasm'), first.files['index.wasm']);
  assert.notEqual(sha(fs.readFileSync(path.join(session.web, 'index.wasm'))), first.files['index.wasm']);

  // The next start: every file of the next version, none of the first.
  await page.close();
  const started = await context.newPage();
  await started.goto(session.server.url);
  await started.waitForFunction(() => document.body.dataset.hotline === 'ready', null, { timeout: 60000 });
  await waitOfflineReady(started, next.version);
  assert.equal(await started.evaluate(() => window.hotlineBuildMark), 'next');
  for (const name of ['index.html', 'index.js', 'index.wasm', 'index.data']) {
    assert.equal(await servedSha(started, name), next.files[name], name);
  }
  assert.deepEqual(await started.evaluate(() => caches.keys()), [`hotline-offline-${next.version}`]);
  assert.equal(await started.isVisible('#update-note'), false);
  assert.deepEqual(errors, []);
  await context.close();
});
