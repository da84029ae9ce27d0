// Shared helpers for browser tests: launch Debian's chromium headless with software WebGL2, and
// measure a screenshot's content.
import fs from 'node:fs';

import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.HOTLINE_CHROMIUM || '/usr/bin/chromium';

// The closed network here refuses Chromium's background connections; these flags keep it quiet.
const QUIET_FLAGS = ['--no-first-run', '--disable-background-networking', '--disable-component-update',
                     '--disable-sync', '--disable-quic', '--no-default-browser-check'];

export async function launch(extraArgs = []) {
  // A missing browser is a failure that names it, never a skipped test.
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`chromium not found at ${CHROMIUM}: install Debian's chromium (scripts/setup)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', ...QUIET_FLAGS, ...extraArgs],
  });
}

// Decodes a PNG in the browser (no native PNG decoder in node) and counts distinct colours and
// dark/light pixels: a blank or single-colour canvas has a handful of colours, rendered text hundreds.
export async function imageStats(browser, pngBuffer) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const colours = new Set();
      let dark = 0, light = 0;
      for (let i = 0; i < data.length; i += 4) {
        colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        const luma = (data[i] * 299 + data[i + 1] * 587 + data[i + 2] * 114) / 1000;
        if (luma < 80) dark++;
        if (luma > 200) light++;
      }
      return { width: img.width, height: img.height, colours: colours.size, dark, light };
    }, pngBuffer.toString('base64'));
  } finally {
    await page.close();
  }
}

// Calls one of the web app's QA hooks (web/main.cpp, through Module.ccall) and waits until the app has
// drawn `frames` more frames; returns <body>'s data- attributes after them (glyphsMissing, atlasBytes)
// and the timings of the first frame drawn after the call (frameMs, glyphMs).
export async function qaHook(page, name, arg, frames = 2) {
  // One evaluate, so no animation frame can be drawn between counting and calling.
  const before = await page.evaluate(([n, a]) => {
    const count = parseInt(document.body.dataset.frames || '0', 10);
    Module.ccall(n, null, ['string'], [a]);
    return count;
  }, [name, arg]);
  await page.waitForFunction(([b, f]) => parseInt(document.body.dataset.frames, 10) >= b + f, [before, frames],
                             { timeout: 30000 });
  return page.evaluate((b) => ({ ...document.body.dataset, ...Module.hotlineFrameLog.find((e) => e.frame === b + 1) }),
                       before);
}

// Milliseconds from navigation start to the page's first drawn frame (data-ready-ms, set by the
// shell when the app or the hello baseline draws), in a fresh context: a cold load, empty cache.
async function firstFrameMs(browser, url, contextOptions) {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.hotline === 'ready', null, { timeout: 60000 });
    return parseFloat(await page.evaluate(() => document.body.dataset.readyMs));
  } finally {
    await context.close();
  }
}

// Time to first frame of the app and the hello baseline, `loads` cold loads each, alternating (the
// machine's load drifts); the medians, their ratio and every run, as one line for a bench.
export async function compareFirstFrames(browser, appUrl, helloUrl, contextOptions, loads) {
  const app = [];
  const hello = [];
  for (let i = 0; i < loads; i++) {
    hello.push(await firstFrameMs(browser, helloUrl, contextOptions));
    app.push(await firstFrameMs(browser, appUrl, contextOptions));
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const a = median(app);
  const h = median(hello);
  return `first frame (median of ${loads} cold loads): app ${a.toFixed(0)} ms, hello ${h.toFixed(0)} ms, ` +
         `ratio ${(a / h).toFixed(2)}   [app ${app.join(' ')}] [hello ${hello.join(' ')}]`;
}
