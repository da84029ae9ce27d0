// A blind citizen's run at phone size: a consultation and a complaint with a typed address filed from
// the home screen to the confirmation through the page's accessible mirror only (getByRole, getByLabel
// and keys; no coordinates, no QA hooks), against the real backend; each screen change moves the
// reader to the new title and the confirmation is announced through the live region.
//
// usage: node --test tests/e2e/screen_reader_flow.test.mjs   (env HOTLINE_WEB_DIR, HOTLINE_SERVER_BINARY)
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { serveAndLaunch } from './hotline_server.mjs';
import { openPhone } from './phone.mjs';
import { activate, announced, onScreen, typeInto } from './screen_reader.mjs';

const session = serveAndLaunch();

// From the description to the confirmation: no photos, contact details, review, then the
// confirmation, announced, with its number readable.
async function describeAndSend(page, description) {
  await onScreen(page, '描述问题');
  await typeInto(page, '问题描述', description);
  await activate(page, 'button', '下一步');
  await onScreen(page, '照片');
  await activate(page, 'button', '不添加照片，下一步');
  await onScreen(page, '联系方式');
  await typeInto(page, '姓名', '林美华');
  await typeInto(page, '手机号码', '13905912345');
  await activate(page, 'button', '下一步');
  await onScreen(page, '确认提交');
  await activate(page, 'button', '提交');
  await onScreen(page, '提交结果');
  const said = await announced(page, '提交成功');
  assert.match(said, /提交成功/);
  // The number and the query code are texts a screen reader reads out.
  await page.getByText(/^\d{14}$/).waitFor();
}

test('a consultation is filed with the keyboard through the accessible mirror and its sending announced', async () => {
  const { context, page, errors } = await openPhone(session.browser, session.server.url);
  await onScreen(page, '12345 便民服务');
  await activate(page, 'button', '咨询');
  await onScreen(page, '选择类别');
  await typeInto(page, '搜索类别', '社会保险');
  await activate(page, 'button', '社会保险咨询');
  await onScreen(page, '办事指南');
  await activate(page, 'button', '没有找到答案，继续提问');
  await describeAndSend(page, '社保卡丢了，补办需要带什么材料？在哪里办理？');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a complaint with a typed address is filed the same way, a missing address announced first', async () => {
  const { context, page, errors } = await openPhone(session.browser, session.server.url);
  await activate(page, 'button', '投诉');
  await onScreen(page, '选择类别');
  await typeInto(page, '搜索类别', '路灯');
  await activate(page, 'button', '路灯');
  await onScreen(page, '发生地点');
  // Next without a place: the field error is announced.
  await activate(page, 'button', '下一步');
  await announced(page, '此项必须填写');
  const typed = page.getByRole('radio', { name: '输入地址', exact: true });
  await typed.press('Space');
  await page.getByRole('radio', { name: '输入地址', checked: true }).waitFor();
  await typeInto(page, '详细地址', '鼓楼区五四路 158 号门口');
  await activate(page, 'button', '下一步');
  await describeAndSend(page, '五四路158号门口的路灯一周没亮了，晚上看不清路。');
  assert.deepEqual(errors, []);
  await context.close();
});

// What the page's hit test finds at the centre of `locator` (TalkBack's and VoiceOver's touch
// exploration hit-test the same way): 'canvas' or the mirrored element's role and name.
async function hitAt(page, locator) {
  const box = await locator.boundingBox();
  return page.evaluate(([x, y]) => {
    const el = document.elementFromPoint(x, y);
    if (!el || el.tagName === 'CANVAS') return 'canvas';
    return `${el.getAttribute('role') || el.tagName.toLowerCase()} ${el.getAttribute('aria-label') || el.textContent}`;
  }, [box.x + box.width / 2, box.y + box.height / 2]);
}

test('once a screen reader is in use, touch exploration finds the items where they are drawn and a tap acts through them', async () => {
  const { context, page, errors } = await openPhone(session.browser, session.server.url);
  await onScreen(page, '12345 便民服务');
  const complaint = page.getByRole('button', { name: '投诉', exact: true });
  // A sighted citizen's touch goes to the canvas.
  assert.equal(await hitAt(page, complaint), 'canvas');
  // The screen reader moves to an item (no finger went down on it): from now on the items take touches.
  await page.getByRole('button', { name: '咨询', exact: true }).focus();
  assert.equal(await hitAt(page, complaint), 'button 投诉');
  const box = await complaint.boundingBox();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await onScreen(page, '选择类别');
  // A text field tapped through its mirror opens the browser's editor.
  const search = page.getByRole('textbox', { name: '搜索类别', exact: true });
  const field = await search.boundingBox();
  await page.touchscreen.tap(field.x + field.width / 2, field.y + field.height / 2);
  await page.waitForFunction(() => document.activeElement?.id === 'hotline-text-input', null, { timeout: 10000 });
  await page.keyboard.press('Escape');
  // A wheel over the items still scrolls the screen (the categories run far below the fold).
  const last = page.getByRole('button').last();
  const before = (await last.boundingBox()).y;
  await page.mouse.move(field.x + field.width / 2, field.y + field.height * 3);
  await page.mouse.wheel(0, 600);
  await page.waitForFunction((y) => {
    const buttons = document.querySelectorAll('#hotline-a11y button');
    return buttons[buttons.length - 1].getBoundingClientRect().y < y - 100;
  }, before, { timeout: 10000 });
  assert.deepEqual(errors, []);
  await context.close();
});
