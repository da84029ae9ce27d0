// Browser side of bench/phone/run.sh: the web app at phone size (390x844, DPR 3, touch) in one headless
// Chromium run (Debian's, software WebGL2), each figure beside its baseline from the same run:
//  - time to first frame, app vs the bare Dear ImGui + SDL2 + WebGL2 hello: navigation start to the
//    first drawn frame, median of 5 cold loads each, alternating;
//  - animation-frame callbacks and frames drawn in 5 s idle on the home screen (after the first
//    second), beside a page running the usual requestAnimationFrame loop;
//  - three 12 MP camera photos added at once: the longest main-thread task (PerformanceObserver
//    'longtask') from setInputFiles until all three are prepared, that time, and the frames drawn
//    meanwhile (the progress indicator) with their own times (a frame is a main-thread task too),
//    with the photo worker (browser downscale + the core's pipeline
//    in a Web Worker) and with the portable pipeline on the main thread (the worker's script refused,
//    as when it fails to load), alternating, ROUNDS times each; each at devicePixelRatio 3 and 1, since
//    with software WebGL a frame of 1170x2532 pixels is itself a long task and hides the photos' own.
//
// usage: node bench/phone/phone_bench.mjs WEB_DIR HELLO_DIR SERVER_BINARY PHOTO...   (3 photos)
import { compareFirstFrames, launch } from '../../tests/e2e/browser.mjs';
import { startHotlineServer } from '../../tests/e2e/hotline_server.mjs';
import { PHONE, openPhone, tapItem, toPhotos } from '../../tests/e2e/phone.mjs';
import { serveDirectory } from '../../tests/e2e/static_server.mjs';

const [webDir, helloDir, binary, ...photos] = process.argv.slice(2);
const LOADS = 5;
const ROUNDS = Number(process.env.ROUNDS || 2);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function idleFrames(browser, url) {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__rafCalls = 0;
      const raf = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) => raf((t) => { window.__rafCalls++; callback(t); });
    });
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.idle === 'true', null, { timeout: 60000 });
    await page.waitForTimeout(1000);  // the first second: services arrive, settle frames
    const count = () => page.evaluate(() => [window.__rafCalls, Number(document.body.dataset.frames)]);
    const start = await count();
    await page.waitForTimeout(5000);
    const end = await count();
    const baseline = await context.newPage();
    await baseline.setContent('<script>window.__n = 0; (function loop() { window.__n++; requestAnimationFrame(loop); })();</script>');
    await baseline.waitForTimeout(1000);
    const b0 = await baseline.evaluate(() => window.__n);
    await baseline.waitForTimeout(5000);
    const b1 = await baseline.evaluate(() => window.__n);
    return { raf: end[0] - start[0], frames: end[1] - start[1], baseline: b1 - b0 };
  } finally {
    await context.close();
  }
}

// To the photo step of a complaint, then the three photos at once.
async function addPhotos(browser, url, portable, deviceScaleFactor) {
  // The portable round blocks the worker's script: no offline service worker, which would serve it.
  const opened = await openPhone(browser, url, { deviceScaleFactor, ...(portable ? { serviceWorkers: 'block' } : {}) });
  const { context, page } = opened;
  try {
    if (portable) await page.route('**/photo_worker.js', (route) => route.fulfill({ status: 404, body: '' }));
    await toPhotos(page, '人行道上的井盖松动了，车过时响');
    const chooser = page.waitForEvent('filechooser');
    await tapItem(page, '添加照片');
    const picker = await chooser;
    await page.evaluate(() => {
      window.__tasks = [];
      // Each drawn frame's own time (web/main.cpp logs it), to tell the frames' tasks from the photos'.
      window.__frames = [];
      const log = Module.hotlineFrameLog;
      log.push = function (entry) { window.__frames.push(entry.frameMs); return Array.prototype.push.call(this, entry); };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__tasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    const frames0 = Number(await page.evaluate(() => document.body.dataset.frames));
    const started = Date.now();
    await picker.setFiles(photos);
    await page.waitForFunction(
        () => JSON.parse(Module.ccall('hotline_qa_photos', 'string', [], [])).length === 3, null,
        { timeout: 120000, polling: 50 });
    const readyMs = Date.now() - started;
    const frames = Number(await page.evaluate(() => document.body.dataset.frames)) - frames0;
    const tasks = await page.evaluate(() => window.__tasks);
    const frameMs = await page.evaluate(() => window.__frames);
    return { readyMs, frames, longest: Math.max(0, ...tasks), over100: tasks.filter((t) => t > 100).length,
             longestFrame: Math.max(0, ...frameMs), medianFrame: frameMs.length ? median(frameMs) : 0 };
  } finally {
    await context.close();
  }
}

const server = await startHotlineServer({ binary, web: webDir });
const helloServer = await serveDirectory(helloDir);
const helloUrl = `http://127.0.0.1:${helloServer.address().port}/hello.html`;
const browser = await launch();
try {
  console.log(await compareFirstFrames(browser, server.url, helloUrl, PHONE, LOADS));

  const idle = await idleFrames(browser, server.url);
  console.log(`idle 5 s on home: ${idle.raf} animation-frame callbacks, ${idle.frames} frames drawn; ` +
              `baseline requestAnimationFrame loop: ${idle.baseline} callbacks`);

  for (let round = 1; round <= ROUNDS; round++) {
    for (const [portable, dpr] of [[false, 3], [true, 3], [false, 1], [true, 1]]) {
      const r = await addPhotos(browser, server.url, portable, dpr);
      console.log(`round ${round}, DPR ${dpr}, 3 photos of 12 MP, ${portable ? 'portable pipeline on the main thread' : 'photo worker'}: ` +
                  `ready in ${r.readyMs} ms, longest main-thread task ${r.longest.toFixed(0)} ms ` +
                  `(${r.over100} over 100 ms), ${r.frames} frames drawn meanwhile, each taking ` +
                  `${r.medianFrame.toFixed(0)} ms (median) to ${r.longestFrame.toFixed(0)} ms`);
    }
  }
} finally {
  await browser.close();
  helloServer.close();
  await server.stop();
}
