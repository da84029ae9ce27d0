// Helpers for browser tests of the web app at phone size: a touch phone context, the app's last frame
// as items (hotline_qa_items) and text fields (text_input.js), and taps on them by label.
import assert from 'node:assert/strict';

// A mid-range phone: 390x844 CSS pixels at devicePixelRatio 3, touch only.
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
                       locale: 'zh-CN' };

// Opens the app in a fresh phone context and waits for its first settled frame. `initScript`:
// [function, argument] run in the page before its own scripts (a fake host app, for instance);
// `prepare(context)`: run before the page opens (routes).
export async function openPhone(browser, url, options = {}, initScript = null, prepare = null) {
  const context = await browser.newContext({ ...PHONE, ...options });
  if (initScript) await context.addInitScript(...initScript);
  if (prepare) await prepare(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.hotline, null, { timeout: 60000 });
  assert.equal(await page.evaluate(() => document.body.dataset.hotline), 'ready',
               `app did not start: ${await page.textContent('#error')}`);
  await settled(page);
  return { context, page, errors };
}

// Waits until the app has drawn everything pending (the loop paused with the screen settled).
export async function settled(page) {
  await page.waitForFunction(() => document.body.dataset.idle === 'true', null, { timeout: 30000 });
}

export async function items(page) {
  return JSON.parse(await page.evaluate(() => Module.ccall('hotline_qa_items', 'string', [], [])));
}

// Waits for a visible item whose label is `label` (or matches it, a RegExp) and returns it.
export async function waitForItem(page, label, timeout = 20000) {
  const deadline = Date.now() + timeout;
  let last = [];
  while (Date.now() < deadline) {
    last = await items(page);
    const found = last.find((i) => i.visible && (label instanceof RegExp ? label.test(i.label) : i.label === label));
    if (found) return found;
    await page.waitForTimeout(100);
  }
  throw new Error(`no item '${label}' on screen; it shows: ${last.map((i) => `${i.role} '${i.label}'`).join(', ')}`);
}

// Runs `action` (input, a QA hook, a history move) and waits until the app has drawn a frame after it
// and settled again: data-idle is still 'true' from before until the woken loop draws.
export async function afterFrame(page, action) {
  const before = Number(await page.evaluate(() => document.body.dataset.frames));
  await action();
  await page.waitForFunction((n) => Number(document.body.dataset.frames) > n, before, { timeout: 30000 });
  await settled(page);
}

// Taps the middle of the item labelled `label` with a finger, then waits for the app to settle.
export async function tapItem(page, label) {
  const item = await waitForItem(page, label);
  await afterFrame(page, () => page.touchscreen.tap(item.x + item.width / 2, item.y + item.height / 2));
  return item;
}

// The screen's title (the top bar's heading: the first heading of the frame).
export async function title(page) {
  const list = await items(page);
  return list.find((i) => i.role === 'heading')?.label;
}

// The last frame's text field `id` as the app drew it ({id, label, text, x, y, width, height, ...}).
export async function textField(page, id) {
  return page.evaluate((i) => (Module.hotlineTextFields || []).find((f) => f.id === i), id);
}

export async function waitForFieldText(page, id, text) {
  await page.waitForFunction(([i, t]) => (Module.hotlineTextFields || []).some((f) => f.id === i && f.text === t),
                             [id, text], { timeout: 10000 }).catch(async () => {
    assert.fail(`field '${id}' shows ${JSON.stringify((await textField(page, id))?.text)}, expected ${JSON.stringify(text)}`);
  });
}

// Taps a text field in its middle (the browser input opens over it) and checks it is being edited.
export async function tapField(page, id) {
  // The field appears with the frame drawn after the tap that shows it: wait for that frame.
  await page.waitForFunction((i) => (Module.hotlineTextFields || []).some((f) => f.id === i), id, { timeout: 10000 })
      .catch(() => {});
  const field = await textField(page, id);
  assert.ok(field, `no text field '${id}' on screen`);
  await page.touchscreen.tap(field.x + field.width / 2, field.y + field.height / 2);
  await page.waitForFunction((i) => document.body.dataset.editing === i, id, { timeout: 10000 });
  return field;
}

// Scrolls the screen with a finger (a slow upward drag) until the item labelled `label` is on screen:
// Dear ImGui reports no label for an item scrolled out of view.
export async function scrollToItem(page, label, steps = 20) {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: y === undefined ? [] : [{ x: 195, y }] });
  try {
    for (let i = 0; i < steps; i++) {
      const found = (await items(page)).find((it) => it.visible && (label instanceof RegExp ? label.test(it.label) : it.label === label));
      if (found && found.y + found.height <= PHONE.viewport.height - 8) return found;
      await afterFrame(page, async () => {
        await touch('touchStart', 600);
        for (let y = 580; y >= 300; y -= 20) await touch('touchMove', y);
        await page.waitForTimeout(200);  // held still before lifting: no fling
        await touch('touchEnd');
      });
    }
    return waitForItem(page, label, 1000);
  } finally {
    await cdp.detach();
  }
}

// A complaint about a loose manhole cover with its place typed, up to the description step (the start
// of the photo and shell tests and the phone bench).
export const ADDRESS = '鼓楼区五四路158号';
export async function toDescribe(page) {
  await tapItem(page, '投诉');
  await tapItem(page, '上水井盖');
  await tapItem(page, '输入地址');
  await tapField(page, 'address');
  await page.keyboard.type(ADDRESS);
  await page.keyboard.press('Enter');
  await waitForFieldText(page, 'address', ADDRESS);
  await tapItem(page, '下一步');
  await waitForItem(page, '描述问题');
}

// Further, to the photo step: `description` typed through the overlay.
export async function toPhotos(page, description) {
  await toDescribe(page);
  await tapField(page, 'description');
  await page.keyboard.type(description);
  await waitForFieldText(page, 'description', description);
  await tapItem(page, '下一步');
  await waitForItem(page, '添加照片');
}

// A suggestion (the shortest form: no place, no photo) up to its review screen.
export async function fillSuggestion(page, text) {
  await tapItem(page, '建议');
  await tapItem(page, '城市建设建议');
  await tapField(page, 'description');
  await page.keyboard.type(text);
  await waitForFieldText(page, 'description', text);
  await tapItem(page, '下一步');
  await tapItem(page, '不添加照片，下一步');
  await tapField(page, 'name');
  await page.keyboard.type('陈建国');
  await tapField(page, 'mobile');
  await page.keyboard.type('13905910000');
  await page.keyboard.press('Enter');
  await waitForFieldText(page, 'mobile', '13905910000');
  await tapItem(page, '下一步');
  await waitForItem(page, '提交');
}

// The confirmation's request number (14 digits).
export async function requestNumber(page) {
  const number = (await items(page)).find((i) => /^\d{14}$/.test(i.label));
  assert.ok(number, 'no request number on the confirmation');
  return number.label;
}
