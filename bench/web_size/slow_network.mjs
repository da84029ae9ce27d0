// Browser side of bench/web_size/slow_network.sh: first visits on an emulated slow phone network in one
// headless Chromium run, each served by the reference backend (brotli files for all three):
//  - the app as built: index.wasm holds the code of the first frames, index.deferred.wasm the rest,
//    fetched after the first frame (web/split);
//  - the same app linked unsplit, all its code in index.wasm (the baseline);
//  - the bare Dear ImGui + SDL2 + WebGL2 hello in the same page.
// For each: navigation start to the first drawn frame, to the moment taps are taken (the split app:
// its deferred code linked; the others: the first frame), and the bytes that crossed the network before
// the first frame (the Resource Timing API's transferSize: headers and compressed bodies of the
// responses complete by then). Median of LOADS cold loads, alternating.
//
// usage: node bench/web_size/slow_network.mjs SPLIT_DIR UNSPLIT_DIR HELLO_DIR SERVER_BINARY
import path from 'node:path';

import { launch } from '../../tests/e2e/browser.mjs';
import { startHotlineServer } from '../../tests/e2e/hotline_server.mjs';
import { PHONE } from '../../tests/e2e/phone.mjs';
import { writeBrotli } from '../../web/offline/stamp_build.mjs';

const [splitDir, unsplitDir, helloDir, binary] = process.argv.slice(2);
const LOADS = Number(process.env.LOADS || 3);
// Chromium DevTools' "Fast 3G" preset (1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT, with its own 0.9
// throughput and 3.75 latency factors), the kind of network in a station's underground hall.
const NETWORK = { offline: false, latency: 562.5, downloadThroughput: (1.6e6 * 0.9) / 8,
                  uploadThroughput: (750e3 * 0.9) / 8 };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function visit(browser, url) {
  // No service worker: its precache after the first frame is the same for both apps and not measured.
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.hotline === 'ready', null, { timeout: 120000 });
    await page.waitForFunction(() => !window.Module?.hotlineCodeComplete || Module.hotlineCodeComplete(), null,
                               { timeout: 120000 });
    return await page.evaluate(() => {
      const data = document.body.dataset;
      const ready = Number(data.readyMs);
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
      const bytes = entries.filter((e) => e.responseEnd <= ready).reduce((sum, e) => sum + e.transferSize, 0);
      return { ready, taps: data.deferredLinkedMs ? Number(data.deferredLinkedMs) : ready, bytes };
    });
  } finally {
    await context.close();
  }
}

// The product's files have FILE.br beside them (web/offline/stamp_build.mjs), which the backend serves
// to a browser that accepts br; the two baselines get theirs the same way, so all three travel alike.
for (const name of ['index.html', 'index.js', 'index.wasm', 'index.data']) writeBrotli(path.join(unsplitDir, name));
for (const name of ['hello.html', 'hello.js', 'hello.wasm']) writeBrotli(path.join(helloDir, name));

const servers = await Promise.all([splitDir, unsplitDir, helloDir].map((web) => startHotlineServer({ binary, web })));
const pages = [
  { name: 'app, split (as built)', url: servers[0].url, runs: [] },
  { name: 'app, unsplit (baseline)', url: servers[1].url, runs: [] },
  { name: 'hello', url: `${servers[2].url}hello.html`, runs: [] },
];
const browser = await launch();
try {
  for (let i = 0; i < LOADS; i++) {
    for (const page of pages) page.runs.push(await visit(browser, page.url));
  }
  console.log(`first visits on emulated Fast 3G (1.6 Mbit/s, 562.5 ms latency), 390x844 at DPR 3, median of ${LOADS}:`);
  console.log('| page | first frame (ms) | taps taken (ms) | bytes before the first frame |');
  console.log('|---|---:|---:|---:|');
  for (const page of pages) {
    const pick = (key) => median(page.runs.map((run) => run[key]));
    console.log(`| ${page.name} | ${pick('ready').toFixed(0)} | ${pick('taps').toFixed(0)} | ${pick('bytes')} |`);
  }
  for (const page of pages) {
    console.log(`  [${page.name}: ${page.runs.map((r) => `${r.ready.toFixed(0)}/${r.taps.toFixed(0)}`).join(' ')}]`);
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.stop()));
}
