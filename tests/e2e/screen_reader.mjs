// Helpers for browser tests that use the app as a screen-reader or keyboard user does: only the page's
// accessible mirror of the canvas (web/a11y), found by role and name, and keys. No coordinates, no QA
// hooks: what these helpers can reach is what assistive technology can reach.
import assert from 'node:assert/strict';

// The screen whose title (the one level-1 heading) is `name` is shown, and the reader was moved to it.
export async function onScreen(page, name) {
  const heading = page.getByRole('heading', { level: 1, name, exact: true });
  await heading.waitFor({ timeout: 20000 });
  await page.waitForFunction((n) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === n,
                             name, { timeout: 10000 }).catch(async () => {
    const active = await page.evaluate(() => document.activeElement?.outerHTML);
    assert.fail(`the focus did not move to the heading '${name}' (it is on ${active})`);
  });
}

// Enter on the control with this role and name (a screen reader's double tap does the same click).
export async function activate(page, role, name) {
  await page.getByRole(role, { name, exact: true }).press('Enter');
}

// Edits the text field labelled `label`: focusing its mirror opens the browser's editor over it; the
// text is typed there; Escape ends editing on the field.
export async function typeInto(page, label, text) {
  await page.getByLabel(label, { exact: true }).focus();
  await page.waitForFunction((l) => document.activeElement?.id === 'hotline-text-input' &&
                                    document.activeElement.getAttribute('aria-label') === l, label, { timeout: 10000 });
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  // The app shows the typed text in the field (the mirror's textbox value).
  await page.getByRole('textbox', { name: label, exact: true }).filter({ hasText: text.slice(-4) })
      .waitFor({ timeout: 10000 });
}

// What the live region says (announcements: sent, saved, field errors), waited for until it includes
// `text`.
export async function announced(page, text) {
  const status = page.getByRole('status');
  const deadline = Date.now() + 20000;
  let said = '';
  while (Date.now() < deadline) {
    said = (await status.textContent()) || '';
    if (said.includes(text)) return said;
    await page.waitForTimeout(100);
  }
  assert.fail(`'${text}' was not announced (the live region says '${said}')`);
}

// The accessible name of the focused element: its label, else its text.
export function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? (el.getAttribute('aria-label') || el.textContent || '').trim() : '';
  });
}

// Presses Tab (Shift+Tab when `backwards`) until the focused element is named `name`; fails after
// `limit` presses, naming what was passed.
export async function tabTo(page, name, { backwards = false, limit = 40 } = {}) {
  const passed = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focusedName(page);
    if (now === name) return passed.length + 1;
    passed.push(now);
  }
  assert.fail(`Tab never reached '${name}'; it passed ${JSON.stringify(passed)}`);
}
