// The phone's services from the web app, at phone size against the real backend: two camera photos
// (12 MP, EXIF orientation and GPS) through the file input, downscaled by the browser while frames
// keep coming; without a worker, the pipeline's module loaded into the page on the first photo; the
// request submitted and its query code copied to the clipboard; geolocation only after the tap,
// granted and denied (the typed address is offered then).
//
// usage: node --test tests/e2e/device.test.mjs   (env HOTLINE_WEB_DIR, HOTLINE_SERVER_BINARY,
// HOTLINE_SCREENSHOT_DIR; ImageMagick's convert and exiftool make the photos)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { launch } from './browser.mjs';
import { startHotlineServer } from './hotline_server.mjs';
import { items, openPhone, settled, tapField, tapItem, toPhotos, waitForFieldText, waitForItem } from './phone.mjs';

const SHOT_DIR = process.env.HOTLINE_SCREENSHOT_DIR || '.';
// Fuzhou, Wusi Road.
const LAT = 26.074508;
const LON = 119.296494;
let server;
let browser;
let photoDir;

// A 4000x3000 camera JPEG stored sideways (EXIF orientation 6: shown upright as 3000x4000) with the
// capture time and GPS position, as phones write them.
function cameraPhoto(name, colours) {
  const file = path.join(photoDir, name);
  execFileSync('convert', ['-size', '4000x3000', `gradient:${colours}`, '-quality', '90', file]);
  execFileSync('exiftool', ['-q', '-overwrite_original', '-n', '-Orientation=6', '-Make=HUAWEI',
                            '-DateTimeOriginal=2026:11:30 09:15:00', '-OffsetTimeOriginal=+08:00',
                            `-GPSLatitude=${LAT}`, '-GPSLatitudeRef=N', `-GPSLongitude=${LON}`,
                            '-GPSLongitudeRef=E', file]);
  return file;
}

before(async () => {
  photoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-photos-'));
  server = await startHotlineServer({ web: process.env.HOTLINE_WEB_DIR });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(photoDir, { recursive: true, force: true });
});

// Counts drawn frames and main-thread long tasks from now on (PerformanceObserver 'longtask').
const WATCH = () => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
  }).observe({ type: 'longtask' });
};

test('two 12 MP photos are downscaled by the browser, keep their EXIF, and the query code is copied', async () => {
  const photos = [cameraPhoto('IMG_0001.jpg', 'red-blue'), cameraPhoto('IMG_0002.jpg', 'green-yellow')];
  const { context, page, errors } = await openPhone(browser, server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.evaluate(WATCH);
  // A complaint about a manhole cover, its place typed, described through the overlay.
  await toPhotos(page, '人行道上的井盖松动了，车过时响');

  const chooser = page.waitForEvent('filechooser');
  await tapItem(page, '添加照片');
  const picker = await chooser;
  assert.ok(picker.isMultiple(), 'several photos at once');
  assert.equal(await picker.element().getAttribute('accept'), 'image/*');
  const framesBefore = Number(await page.evaluate(() => document.body.dataset.frames));
  const started = Date.now();
  await picker.setFiles(photos);
  await waitForItem(page, '照片 2', 60000);
  const elapsed = Date.now() - started;
  await settled(page);
  const frames = Number(await page.evaluate(() => document.body.dataset.frames)) - framesBefore;
  const longest = await page.evaluate(() => window.__longest);
  console.log(`2 photos ready in ${elapsed} ms, ${frames} frames drawn meanwhile, longest task ${longest.toFixed(0)} ms`);
  // The progress indicator was drawn while the core prepared them.
  assert.ok(frames >= 3, `only ${frames} frames drawn while preparing`);
  const images = (await items(page)).filter((i) => i.role === 'img');
  assert.equal(images.length, 2);
  const prepared = JSON.parse(await page.evaluate(() => Module.ccall('hotline_qa_photos', 'string', [], [])));
  assert.equal(prepared.length, 2);
  for (const photo of prepared) {
    assert.equal(photo.content_type, 'image/jpeg');
    // Upright (portrait) and at most the upload size.
    assert.ok(photo.height > photo.width && photo.height <= 1600, `stored ${photo.width}x${photo.height}`);
    assert.ok(Math.abs(photo.lat - LAT) < 1e-4 && Math.abs(photo.lon - LON) < 1e-4, `location ${photo.lat},${photo.lon}`);
    assert.equal(photo.captured, Date.UTC(2026, 10, 30, 1, 15, 0) / 1000);
  }
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_photos.png') });

  await tapItem(page, '下一步');
  await waitForItem(page, '联系方式');
  await tapField(page, 'name');
  await page.keyboard.type('林小姐');
  await tapField(page, 'mobile');
  await page.keyboard.type('13800138000');
  await page.keyboard.press('Enter');
  await waitForFieldText(page, 'mobile', '13800138000');
  await tapItem(page, '下一步');
  await waitForItem(page, '确认提交');
  await tapItem(page, '提交');
  await waitForItem(page, '复制查询码', 60000);
  await tapItem(page, '复制查询码');
  await waitForItem(page, /已复制/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^\S{4,}$/);
  assert.ok((await items(page)).some((i) => i.label === copied), `the copied ${copied} is not the code on screen`);
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_confirmation.png') });
  assert.deepEqual(errors, []);
});

test('without a worker the page loads the photo pipeline on the first photo and still prepares it', async () => {
  const photo = cameraPhoto('IMG_0003.jpg', 'orange-purple');
  // Without the offline service worker, which would serve the worker's script from its cache (and
  // requests it answers are not routed by Playwright).
  const { context, page } = await openPhone(browser, server.url, { serviceWorkers: 'block' });
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  // As when the worker's script fails to load: the fallback is the portable pipeline, run by the page.
  await page.route('**/photo_worker.js', (route) => route.fulfill({ status: 404, body: '' }));
  await toPhotos(page, '路口的井盖松动了');
  assert.ok(!fetched.some((p) => p.includes('photo_worker_core')), 'the pipeline was fetched before a photo');

  const chooser = page.waitForEvent('filechooser');
  await tapItem(page, '添加照片');
  await (await chooser).setFiles([photo]);
  await waitForItem(page, '照片 1', 60000);
  await page.waitForFunction(() => JSON.parse(Module.ccall('hotline_qa_photos', 'string', [], [])).length === 1, null,
                             { timeout: 60000 });
  assert.ok(fetched.some((p) => p.endsWith('/photo_worker_core.wasm')), `fetched: ${fetched.join(' ')}`);
  assert.ok(await page.$('script[src="photo_worker_core.js"]'), 'the pipeline was not loaded into the page');
  const [prepared] = JSON.parse(await page.evaluate(() => Module.ccall('hotline_qa_photos', 'string', [], [])));
  // The same pipeline as in the worker: upright, downscaled, its capture time and location read.
  assert.equal(prepared.content_type, 'image/jpeg');
  assert.equal(prepared.width, 1200);
  assert.equal(prepared.height, 1600);
  assert.ok(Math.abs(prepared.lat - LAT) < 1e-4 && Math.abs(prepared.lon - LON) < 1e-4);
  assert.equal(prepared.captured, Date.UTC(2026, 10, 30, 1, 15, 0) / 1000);
  await context.close();
});

// To the place screen of a new complaint, counting geolocation requests from the page's start.
async function toPlace(options) {
  const opened = await openPhone(browser, server.url, options);
  const { page } = opened;
  await page.evaluate(() => {
    window.__locates = 0;
    const get = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
    navigator.geolocation.getCurrentPosition = (...args) => { window.__locates++; return get(...args); };
  });
  await tapItem(page, '投诉');
  await tapItem(page, '上水井盖');
  await waitForItem(page, '发生地点');
  assert.equal(await page.evaluate(() => window.__locates), 0, 'the position was asked for before the tap');
  return opened;
}

test('"use my location" asks the browser only after the tap and fills the position', async () => {
  const { page, errors } = await toPlace({ geolocation: { latitude: LAT, longitude: LON, accuracy: 20 },
                                           permissions: ['geolocation'] });
  await tapItem(page, '使用我现在的位置');
  await waitForItem(page, '已定位到您现在所在的位置（坐标 26.07451, 119.29649）');
  assert.equal(await page.evaluate(() => window.__locates), 1);
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_location_granted.png') });
  assert.deepEqual(errors, []);
});

test('denied geolocation leads to the typed address', async () => {
  const { context, page, errors } = await toPlace({});
  await context.clearPermissions();
  await tapItem(page, '使用我现在的位置');
  await waitForItem(page, '没有获得位置权限。请输入地址。');
  // The typed address is chosen for the citizen: its field is there.
  await tapField(page, 'address');
  await page.keyboard.type('鼓楼区五四路158号');
  await waitForFieldText(page, 'address', '鼓楼区五四路158号');
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_location_denied.png') });
  assert.deepEqual(errors, []);
});
