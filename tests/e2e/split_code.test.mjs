// The app's code in two parts (web/split): the first frame is drawn from index.wasm alone, the deferred
// rest is fetched beside it and linked, and a request is filed through it. On a slow network a tap made
// before the rest arrived waits for it (a line says so) and then takes effect, and so does the news of
// a network that came back; a call from the page that needs it sooner fetches it on the spot; a
// browser that cannot compile it on the spot (older Chromium webviews refuse more than 4 KB at once on
// the page's thread) links it before the first frame; a server error is tried again, and a file that is
// not this build's code stops the app with a message to reload.
//
// usage: node --test tests/e2e/split_code.test.mjs   (env HOTLINE_WEB_DIR, HOTLINE_SERVER_BINARY)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { serveWithDatabase } from './hotline_server.mjs';
import { PHONE, fillSuggestion, items, openPhone, requestNumber, tapItem, waitForItem } from './phone.mjs';

const session = serveWithDatabase();
const DEFERRED = '**/index.deferred.wasm';
// Routes see only what the page itself fetches, not what a service worker answers from its cache.
const NO_WORKER = { serviceWorkers: 'block' };

const dataset = (page) => page.evaluate(() => ({ ...document.body.dataset }));

// The app at its first frame with the background fetch of the rest held, as on a slow network: the
// first request for index.deferred.wasm gets no answer until released; later ones (on the spot) do.
async function openHeld() {
  const context = await session.browser.newContext({ ...PHONE, ...NO_WORKER });
  let first = null;
  let asked;
  const held = new Promise((resolve) => { asked = resolve; });
  await context.route(DEFERRED, (route) => {
    if (first) return route.continue();
    first = route;
    return asked(route);
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(session.server.url);
  await page.waitForFunction(() => document.body.dataset.hotline === 'ready', null, { timeout: 60000 });
  const route = await Promise.race([held, new Promise((resolve) => setTimeout(resolve, 10000, null))]);
  assert.ok(route, 'the page did not ask for the rest');
  return { context, page, errors, release: () => route.continue() };
}

test('the build is in two parts, and both are in the offline set', () => {
  const web = process.env.HOTLINE_WEB_DIR;
  const size = (name) => fs.statSync(path.join(web, name)).size;
  assert.ok(size('index.deferred.wasm') > 100000, `index.deferred.wasm is only ${size('index.deferred.wasm')} bytes`);
  assert.ok(size('index.wasm') < size('index.deferred.wasm'), 'index.wasm still holds most of the code');
  assert.ok(!fs.existsSync(path.join(web, 'index.wasm.orig')), 'the unsplit module was left in the served folder');
  assert.match(fs.readFileSync(path.join(web, 'sw.js'), 'utf8'), /"index\.deferred\.wasm": "[0-9a-f]{64}"/);
});

test('the first frame needs only index.wasm; the rest comes after its files, is linked and files a request', async () => {
  let asked = 0;
  const { context, page, errors } = await openPhone(session.browser, session.server.url, NO_WORKER, null,
    (ctx) => ctx.route(DEFERRED, (route) => { asked++; return route.continue(); }));
  const data = await dataset(page);
  // Asked for once, only when the first frame's own files were all in (it competes with none of them).
  const [wasm, deferred] = await page.evaluate(() => ['/index.wasm', '/index.deferred.wasm'].map((name) => {
    const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith(name));
    return { start: entry.startTime, end: entry.responseEnd };
  }));
  assert.equal(asked, 1);
  assert.ok(deferred.start >= wasm.end, `asked for at ${deferred.start} ms, index.wasm still arriving until ${wasm.end} ms`);
  assert.equal(data.deferredCode, 'linked');
  assert.equal(data.deferredEarly, undefined, 'a placeholder was called: the build profile missed a function');
  assert.equal(await page.isVisible('#code-note'), false);
  await fillSuggestion(page, '分两段下载的应用也能提交：建议增设公交站台');
  await tapItem(page, '提交');
  await waitForItem(page, '提交成功', 30000);
  assert.match(session.admin('show', await requestNumber(page)), /分两段下载的应用也能提交/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a slow network a tap waits for the rest, a line says so, and then the tap takes effect', async () => {
  const { context, page, errors, release } = await openHeld();
  // The network comes back meanwhile: the page tells the app once its code is there, not before.
  await page.evaluate(() => {
    window.networkBackCalls = 0;
    const call = Module._hotline_network_back;
    Module._hotline_network_back = () => { window.networkBackCalls++; return call(); };
    window.dispatchEvent(new Event('online'));
  });
  // The mirror of the first frame (web/a11y) gives the tile's place without calling into the app.
  const box = await page.getByRole('button', { name: '建议', exact: true }).boundingBox();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector('#code-note:not([hidden])', { timeout: 5000 });
  assert.match(await page.textContent('#code-note'), /正在加载，请稍候/);
  assert.equal((await dataset(page)).deferredCode, undefined);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '12345 便民服务');
  assert.equal(await page.evaluate(() => window.networkBackCalls), 0);
  await release();
  await page.waitForFunction(() => document.body.dataset.deferredCode === 'linked', null, { timeout: 30000 });
  await waitForItem(page, '城市建设建议');
  assert.equal(await page.evaluate(() => window.networkBackCalls), 1);
  assert.equal(await page.isVisible('#code-note'), false);
  assert.equal((await dataset(page)).deferredEarly, undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a call from the page that needs the rest before it arrived fetches it on the spot', async () => {
  const { context, page, errors } = await openHeld();
  // A QA hook is such a call (as the browser's back button is): its code is in the deferred part.
  const labels = (await items(page)).map((item) => item.label);
  assert.ok(labels.includes('建议'), `items: ${labels}`);
  const data = await dataset(page);
  assert.equal(data.deferredEarly, 'after first frame');
  assert.equal(data.deferredCode, 'linked');
  await tapItem(page, '建议');
  await waitForItem(page, '城市建设建议');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a browser that refuses large synchronous compiles links the rest before the first frame', async () => {
  // Older Chromium webviews: new WebAssembly.Module() of more than 4 KB throws on the page's thread.
  const refuseLargeSyncCompile = () => {
    const Real = WebAssembly.Module;
    const Refusing = function (bytes) {
      if (bytes.byteLength > 4096) {
        throw new RangeError('WebAssembly.Module(): Compile is disallowed on the main thread, if the buffer size is larger than 4KB.');
      }
      return new Real(bytes);
    };
    Refusing.prototype = Real.prototype;
    for (const name of ['exports', 'imports', 'customSections']) Refusing[name] = Real[name];
    WebAssembly.Module = Refusing;
  };
  const { context, page, errors } = await openPhone(session.browser, session.server.url, NO_WORKER,
                                                    [refuseLargeSyncCompile]);
  const data = await dataset(page);
  assert.equal(data.deferredCode, 'linked');
  assert.ok(Number(data.deferredLinkedMs) <= Number(data.readyMs),
            `linked at ${data.deferredLinkedMs} ms, after the first frame at ${data.readyMs} ms`);
  assert.equal(data.deferredEarly, undefined);
  await tapItem(page, '建议');
  await waitForItem(page, '城市建设建议');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deferred part that is not this build\'s stops the app with a reload message, and a server error is retried', async () => {
  // A server answering 500 first, then bytes that are no WebAssembly (a proxy's error page, a broken copy).
  let asked = 0;
  const ctx = await session.browser.newContext({ ...PHONE, ...NO_WORKER });
  await ctx.route(DEFERRED, (route) => (++asked === 1 ? route.fulfill({ status: 500, body: 'busy' })
                                                      : route.fulfill({ status: 200, body: 'not WebAssembly' })));
  const tab = await ctx.newPage();
  await tab.goto(session.server.url);
  await tab.waitForFunction(() => document.body.dataset.hotline === 'failed', null, { timeout: 30000 });
  assert.equal(asked, 2, 'the server error was not tried again');
  assert.match(await tab.textContent('#error'), /请刷新页面重试/);
  assert.match(await tab.textContent('#error'), /index\.deferred\.wasm: CompileError/);
  await ctx.close();
});

