// What the screen-reader mirror (web/a11y) costs per frame on the busiest screen a citizen reaches in
// the browser: the full category list of a complaint (every service of the seed catalog as a button).
// For each drawn frame the mirror logs the C++ part (serialising the items and comparing them with the
// last ones sent) and the DOM part (applying a change); printed as medians and maxima for frames that
// changed nothing, frames scrolled by the wheel (every item moves) and the screen change itself, beside
// the whole frame's CPU time as the baseline.
//
// usage: node bench/a11y/mirror_cost.mjs BUILD_WASM_WEB_DIR HOTLINE_SERVER_BINARY
import path from 'node:path';

import { launch } from '../../tests/e2e/browser.mjs';
import { startHotlineServer } from '../../tests/e2e/hotline_server.mjs';
import { openPhone, settled } from '../../tests/e2e/phone.mjs';

const [webDir, serverBinary] = process.argv.slice(2);
if (!webDir || !serverBinary) {
  console.error('usage: node bench/a11y/mirror_cost.mjs BUILD_WASM_WEB_DIR HOTLINE_SERVER_BINARY');
  process.exit(2);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const max = (xs) => (xs.length ? Math.max(...xs) : NaN);
const fmt = (x) => x.toFixed(3);

const server = await startHotlineServer({ binary: path.resolve(serverBinary), web: path.resolve(webDir) });
const browser = await launch();
try {
  const { page } = await openPhone(browser, server.url);
  await page.getByRole('button', { name: '投诉', exact: true }).press('Enter');
  await page.getByRole('heading', { level: 1, name: '选择类别' }).waitFor();
  await page.getByRole('button', { name: '路灯', exact: true }).waitFor();
  await settled(page);
  const items = await page.locator('#hotline-a11y > *').count();
  const entered = await page.evaluate(() => Module.hotlineA11yLog.slice());
  await page.evaluate(() => { Module.hotlineA11yLog.length = 0; Module.hotlineFrameLog.length = 0; });
  const box = await page.locator('#canvas').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const log = [];
  const frames = [];
  for (let round = 0; round < 12; round++) {
    await page.mouse.wheel(0, round < 6 ? 240 : -240);
    await page.waitForTimeout(150);
    await settled(page);
    log.push(...await page.evaluate(() => Module.hotlineA11yLog.splice(0)));
    frames.push(...await page.evaluate(() => Module.hotlineFrameLog.splice(0).map((f) => f.frameMs)));
  }
  const changed = log.filter((e) => e.changed);
  const same = log.filter((e) => !e.changed);
  const screenChange = entered.filter((e) => e.changed);
  console.log(`busiest screen: complaint categories, ${items} mirrored items, 390x844 @3, headless Chromium`);
  console.log(`whole frame (baseline): median ${fmt(median(frames))} ms, max ${fmt(max(frames))} ms over ${frames.length} frames`);
  console.log(`unchanged frames (${same.length}): C++ median ${fmt(median(same.map((e) => e.cppMs)))} ms, max ${fmt(max(same.map((e) => e.cppMs)))} ms; DOM 0`);
  console.log(`scrolled frames (${changed.length}): C++ median ${fmt(median(changed.map((e) => e.cppMs)))} ms, DOM median ${fmt(median(changed.map((e) => e.domMs)))} ms, max ${fmt(max(changed.map((e) => e.cppMs + e.domMs)))} ms`);
  console.log(`entering the screen (${screenChange.length} changed frames): C+++DOM max ${fmt(max(screenChange.map((e) => e.cppMs + e.domMs)))} ms`);
} finally {
  await browser.close();
  await server.stop();
}
