// Splits a linked web app (-sSPLIT_MODULE) into index.wasm, the code its first frames run, and
// index.deferred.wasm, the rest (web/split/deferred_code.js links it in without the first frame waiting
// for it), so a citizen on a slow network downloads only the first part before seeing the app. The
// split follows a profile: the instrumented build is opened in headless Chromium at phone size, once
// per way the first frame is drawn (Chinese and English, WebGL2 and WebGL1), up to the first frame and
// a few taps taken in after it, and wasm-split keeps every function any of those runs called. A
// function the profile missed still works: its first call fetches the deferred code on the spot.
// usage: node web/split/split_module.mjs <web build folder> [wasm-split]   (after em++ -sSPLIT_MODULE
//        wrote index.wasm, instrumented, and index.wasm.orig)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Chromium started as the browser tests start it (software WebGL, no background connections), their
// phone and their static file server.
import { launch } from '../../tests/e2e/browser.mjs';
import { PHONE } from '../../tests/e2e/phone.mjs';
import { serveDirectory } from '../../tests/e2e/static_server.mjs';

const RUNS = [
  { locale: 'zh-CN', flags: [] },
  { locale: 'en-US', flags: [] },
  { locale: 'zh-CN', flags: ['--disable-webgl2'] },
];
const CONFIG = { api: { base_url: '/open311/v2', api_key: 'build-profile' } };
const SETTLE_MS = 500;

function fail(message) {
  console.error(`split_module: ${message}`);
  process.exit(1);
}

// Loads the instrumented app once and returns its profile (wasm-split's format) as bytes.
async function profileRun(url, run) {
  const browser = await launch(run.flags);
  try {
    const context = await browser.newContext({ ...PHONE, locale: run.locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    // The instrumented module has no deferred part: what the page would fetch is a previous build's.
    await page.route('**/index.deferred.wasm', (route) => route.fulfill({ status: 404, body: '' }));
    // What the backend serving the page says (docs/server.md, /config.json), so the first frame is
    // drawn the way a citizen's is: configured, with the Open311 answers still on their way.
    await page.route('**/config.json', (route) => route.fulfill({
      status: 200, contentType: 'application/json', body: JSON.stringify(CONFIG) }));
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.hotline, null, { timeout: 120000 }).catch(() => {
      throw new Error(`the instrumented app drew no first frame in 120 s (${run.locale} ${run.flags})`);
    });
    const state = await page.evaluate(() => document.body.dataset.hotline);
    if (state !== 'ready') {
      throw new Error(`the instrumented app did not start (${run.locale} ${run.flags}): ${errors.join('; ')}`);
    }
    // After its first frame the app holds taps until the rest is linked (web/main.cpp): taking them in
    // (SDL's handlers, the loop's wake-up) must not need the rest, so the profile sees a few.
    await page.waitForTimeout(SETTLE_MS);
    await page.touchscreen.tap(PHONE.viewport.width / 2, PHONE.viewport.height / 2);
    await page.mouse.click(PHONE.viewport.width / 2, PHONE.viewport.height / 3);
    await page.mouse.wheel(0, 120);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(SETTLE_MS);
    const bytes = await page.evaluate(() => {
      const exports = Module['asm'];
      const memory = Object.values(exports).find((value) => value instanceof WebAssembly.Memory);
      const length = exports['__write_profile'](0, 0);
      // Written past the end of the heap, into pages grown for it, so no live data is overwritten.
      const at = memory.buffer.byteLength;
      memory.grow(Math.ceil(length / 65536));
      exports['__write_profile'](at, length);
      return Array.from(new Uint8Array(memory.buffer, at, length));
    });
    return Buffer.from(bytes);
  } finally {
    await browser.close();
  }
}

async function main() {
  if (process.argv.length < 3 || process.argv.length > 4) {
    fail('usage: node split_module.mjs <web build folder> [wasm-split]');
  }
  const dir = path.resolve(process.argv[2]);
  const tool = process.argv[3] || 'wasm-split';
  const original = path.join(dir, 'index.wasm.orig');
  if (!fs.existsSync(original)) fail(`${original} is missing: link with -sSPLIT_MODULE first`);
  for (const stale of ['index.deferred.wasm', 'index.deferred.wasm.br']) {
    fs.rmSync(path.join(dir, stale), { force: true });
  }

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-split-'));
  const server = await serveDirectory(dir);
  const profiles = [];
  try {
    const url = `http://127.0.0.1:${server.address().port}/`;
    for (const [i, run] of RUNS.entries()) {
      const file = path.join(work, `run${i}.prof`);
      fs.writeFileSync(file, await profileRun(url, run).catch((err) => {
        // Once more, for a browser that crashed on a busy build machine; an app that does not start
        // fails again, and the build with it.
        console.error(`split_module: ${err.message}; trying that run once more`);
        return profileRun(url, run);
      }));
      profiles.push(file);
    }
  } finally {
    server.close();
  }
  const merged = path.join(work, 'merged.prof');
  const wasmSplit = (args) => execFileSync(tool, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  wasmSplit(['--merge-profiles', ...profiles, '-o', merged]);
  // The deferred part shares the primary's mutable globals (the stack pointer); Emscripten's output
  // does not declare the feature, so wasm-split is told.
  wasmSplit(['--split', '--enable-mutable-globals', `--profile=${merged}`, original,
             '-o1', path.join(dir, 'index.wasm'), '-o2', path.join(dir, 'index.deferred.wasm')]);
  fs.rmSync(original);
  fs.rmSync(work, { recursive: true, force: true });
  const size = (name) => fs.statSync(path.join(dir, name)).size;
  console.log(`split: index.wasm ${size('index.wasm')} bytes, index.deferred.wasm ${size('index.deferred.wasm')} bytes`);
}

main().catch((err) => fail(err.stack || String(err)));
