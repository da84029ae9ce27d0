// The app inside a host app that verified the citizen and has a map picker (fake window.HotlineHost and
// WeChat objects injected before the page loads, web/host/host_bridge.js): a signed identity verified by
// the server (its `identity` configuration) and prefilled on the contact step, forged ones (another
// secret, alg none, expired) ignored and logged by the server; a place picked on the host's map shown by
// its name and filed with its WGS-84 point and address; a plain position shown in words.
//
// usage: node --test tests/e2e/host_identity_place.test.mjs   (env HOTLINE_WEB_DIR, HOTLINE_SERVER_BINARY,
// HOTLINE_SCREENSHOT_DIR)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import path from 'node:path';

import { serveAndLaunch } from './hotline_server.mjs';
import { items, openPhone, requestNumber, tapField, tapItem, textField, waitForFieldText, waitForItem }
  from './phone.mjs';

const SHOT_DIR = process.env.HOTLINE_SCREENSHOT_DIR || '.';
// The secret e福州 and this deployment share for identity tokens (the server's `identity` key).
const SECRET = 'e-fuzhou-and-12345-share-this-secret-0001';
const session = serveAndLaunch({
  config: {
    api_keys: [{ client: 'web', key: 'e2e-web-key-123', channel: 'web' }],
    identity: { hs256_secret: SECRET, issuer: 'efuzhou', audience: 'hotline-12345' },
  },
});

// Fuzhou, Wusi Road: WGS-84 26.074508 N 119.296494 E is GCJ-02 26.071405963814463 N 119.30129377358908 E
// (core/domain/gcj02, checked there against its reference point).
const GCJ = { latitude: 26.071405963814463, longitude: 119.30129377358908 };

// Opens the app with `fake` (a function run in the page before its scripts, given `arg`) as the host.
const openInHost = (fake, arg) => openPhone(session.browser, session.server.url, {}, [fake, arg]);

// A JSON Web Token as a host signs it, with Node's own HMAC (independent of the server's OpenSSL code).
const now = () => Math.floor(Date.now() / 1000);
const claims = (changes = {}) => ({ iss: 'efuzhou', aud: 'hotline-12345', iat: now(), exp: now() + 600,
                                    name: '王明', mobile: '13812345678', ...changes });
function signToken(body, { alg = 'HS256', secret = SECRET } = {}) {
  const part = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const signed = `${part({ alg, typ: 'JWT' })}.${part(body)}`;
  return `${signed}.${alg === 'none' ? '' : crypto.createHmac('sha256', secret).update(signed).digest('base64url')}`;
}

// window.HotlineHost with a signed identity (and, given `place`, a map picker answering it).
const hotlineHost = ([token, place]) => {
  window.__tokens = 0;
  window.HotlineHost = {
    version: 1,
    getIdentityToken: () => { window.__tokens++; return Promise.resolve(token); },
  };
  if (place) window.HotlineHost.chooseLocation = () => new Promise((resolve) => setTimeout(() => resolve(place), 10));
};

// A suggestion (no place) up to the contact step.
async function toContact(page) {
  await tapItem(page, '建议');
  await tapItem(page, '城市建设建议');
  await tapField(page, 'description');
  await page.keyboard.type('建议在五四路口增加过街天桥');
  await waitForFieldText(page, 'description', '建议在五四路口增加过街天桥');
  await tapItem(page, '下一步');
  await tapItem(page, '不添加照片，下一步');
  await waitForItem(page, '不公开我的姓名');
}

const VERIFIED = '已由您所在的应用实名核实，可以修改';

test('window.HotlineHost: a signed identity verified by the server fills the contact step, marked as verified', async () => {
  const { page, errors } = await openInHost(hotlineHost, [signToken(claims({ mobile: '+86 138 1234 5678' }))]);
  await toContact(page);
  await waitForFieldText(page, 'name', '王明');
  await waitForFieldText(page, 'mobile', '13812345678');
  assert.equal((await items(page)).filter((i) => i.visible && i.label === VERIFIED).length, 2);
  assert.equal(await page.evaluate(() => window.__tokens), 1);
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_host_identity.png') });
  assert.deepEqual(errors, []);
});

test('forged identities (another secret, alg none, expired) are ignored, the contact step stays empty, the server logs each', async () => {
  const forged = [
    ['signature does not match', signToken(claims({ name: '李四' }), { secret: 'not-the-shared-secret-0000000000000' })],
    ['algorithm is not HS256', signToken(claims({ name: '李四' }), { alg: 'none' })],
    ['expired or too old', signToken(claims({ iat: now() - 4000, exp: now() - 3600 }))],
  ];
  for (const [reason, token] of forged) {
    const logged = () => session.server.log().split('identity token ignored from 127.0.0.1: ' + reason).length - 1;
    const before = logged();
    const { page, context, errors } = await openInHost(hotlineHost, [token]);
    const deadline = Date.now() + 20000;
    while (logged() === before && Date.now() < deadline) await page.waitForTimeout(100);
    assert.equal(logged(), before + 1, `the server did not log "${reason}"`);
    await toContact(page);
    assert.equal((await textField(page, 'name')).text, '');
    assert.equal((await textField(page, 'mobile')).text, '');
    assert.ok(!(await items(page)).some((i) => i.label === VERIFIED), 'a forged identity was marked as verified');
    if (reason.startsWith('algorithm')) await page.screenshot({ path: path.join(SHOT_DIR, 'phone_host_identity_forged.png') });
    // The browser itself reports the refused identity.json (401) on the console; nothing else.
    assert.deepEqual(errors.filter((e) => !/status of 401 \(Unauthorized\)/.test(e)), []);
    await context.close();
    assert.ok(!session.server.log().includes(token), 'the token itself was logged');
  }
});

test("the host's map picker: the named place is shown, and filed with its WGS-84 point and address", async () => {
  const place = { latitude: GCJ.latitude, longitude: GCJ.longitude, datum: 'gcj02', name: '五一广场',
                  address: '福州市鼓楼区五一中路' };
  const { page, errors } = await openInHost(hotlineHost, [signToken(claims()), place]);
  const filed = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/requests.json')) {
      filed.push(new URLSearchParams(request.postData()));
    }
  });
  await tapItem(page, '投诉');
  await tapItem(page, '上水井盖');
  await tapItem(page, '在地图上选择');
  await waitForItem(page, '五一广场');
  await waitForItem(page, '福州市鼓楼区五一中路');
  assert.ok(!(await items(page)).some((i) => /\(\d+\.\d+, \d+\.\d+\)/.test(i.label)), 'raw coordinates shown');
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_host_map_place.png') });
  await tapItem(page, '下一步');
  await tapItem(page, '不是同一个问题，继续反映');
  await tapField(page, 'description');
  await page.keyboard.type('广场东侧的上水井盖松动了');
  await waitForFieldText(page, 'description', '广场东侧的上水井盖松动了');
  await tapItem(page, '下一步');
  await tapItem(page, '不添加照片，下一步');
  await waitForFieldText(page, 'name', '王明');
  await tapItem(page, '下一步');
  await waitForItem(page, '五一广场，福州市鼓楼区五一中路');
  await tapItem(page, '提交');
  await waitForItem(page, '提交成功', 30000);
  assert.match(await requestNumber(page), /^\d{14}$/);
  // As sent: WGS-84, not the GCJ-02 the host answered (about 550 m east), and the place in words.
  assert.equal(filed.length, 1);
  assert.ok(Math.abs(Number(filed[0].get('lat')) - 26.074508) < 1e-5, `lat ${filed[0].get('lat')}`);
  assert.ok(Math.abs(Number(filed[0].get('long')) - 119.296494) < 1e-5, `long ${filed[0].get('long')}`);
  assert.equal(filed[0].get('address_string'), '五一广场，福州市鼓楼区五一中路');
  assert.deepEqual(errors, []);
});

test("WeChat's wx.chooseLocation (GCJ-02) names the place; a plain position is shown in words", async () => {
  const { page, errors } = await openInHost((gcj) => {
    window.wx = {
      chooseImage: () => {},
      getLocation: (o) => setTimeout(() => o.success({ latitude: 26.074508, longitude: 119.296494, accuracy: 30 }), 10),
      chooseLocation: (o) => setTimeout(() => o.success({ name: '福州市人民政府', address: '鼓楼区八一七北路84号',
                                                           latitude: gcj.latitude, longitude: gcj.longitude }), 10),
    };
  }, GCJ);
  await tapItem(page, '投诉');
  await tapItem(page, '上水井盖');
  await tapItem(page, '使用我现在的位置');
  await waitForItem(page, '已定位到您现在所在的位置（坐标 26.07451, 119.29649）');
  await page.screenshot({ path: path.join(SHOT_DIR, 'phone_host_position_words.png') });
  await tapItem(page, '在地图上选择');
  await waitForItem(page, '福州市人民政府');
  await waitForItem(page, '鼓楼区八一七北路84号');
  assert.deepEqual(errors, []);
});
