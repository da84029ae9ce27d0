// Text typed through the browser's own input over the canvas, at phone size: a tap on the description
// field opens a focused <textarea> over it, Chinese typed through an IME (CDP composition, then the
// commit) reaches the app once, and a tap after the keyboard was closed opens it again.
//
// usage: node --test tests/e2e/text_input.test.mjs   (env HOTLINE_WEB_DIR, HOTLINE_SERVER_BINARY,
// HOTLINE_SCREENSHOT_DIR)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { serveAndLaunch } from './hotline_server.mjs';
import { afterFrame, openPhone, settled, tapField, tapItem, textField, waitForFieldText, waitForItem } from './phone.mjs';

const SHOT_DIR = process.env.HOTLINE_SCREENSHOT_DIR || '.';
const session = serveAndLaunch();

// The editing element as the page has it.
const editor = (page) => page.evaluate(() => {
  const el = document.getElementById('hotline-text-input');
  if (!el) return null;
  const box = el.getBoundingClientRect();
  return { tag: el.tagName.toLowerCase(), type: el.type, value: el.value, focused: document.activeElement === el,
           fontSize: parseFloat(getComputedStyle(el).fontSize), x: box.x, y: box.y, width: box.width,
           height: box.height, label: el.getAttribute('aria-label') };
});

test('at phone size the canvas fills the screen at the device\'s pixel density', async () => {
  const { page, errors } = await openPhone(session.browser, session.server.url);
  const canvas = await page.evaluate(() => ({ width: Module.canvas.width, height: Module.canvas.height,
                                              cssWidth: Module.canvas.clientWidth, cssHeight: Module.canvas.clientHeight }));
  assert.deepEqual(canvas, { width: 390 * 3, height: 844 * 3, cssWidth: 390, cssHeight: 844 });
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_home.png') });
  assert.deepEqual(errors, []);
});

test('Chinese typed through an IME in the overlay reaches the app once, and editing reopens after blur', async () => {
  const { page, errors } = await openPhone(session.browser, session.server.url);
  // The description screen of a new complaint (the QA hook opens it with an empty description).
  await afterFrame(page, () => page.evaluate(() => Module.ccall('hotline_qa_set_text', null, ['string'], [''])));
  await waitForItem(page, '下一步');

  const field = await tapField(page, 'description');
  const el = await editor(page);
  assert.equal(el.tag, 'textarea', 'the multi-line description gets a textarea');
  assert.ok(el.focused, 'the textarea has the focus (the phone keyboard opens)');
  assert.ok(el.fontSize >= 16, `font size ${el.fontSize}px would make iOS zoom`);
  assert.equal(el.label, field.label);
  // Laid over the field (inside its drawn border).
  assert.ok(Math.abs(el.x - field.x) <= 3 && Math.abs(el.y - field.y) <= 3, `at ${el.x},${el.y}, field at ${field.x},${field.y}`);
  assert.ok(Math.abs(el.width - field.width) <= 5 && Math.abs(el.height - field.height) <= 5);

  const cdp = await page.context().newCDPSession(page);
  // Pinyin being composed: the app follows the composition...
  await cdp.send('Input.imeSetComposition', { text: 'jing', selectionStart: 4, selectionEnd: 4 });
  await waitForFieldText(page, 'description', 'jing');
  await cdp.send('Input.imeSetComposition', { text: '井盖', selectionStart: 2, selectionEnd: 2 });
  await waitForFieldText(page, 'description', '井盖');
  // ...and the commit replaces it, nothing doubled.
  await cdp.send('Input.insertText', { text: '井盖' });
  await waitForFieldText(page, 'description', '井盖');
  await cdp.send('Input.imeSetComposition', { text: 'sun', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.imeSetComposition', { text: '损坏', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '损坏' });
  await waitForFieldText(page, 'description', '井盖损坏');
  // Keys typed in the textarea reach the app once (SDL does not see them a second time).
  await page.keyboard.type('ab');
  await waitForFieldText(page, 'description', '井盖损坏ab');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await waitForFieldText(page, 'description', '井盖损坏');
  await settled(page);
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_text_input_editing.png') });

  // Done: a tap elsewhere ends editing, the text stays in the app.
  const help = await waitForItem(page, /请写清楚/);
  await afterFrame(page, () => page.touchscreen.tap(help.x + 10, help.y + 5));
  await page.waitForFunction(() => document.body.dataset.editing === '', null, { timeout: 10000 });
  assert.equal(await editor(page), null, 'the textarea is gone after editing ended');
  await settled(page);
  assert.equal((await textField(page, 'description')).text, '井盖损坏');
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_text_input_done.png') });

  // The next tap opens editing again, with the app's text in it.
  await tapField(page, 'description');
  const again = await editor(page);
  assert.ok(again.focused);
  assert.equal(again.value, '井盖损坏');
  await page.keyboard.type('了');
  await waitForFieldText(page, 'description', '井盖损坏了');
  assert.deepEqual(errors, []);
});

test('a one-line field gets an input; Enter (the keyboard\'s Done) ends editing', async () => {
  const { page, errors } = await openPhone(session.browser, session.server.url);
  await tapItem(page, '投诉');
  await waitForItem(page, '选择类别');
  await tapField(page, 'search');
  const el = await editor(page);
  assert.equal(el.tag, 'input');
  assert.equal(el.type, 'text');
  assert.ok(el.focused);
  await page.keyboard.type('井盖');
  await waitForFieldText(page, 'search', '井盖');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.body.dataset.editing === '', null, { timeout: 10000 });
  assert.equal(await editor(page), null);
  await settled(page);
  assert.equal((await textField(page, 'search')).text, '井盖');
  assert.deepEqual(errors, []);
});

// The element's font as drawn: its CSS size times the scale it is shown at (a size under 16 px is laid
// out at 16 px and scaled down, so iOS does not zoom), and its colours.
const look = (page) => page.evaluate(() => {
  const el = document.getElementById('hotline-text-input');
  const style = getComputedStyle(el);
  const scale = style.transform === 'none' ? 1 : new DOMMatrixReadOnly(style.transform).a;
  const field = Module.hotlineTextFields.find((f) => f.id === el.dataset.field);
  return { drawnPx: parseFloat(style.fontSize) * scale, cssPx: parseFloat(style.fontSize),
           appPx: field.fontPx * hotlineGlyphs.emPerLine, background: style.backgroundColor, color: style.color };
});

test('the input shows the text at the size the canvas draws it, in the theme\'s colours, high contrast too', async () => {
  const { page, errors } = await openPhone(session.browser, session.server.url);
  await tapItem(page, '投诉');
  await waitForItem(page, '选择类别');
  await tapField(page, 'search');
  const normal = await look(page);
  assert.ok(normal.cssPx >= 16, `font size ${normal.cssPx}px would make iOS zoom`);
  assert.ok(Math.abs(normal.drawnPx - normal.appPx) < 0.5, `input text ${normal.drawnPx}px, canvas text ${normal.appPx}px`);
  assert.equal(normal.background, 'rgb(247, 248, 250)');
  assert.equal(normal.color, 'rgb(26, 26, 26)');
  await page.keyboard.type('路灯');
  await waitForFieldText(page, 'search', '路灯');
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_text_input_look.png') });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.body.dataset.editing === '', null, { timeout: 10000 });

  // High contrast (the settings' switch, through the QA hook): the open input follows the palette
  // (white field, black text) in the frame that shows it.
  await tapField(page, 'search');
  await afterFrame(page, () => page.evaluate(() => Module.ccall('hotline_qa_set_high_contrast', null, ['number'], [1])));
  const contrast = await look(page);
  assert.equal(contrast.background, 'rgb(255, 255, 255)');
  assert.equal(contrast.color, 'rgb(0, 0, 0)');
  assert.ok(Math.abs(contrast.drawnPx - contrast.appPx) < 0.5);
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_text_input_high_contrast.png') });
  assert.deepEqual(errors, []);
});
