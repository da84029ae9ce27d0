// Browser side of bench/glyphs/run.sh, in headless Chromium (Debian's, software WebGL2) with a phone
// viewport (412x915 CSS px, devicePixelRatio 2, or $DPR):
//  - time to first frame, app vs the bare Dear ImGui hello: navigation start to the first drawn frame,
//    median of 5 cold loads each (fresh browser context, empty cache), alternating;
//  - cost of new glyphs: CPU time of the frame that introduces 100 CJK characters not drawn before
//    (rasterised through the canvas and uploaded to the atlas texture), median of 5, next to the same
//    share spent producing glyphs (CanvasGlyphSource: canvas + atlas packing) and the same frame drawn
//    again (what the frame costs without new glyphs: under SwiftShader mostly waiting on GL state
//    queries while the GPU process rasterises the previous frame), median and minimum of 9;
//  - atlas texture bytes after every screen (3 languages) at normal size, then with extra large too.
//
// usage: node bench/glyphs/browser_bench.mjs WEB_DIR HELLO_DIR
import { compareFirstFrames, launch, qaHook } from '../../tests/e2e/browser.mjs';
import { serveDirectory, serveWebBuild } from '../../tests/e2e/static_server.mjs';

const [webDir, helloDir] = process.argv.slice(2);
const LOADS = 5;
// The frame cost is CPU time on a shared machine: more rounds, and the minimum beside the median.
const GLYPH_ROUNDS = 9;
const DPR = parseFloat(process.env.DPR || '2');
const VIEWPORT = { viewport: { width: 412, height: 915 }, deviceScaleFactor: DPR, locale: 'zh-CN' };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The first frame after the hook is the one that met the new text.
const hook = (page, name, arg) => qaHook(page, name, arg, 1);

// 100 distinct common ideographs per round, none in the catalogs' first screen (stepping through the
// URO from U+6000 in strides of 7 keeps them spread over the block like real text).
function newCharacters(round) {
  let s = '';
  for (let i = 0; i < 100; i++) s += String.fromCodePoint(0x6000 + (round * 100 + i) * 7);
  return s;
}

const { server: appServer, url: appUrl } = await serveWebBuild(webDir);
const helloServer = await serveDirectory(helloDir);
const helloUrl = `http://127.0.0.1:${helloServer.address().port}/hello.html`;
const browser = await launch();
try {
  console.log(await compareFirstFrames(browser, appUrl, helloUrl, VIEWPORT, LOADS));

  const context = await browser.newContext(VIEWPORT);
  const page = await context.newPage();
  await page.goto(appUrl);
  await page.waitForFunction(() => document.body.dataset.hotline === 'ready', null, { timeout: 60000 });
  for (const size of ['normal', 'extra-large']) {
    await hook(page, 'hotline_qa_set_text_size', size);
    let state;
    for (const lang of ['zh-CN', 'zh-TW', 'en']) state = await hook(page, 'hotline_qa_set_language', lang);
    console.log(`atlas texture after every screen at ${size}: ` +
                `${state.atlasBytes} bytes, glyphs missing ${state.glyphsMissing}`);
  }
  await hook(page, 'hotline_qa_set_text_size', 'normal');
  const costs = [];
  const glyphs = [];
  const again = [];
  for (let round = 0; round < GLYPH_ROUNDS; round++) {
    const introduced = await hook(page, 'hotline_qa_set_text', newCharacters(round));
    costs.push(introduced.frameMs);
    glyphs.push(introduced.glyphMs);
    again.push((await hook(page, 'hotline_qa_set_text', newCharacters(round))).frameMs);
  }
  const stats = (xs) => `median ${median(xs).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)} ms`;
  console.log(`frame introducing 100 new CJK characters (${GLYPH_ROUNDS} rounds): ${stats(costs)}; of which ` +
              `producing the glyphs: ${stats(glyphs)}; same frame again: ${stats(again)}`);
  const list = (xs) => xs.map((x) => x.toFixed(1)).join(' ');
  console.log(`  [frame ${list(costs)}] [glyphs ${list(glyphs)}] [again ${list(again)}]`);
  await context.close();
} finally {
  await browser.close();
  appServer.close();
  helloServer.close();
}
