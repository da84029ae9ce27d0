// Browser glyph test: the web build draws every screen language and rare characters of citizens' names
// (堃 喆 in the BMP, 䶮 in CJK Ext A, 𠮷 in Ext B) from the browser's own fonts, with no character
// falling back to the missing box and no font file downloaded.
//
// usage: node --test tests/e2e/glyphs.test.mjs   (env HOTLINE_WEB_DIR, HOTLINE_SERVER_BINARY,
// HOTLINE_SCREENSHOT_DIR)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { launch, imageStats, qaHook } from './browser.mjs';
import { startHotlineServer } from './hotline_server.mjs';

const WEB_DIR = process.env.HOTLINE_WEB_DIR;
const SHOT_DIR = process.env.HOTLINE_SCREENSHOT_DIR || '.';
const RARE = '罕见字：堃 喆 䶮 𠮷';
let web;

before(async () => {
  // The web build as citizens get it: served by the reference backend, its API on the same origin.
  web = await startHotlineServer({ web: WEB_DIR });
});

after(() => web?.stop());

async function missing(page) {
  return page.evaluate(() => document.body.dataset.glyphsMissing);
}

async function shoot(browser, page, name) {
  const shot = await page.screenshot({ path: path.join(SHOT_DIR, name) });
  const stats = await imageStats(browser, shot);
  assert.ok(stats.colours >= 64 && stats.dark > 0 && stats.light > 0, `${name} looks blank: ${JSON.stringify(stats)}`);
}

test('every language and rare name characters draw from browser fonts with 0 missing glyphs', async () => {
  const browser = await launch();
  try {
    // A phone-like density: glyphs are rasterised at twice the CSS size.
    const page = await browser.newPage({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2, locale: 'zh-CN' });
    const errors = [];
    const requested = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (err) => errors.push(String(err)));
    page.on('request', (req) => requested.push(new URL(req.url()).pathname));
    await page.goto(web.url);
    await page.waitForFunction(() => document.body.dataset.hotline, null, { timeout: 60000 });
    assert.equal(await page.evaluate(() => document.body.dataset.hotline), 'ready');

    for (const lang of ['zh-CN', 'zh-TW', 'en']) {
      await qaHook(page, 'hotline_qa_set_language', lang);
      assert.equal(await missing(page), '0', `${lang} screen`);
      await shoot(browser, page, `glyphs-${lang}.png`);
    }
    await qaHook(page, 'hotline_qa_set_language', 'zh-CN');
    await qaHook(page, 'hotline_qa_set_text_size', 'extra-large');
    await qaHook(page, 'hotline_qa_set_text', RARE);
    assert.equal(await missing(page), '0', 'rare characters at extra-large size');
    await shoot(browser, page, 'glyphs-rare.png');

    assert.deepEqual(errors, []);
    assert.deepEqual(requested.filter((p) => /\.(ttf|otf|ttc|woff2?)$/i.test(p)), [], 'a font file was downloaded');
    const data = fs.statSync(path.join(WEB_DIR, 'index.data')).size;
    assert.ok(data < 100 * 1024, `index.data is ${data} bytes: does it carry a font?`);
  } finally {
    await browser.close();
  }
});

test('a character no installed font has is counted as missing', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1 });
    await page.goto(web.url);
    await page.waitForFunction(() => document.body.dataset.hotline === 'ready', null, { timeout: 60000 });
    assert.equal(await missing(page), '0');
    // U+0378 is unassigned (no font has it); 福 and the blank ideographic space are drawn, so only one
    // character is missing.
    await qaHook(page, 'hotline_qa_set_text', '福\u3000\u0378 福');
    assert.equal(await missing(page), '1');
  } finally {
    await browser.close();
  }
});
