// Browser outbox test: in headless Chromium, a submission made while the server is down is stored
// in IndexedDB (IDBFS), survives a page reload, and is delivered exactly once after the server is
// back (emscripten_fetch transport, real hotline-server behind a small front server).
//
// usage: node --test tests/e2e/outbox.test.mjs   (env HOTLINE_HARNESS_DIR, HOTLINE_SERVER_BINARY)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

import { launch } from './browser.mjs';
import { startHotlineServer } from './hotline_server.mjs';

const HARNESS_DIR = process.env.HOTLINE_HARNESS_DIR;
const SERVER_BINARY = process.env.HOTLINE_SERVER_BINARY;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm' };

let backendPort = 0;  // 0 while the backend is down
let backend;
let front;
let frontUrl;
let tmp;

function startBackend(db) {
  return startHotlineServer({ binary: SERVER_BINARY, db });
}

function stopBackend() {
  backendPort = 0;
  return backend.stop();
}

// Same origin for the page and the API: files from the harness dir, /open311/ forwarded to the
// backend. With the backend down the browser's connection is cut, as on a dead network.
function frontServer() {
  return http.createServer((req, res) => {
    if (req.url.startsWith('/open311/')) {
      if (!backendPort) {
        req.socket.destroy();
        return;
      }
      const upstream = http.request({ host: '127.0.0.1', port: backendPort, path: req.url, method: req.method,
                                      headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => req.socket.destroy());
      req.pipe(upstream);
      return;
    }
    const file = path.join(HARNESS_DIR, path.basename(new URL(req.url, 'http://x').pathname));
    if (!fs.existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
}

async function openHarness(page) {
  await page.goto(`${frontUrl}/outbox_harness.html`);
  await page.waitForFunction(() => document.body.dataset.runtime === 'ready', null, { timeout: 60000 });
  await page.evaluate((base) => Module.ccall('harness_start', null, ['string'], [base]), `${frontUrl}/open311/v2`);
  await page.waitForFunction(() => JSON.parse(Module.ccall('harness_state', 'string', [], [])).ready, null,
                             { timeout: 30000 });
}

const state = (page) => page.evaluate(() => JSON.parse(Module.ccall('harness_state', 'string', [], [])));

async function waitForItem(page, id, predicate, what) {
  const deadline = Date.now() + 30000;
  for (;;) {
    const s = await state(page);
    const item = s.items.find((i) => i.id === id);
    if (item && predicate(item)) return item;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(s)}`);
    await page.waitForTimeout(100);
  }
}

async function get(pathAndQuery) {
  const res = await fetch(`http://127.0.0.1:${backendPort}${pathAndQuery}`);
  return { status: res.status, body: await res.json() };
}

before(async () => {
  assert.ok(SERVER_BINARY && fs.existsSync(SERVER_BINARY),
            `no native hotline-server at ${SERVER_BINARY}: the e2e.native_server_build fixture builds it`);
  assert.ok(HARNESS_DIR && fs.existsSync(path.join(HARNESS_DIR, 'outbox_harness.js')), `no harness in ${HARNESS_DIR}`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-outbox-'));
  front = frontServer();
  await new Promise((resolve) => front.listen(0, '127.0.0.1', resolve));
  frontUrl = `http://127.0.0.1:${front.address().port}`;
});

after(async () => {
  if (backendPort) await stopBackend();
  front?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('a submission made offline survives a reload and is delivered once the server is back', async () => {
  const db = path.join(tmp, 'h.db');
  backend = await startBackend(db);
  backendPort = backend.port;
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await openHarness(page);

    await stopBackend();
    const description = `离线提交测试 ${Date.now()}：租房提取公积金需要什么材料？`;
    const id = await page.evaluate((d) => Module.ccall('harness_submit', 'string', ['string'], [d]), description);
    assert.match(id, /^[0-9a-f]{32}$/);
    const failed = await waitForItem(page, id, (i) => i.attempts >= 1, 'a failed attempt');
    assert.equal(failed.state, 'waiting');
    assert.equal(failed.error, 'api.error.offline');
    assert.ok(failed.durable, 'stored in IndexedDB before sending');

    await page.reload();
    await openHarness(page);
    const restored = (await state(page)).items.find((i) => i.id === id);
    assert.ok(restored, 'the item survived the reload');
    assert.notEqual(restored.state, 'sent');

    backend = await startBackend(db);
    backendPort = backend.port;
    await page.evaluate(() => Module.ccall('harness_retry_now', null, [], []));
    const sent = await waitForItem(page, id, (i) => i.state === 'sent', 'delivery');
    assert.match(sent.number, /^\d{14}$/);

    const one = await get(`/open311/v2/requests/${sent.number}.json`);
    assert.equal(one.status, 200);
    assert.equal(one.body[0].description, description);
    const all = await get('/open311/v2/requests.json?page_size=200');
    assert.equal(all.body.filter((r) => r.description === description).length, 1, 'exactly one request');

    await page.reload();
    await openHarness(page);
    const after = (await state(page)).items.find((i) => i.id === id);
    assert.equal(after.state, 'sent');
    assert.equal(after.number, sent.number);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
