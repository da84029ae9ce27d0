// Idle cost of the web app in headless Chromium: animation-frame callbacks and frames drawn in 5 s with
// nothing happening, beside the baseline measured in the same run: a page running the usual
// requestAnimationFrame loop (what the app did before it paused when idle).
//
// usage: node bench/ui/idle_frames.mjs WEB_DIR SERVER_BINARY   (NODE_PATH=/usr/share/nodejs)
import { launch } from '../../tests/e2e/browser.mjs';
import { startHotlineServer } from '../../tests/e2e/hotline_server.mjs';

const [webDir, binary] = process.argv.slice(2);
const COUNT_FRAMES = () => {
  window.__rafCalls = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => raf((t) => { window.__rafCalls++; callback(t); });
};

const server = await startHotlineServer({ binary, web: webDir });
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
  await page.addInitScript(COUNT_FRAMES);
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.idle === 'true', null, { timeout: 60000 });
  await page.waitForTimeout(1000);  // the first second: services arrive, settle frames
  const start = await page.evaluate(() => [window.__rafCalls, Number(document.body.dataset.frames)]);
  await page.waitForTimeout(5000);
  const end = await page.evaluate(() => [window.__rafCalls, Number(document.body.dataset.frames)]);

  const baseline = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await baseline.setContent(
      '<script>window.__rafCalls = 0; function loop() { window.__rafCalls++; requestAnimationFrame(loop); }' +
      ' requestAnimationFrame(loop);</script>');
  await baseline.waitForTimeout(1000);
  const b0 = await baseline.evaluate(() => window.__rafCalls);
  await baseline.waitForTimeout(5000);
  const b1 = await baseline.evaluate(() => window.__rafCalls);

  console.log(`web app idle 5 s: ${end[0] - start[0]} animation-frame callbacks, ${end[1] - start[1]} frames drawn`);
  console.log(`baseline (a plain requestAnimationFrame loop) 5 s: ${b1 - b0} animation-frame callbacks`);
} finally {
  await browser.close();
  await server.stop();
}
