// Browser smoke test: the served web build draws its first frame in headless Chromium with CJK text,
// no console errors, and shows a readable message where WebGL is missing (without WebGL2 it runs on
// WebGL1: webgl1.test.mjs).
//
// usage: node --test tests/e2e/smoke.test.mjs   (env HOTLINE_WEB_DIR, HOTLINE_SERVER_BINARY,
// HOTLINE_SCREENSHOT_DIR)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launch, imageStats } from './browser.mjs';
import { startHotlineServer } from './hotline_server.mjs';

const WEB_DIR = process.env.HOTLINE_WEB_DIR;
const SHOT_DIR = process.env.HOTLINE_SCREENSHOT_DIR || '.';
let web;
let baseUrl;

before(async () => {
  // The web build as citizens get it: served by the reference backend, its API on the same origin.
  web = await startHotlineServer({ web: WEB_DIR });
  baseUrl = web.url;
});

after(() => web?.stop());

test('first frame renders CJK text with no console error', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    const errors = [];
    const logs = [];
    page.on('console', (msg) => {
      logs.push(msg.text());
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(baseUrl);
    await page.waitForFunction(() => document.body.dataset.hotline, null, { timeout: 60000 });
    const state = await page.evaluate(() => document.body.dataset.hotline);
    assert.equal(state, 'ready', `app did not start: ${await page.textContent('#error')}`);
    // The redraw policy's settle frames are drawn when no further frame is pending.
    await page.waitForFunction(() => document.body.dataset.idle === 'true', null, { timeout: 30000 });
    const shot = await page.screenshot({ path: path.join(SHOT_DIR, 'web.png') });
    assert.ok(logs.some((l) => l === '[hotline] ready glyphs_missing=0'), `ready line missing in: ${logs.join(' | ')}`);
    assert.deepEqual(errors, []);
    const stats = await imageStats(browser, shot);
    assert.ok(stats.colours >= 64 && stats.dark > 0 && stats.light > 0, `canvas looks blank: ${JSON.stringify(stats)}`);
  } finally {
    await browser.close();
  }
});

// Counts requestAnimationFrame callbacks the page schedules (installed before the app's scripts run).
const COUNT_FRAMES = () => {
  window.__rafCalls = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((t) => { window.__rafCalls++; callback(t); });
};

test('an idle page schedules no animation frame until the citizen touches it', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    await page.addInitScript(COUNT_FRAMES);
    await page.goto(baseUrl);
    await page.waitForFunction(() => document.body.dataset.idle === 'true', null, { timeout: 60000 });
    // Let the services answer and the settle frames pass, then watch.
    await page.waitForTimeout(1500);
    const idleStart = await page.evaluate(() => window.__rafCalls);
    await page.waitForTimeout(3000);
    const idleCalls = (await page.evaluate(() => window.__rafCalls)) - idleStart;
    assert.equal(idleCalls, 0, `the page requested ${idleCalls} animation frames in 3 s while idle`);

    const framesBefore = Number(await page.evaluate(() => document.body.dataset.frames));
    await page.mouse.click(195, 60);  // the top bar: input, but nothing that changes the screen
    await page.waitForFunction((n) => Number(document.body.dataset.frames) > n, framesBefore, { timeout: 10000 });
    await page.waitForFunction(() => document.body.dataset.idle === 'true', null, { timeout: 10000 });
    const afterInput = await page.evaluate(() => window.__rafCalls);
    assert.ok(afterInput > idleStart, 'the counter saw no frame at all: it does not count the app\'s frames');
    await page.waitForTimeout(2000);
    assert.equal(await page.evaluate(() => window.__rafCalls), afterInput, 'frames kept coming after the input');
  } finally {
    await browser.close();
  }
});

test('without any WebGL the page explains the problem instead of a blank screen', async () => {
  const browser = await launch(['--disable-webgl']);
  try {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await page.waitForFunction(() => document.body.dataset.hotline === 'failed', null, { timeout: 30000 });
    const message = await page.textContent('#error');
    assert.match(message, /WebGL/);
    assert.match(message, /12345/);
    assert.ok(await page.isVisible('#error'));
  } finally {
    await browser.close();
  }
});
