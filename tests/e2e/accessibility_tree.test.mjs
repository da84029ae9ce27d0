// The accessibility tree of every screen a citizen reaches, in zh-CN and in English: Playwright's ARIA
// snapshot of the page's mirror (locator.ariaSnapshot(): the roles and accessible names Chromium
// computes, as a screen reader gets them) must hold the screen's title as the one level-1 heading and
// its controls and texts, named from the app's own catalogs, in reading order; no control is nameless.
// The rating screen is reached through the operator CLI replying to the filed complaint.
//
// usage: node --test tests/e2e/accessibility_tree.test.mjs   (env HOTLINE_WEB_DIR, HOTLINE_SERVER_BINARY)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch } from './browser.mjs';
import { startHotlineServer } from './hotline_server.mjs';
import { openPhone } from './phone.mjs';
import { activate, onScreen, typeInto } from './screen_reader.mjs';

const ASSETS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets');
const SERVICES = JSON.parse(fs.readFileSync(path.join(ASSETS, 'seed', 'services.json'), 'utf8'));
let server;
let browser;
let db;

before(async () => {
  db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hotline-a11y-')), 'hotline.db');
  server = await startHotlineServer({ web: process.env.HOTLINE_WEB_DIR, db });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// The app's strings of one language, as the app reads them (every area catalog merged).
function catalog(lang) {
  const dir = path.join(ASSETS, 'i18n', lang);
  const all = {};
  for (const file of fs.readdirSync(dir)) Object.assign(all, JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
  return (key, params = {}) => {
    assert.ok(key in all, `no catalog key ${key} in ${lang}`);
    return all[key].replace(/\{(\w+)\}/g, (_, name) => params[name]);
  };
}

// A seed service's name in `lang` (the backend answers services.json in the page's language).
function serviceName(lang, code) {
  const entry = (Array.isArray(SERVICES) ? SERVICES : SERVICES.services).find((s) => s.code === code);
  return lang === 'zh-CN' ? entry.name : entry[lang].name;
}

// The snapshot as [role, name, attributes] rows (a paragraph's name is its text).
function rows(snapshot) {
  return snapshot.split('\n').filter((line) => line.trim().startsWith('- ')).map((raw) => {
    // YAML quotes a whole row that holds a colon: - 'checkbox "a: b"'
    const line = raw.trim().replace(/^- '(.*)'$/, (_, inner) => '- ' + inner.replace(/''/g, "'"));
    const m = line.match(/^- (\w+)(?: "((?:[^"\\]|\\.)*)")?((?: \[[^\]]*\])*)(?::\s?(.*))?$/);
    assert.ok(m, `unreadable snapshot line ${line}`);
    const text = (m[4] || '').replace(/^"(.*)"$/, '$1');
    return { role: m[1], name: m[2] !== undefined ? m[2].replace(/\\"/g, '"') : text, attrs: m[3] || '', text };
  });
}

// Checks the mirror of the screen titled `title` against `expected` ([role, name] in reading order;
// other rows may come between them).
async function checkScreen(page, lang, title, expected) {
  await onScreen(page, title);
  const snapshot = await page.locator('#hotline-a11y').ariaSnapshot();
  const got = rows(snapshot);
  const where = `${lang} '${title}':\n${snapshot}`;
  // The top bar reads left to right: the back button (when there is one), then the title.
  const first = got.findIndex((r) => r.role === 'heading');
  assert.ok(first >= 0 && first <= 1 && got[first].name === title && (first === 0 || got[0].role === 'button'),
            `the title comes first, after the back button; ${where}`);
  assert.equal(got.filter((r) => r.attrs.includes('[level=1]')).length, 1, `one level-1 heading; ${where}`);
  for (const r of got) {
    if (['button', 'textbox', 'checkbox', 'radio', 'img'].includes(r.role)) assert.ok(r.name, `a nameless ${r.role}; ${where}`);
  }
  let at = 0;
  for (const [role, name] of expected) {
    const found = got.findIndex((r, i) => i >= at && r.role === role && r.name === name);
    assert.ok(found >= 0, `${role} '${name}' missing or out of order; ${where}`);
    at = found + 1;
  }
  return got;
}

async function everyScreen(lang) {
  const t = catalog(lang);
  const { context, page, errors } = await openPhone(browser, server.url, {
    geolocation: { latitude: 26.0745, longitude: 119.2965 }, permissions: ['geolocation'] });
  try {
    await screens(page, lang, t);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
}

async function screens(page, lang, t) {
  const home = t('app.title');
  if (lang !== 'zh-CN') {
    // The language is chosen in the settings, as a citizen would (radio buttons named in their own language).
    const zh = catalog('zh-CN');
    await onScreen(page, zh('app.title'));
    await activate(page, 'button', zh('app.home.settings'));
    await onScreen(page, zh('screen.settings'));
    await activate(page, 'radio', t(`language.${lang}`));
    await page.getByRole('radio', { name: t(`language.${lang}`), checked: true }).waitFor();
    await page.getByRole('heading', { level: 1, name: t('screen.settings'), exact: true }).waitFor();
    await page.keyboard.press('Escape');
  }
  await checkScreen(page, lang, home, [
    ['paragraph', t('app.home.greeting')],
    ['button', t('request_type.consultation')], ['paragraph', t('app.home.type.consultation')],
    ['button', t('request_type.complaint')], ['paragraph', t('app.home.type.complaint')],
    ['button', t('request_type.suggestion')], ['button', t('request_type.help')],
    ['button', t('app.home.my_requests')], ['button', t('app.home.lookup')], ['button', t('app.home.settings')],
    ['paragraph', t('app.home.footer')]]);

  await activate(page, 'button', t('app.home.settings'));
  await checkScreen(page, lang, t('screen.settings'), [
    ['button', t('app.back')], ['radiogroup', t('app.settings.language')], ['radio', t('language.zh-CN')],
    ['radiogroup', t('text_size.label')], ['checkbox', t('app.settings.elderly')],
    ['checkbox', t('app.settings.high_contrast')]]);
  await page.keyboard.press('Escape');

  await activate(page, 'button', t('app.home.lookup'));
  await checkScreen(page, lang, t('screen.lookup'), [
    ['button', t('app.back')], ['paragraph', t('app.lookup.help')], ['textbox', t('app.lookup.number')],
    ['textbox', t('app.lookup.code')], ['button', t('app.lookup.search')]]);
  await page.keyboard.press('Escape');

  await activate(page, 'button', t('app.home.my_requests'));
  await checkScreen(page, lang, t('screen.my_requests'), [['button', t('app.back')]]);
  await page.keyboard.press('Escape');

  // A complaint about a street light at the phone's location.
  await activate(page, 'button', t('request_type.complaint'));
  await checkScreen(page, lang, t('screen.category'), [['button', t('app.back')], ['textbox', t('app.category.search')]]);
  await typeInto(page, t('app.category.search'), serviceName(lang, 'BJ-0122'));
  await activate(page, 'button', serviceName(lang, 'BJ-0122'));
  const place = await checkScreen(page, lang, t('screen.place'), [
    ['radiogroup', t('app.place.help')], ['radio', t('app.place.my_location')], ['radio', t('app.place.address')],
    ['button', t('app.next')]]);
  assert.ok(place.some((r) => r.role === 'radio' && !r.attrs.includes('checked')), 'radio states are in the tree');
  await activate(page, 'radio', t('app.place.my_location'));
  await page.getByRole('radio', { name: t('app.place.my_location'), checked: true }).waitFor();
  await activate(page, 'button', t('app.next'));
  await checkScreen(page, lang, t('screen.nearby'), [
    ['heading', t('app.nearby.question')], ['button', t('app.nearby.different')]]);
  await activate(page, 'button', t('app.nearby.different'));
  await checkScreen(page, lang, t('screen.describe'), [
    ['paragraph', t('app.describe.help')], ['textbox', t('domain.field.description')], ['button', t('app.next')]]);
  await typeInto(page, t('domain.field.description'), lang === 'en' ? 'The street light at my door is out.' : '门口的路灯不亮了。');
  await activate(page, 'button', t('app.next'));
  await checkScreen(page, lang, t('screen.photos'), [
    ['button', t('app.photos.add')], ['button', t('app.photos.skip')]]);
  await activate(page, 'button', t('app.photos.skip'));
  await checkScreen(page, lang, t('screen.contact'), [
    ['textbox', t('domain.field.contact_name')], ['textbox', t('domain.field.mobile')],
    ['textbox', t('app.contact.resident_id')], ['checkbox', t('app.contact.keep_private')], ['button', t('app.next')]]);
  await typeInto(page, t('domain.field.contact_name'), lang === 'en' ? 'Lin Meihua' : '林美华');
  await typeInto(page, t('domain.field.mobile'), '13905912345');
  await activate(page, 'button', t('app.next'));
  await checkScreen(page, lang, t('screen.review'), [
    ['paragraph', t('app.review.type')], ['paragraph', t('request_type.complaint')], ['button', t('app.review.submit')]]);
  await activate(page, 'button', t('app.review.submit'));
  // "Saved, sending" first, then the number once the backend has it.
  await page.getByRole('heading', { level: 2, name: t('app.confirm.sent_title'), exact: true }).waitFor({ timeout: 20000 });
  const sent = await checkScreen(page, lang, t('screen.confirmation'), [
    ['heading', t('app.confirm.sent_title')], ['paragraph', t('app.confirm.number')],
    ['paragraph', t('app.confirm.query_code')], ['button', t('app.confirm.copy')]]);
  const number = sent.find((r) => r.role === 'paragraph' && /^\d{14}$/.test(r.name)).name;
  const code = sent.find((r) => r.role === 'paragraph' && /^[0-9A-Z]{10}$/.test(r.name)).name;

  // The department answers; the citizen looks the request up and rates the answer.
  for (const step of [['accept'], ['dispatch', '--unit', 'FZCGW'], ['handle'], ['reply', '--note', 'OK']]) {
    execFileSync(process.env.HOTLINE_SERVER_BINARY, ['admin', '--db', db, step[0], number, ...step.slice(1)]);
  }
  await page.keyboard.press('Escape');
  await onScreen(page, home);
  await activate(page, 'button', t('app.home.my_requests'));
  // The filed request, as an entry of a list.
  await checkScreen(page, lang, t('screen.my_requests'), [['button', t('app.back')], ['list', ''], ['listitem', '']]);
  await page.keyboard.press('Escape');
  await activate(page, 'button', t('app.home.lookup'));
  await onScreen(page, t('screen.lookup'));
  await typeInto(page, t('app.lookup.number'), number);
  await typeInto(page, t('app.lookup.code'), code);
  await activate(page, 'button', t('app.lookup.search'));
  await checkScreen(page, lang, t('screen.detail'), [
    ['heading', t('app.detail.reply')], ['button', t('app.detail.rate')], ['heading', t('app.detail.timeline')]]);
  await activate(page, 'button', t('app.detail.rate'));
  await checkScreen(page, lang, t('screen.rate'), [
    ['heading', t('app.rate.question')], ['radio', t('satisfaction.satisfied')], ['button', t('app.rate.send')]]);
  await page.keyboard.press('Escape');
  await onScreen(page, t('screen.detail'));
  // The found request took the look-up's place: back goes home.
  await page.keyboard.press('Escape');
  await onScreen(page, home);

  // A consultation answered by a guide before anything is filed.
  await activate(page, 'button', t('request_type.consultation'));
  await onScreen(page, t('screen.category'));
  await typeInto(page, t('app.category.search'), serviceName(lang, 'ZX-0101'));
  await activate(page, 'button', serviceName(lang, 'ZX-0101'));
  // The guides load from the backend after the screen opens.
  await page.getByRole('button', { name: t('app.guides.answered') }).first().waitFor({ timeout: 20000 });
  const guides = await checkScreen(page, lang, t('screen.guides'), [
    ['heading', t('app.guides.question')], ['list', ''], ['listitem', ''], ['button', t('app.guides.ask_anyway')]]);
  // Each guide's "that answers it" says which guide: its entry's first paragraph, the guide's title.
  const answered = guides.map((r, i) => [r, i]).filter(([r]) => r.role === 'button' && r.name.startsWith(t('app.guides.answered')));
  assert.ok(answered.length >= 1, `no guide to answer; ${guides.map((r) => r.role + ' ' + r.name).join('\n')}`);
  for (const [button, i] of answered) {
    const entry = guides.slice(0, i).map((r) => r.role).lastIndexOf('listitem');
    assert.ok(entry >= 0 && guides[entry + 1].role === 'paragraph', `the button '${button.name}' lies in no guide's entry`);
    assert.equal(button.name, t('app.guides.answered_by', { title: guides[entry + 1].name }));
  }
  assert.equal(new Set(answered.map(([b]) => b.name)).size, answered.length, 'two guide buttons read the same');
}

test('every screen\'s accessibility tree in zh-CN', async () => {
  await everyScreen('zh-CN');
});

test('every screen\'s accessibility tree in English', async () => {
  await everyScreen('en');
});
