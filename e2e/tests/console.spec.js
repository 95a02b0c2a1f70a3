// The agent console: keyboard-only use, copy as text, the share link (short and long form), the
// one-page A4 printout, axe-core, and screenshots at 1280 px and 390 px.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const fs = require('fs');
const path = require('path');
const { sharedCase, caseLink, watch, appReady } = require('./helpers');

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

/** Presses Tab until `#id` has the focus; returns the ids focused on the way. */
async function tabTo(page, id, max = 60) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(() => document.activeElement && document.activeElement.id);
    seen.push(now);
    if (now === id) return seen;
  }
  throw new Error(`#${id} never got the focus; saw ${seen.join(', ')}`);
}

const codesOn = (page) => page.locator('[data-code]').evaluateAll((els) => els.map((e) => e.dataset.code));

test('keyboard only: from an empty page to the fix steps, then jump to the results and copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const rec = await watch(page);
  await page.goto('./#/agent');
  await appReady(page);
  await page.locator('body').focus();

  // The address comes first in the form, then the app, then the servers.
  const toAddress = await tabTo(page, 'f-address');
  await page.keyboard.type('taro@kita.aoi.example.jp');
  await expect(page.locator('[data-brand="aoi"]')).toBeVisible();
  const order = await tabTo(page, 'f-in-host');
  expect(order.indexOf('f-client')).toBeGreaterThanOrEqual(0);
  expect(order.indexOf('f-client')).toBeLessThan(order.indexOf('f-client-version'));
  expect(order.indexOf('f-in-protocol')).toBeLessThan(order.indexOf('f-in-host'));
  await page.keyboard.type('mail.aoi.example.jp');
  await page.keyboard.press('Tab');
  await page.keyboard.type('110');
  await expect(page.locator('[data-code="host-retired"]')).toBeVisible();
  await expect(page.locator('.step-list li').first()).toBeVisible();
  // The focus is visible (an outline) on the control in use.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  expect(outline).not.toBe('none');

  // Alt+R: the results; Alt+C: copy as text.
  await page.keyboard.press('Alt+r');
  await expect(page.locator('#results')).toBeFocused();
  await page.keyboard.press('Alt+c');
  await expect(page.locator('.copy-status')).toHaveText('コピーしました');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('#fix-text').inputValue());
  expect(copied).toMatch(/(imap|pop)\.mail\.example\.jp/);
  // Before the address: only the skip link, the header's page links (ten on the desk's pages
  // since the server health and the log survey) and the two language buttons — no form field.
  expect(toAddress.filter((id) => id && id.startsWith('f-'))).toEqual(['f-address']);
  expect(toAddress.length).toBeLessThan(17);
  expect(rec.errors).toEqual([]);
});

test('copy as text: the clipboard holds the plain text, without agent notes', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./' + caseLink(sharedCase('01').case));
  await appReady(page);
  await page.locator('#copy-text').click();
  await expect(page.locator('.copy-status')).toHaveText('コピーしました');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('smtp.mail.example.jp');
  expect(copied).toContain('0120-XXX-XXX');
  const note = await page.locator('[data-agent-only] [data-note-code]').first().innerText();
  expect(copied).not.toContain(note.replace(/^\S+\s/, ''));
});

test('copy as text falls back to a selected read-only text box', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    document.execCommand = () => false;
  });
  await page.goto('./' + caseLink(sharedCase('01').case));
  await appReady(page);
  await page.locator('#copy-text').click();
  await expect(page.locator('.copy-status')).toContainText('Ctrl+C');
  await expect(page.locator('#fix-text-box')).toHaveAttribute('open', '');
  await expect(page.locator('#fix-text')).toBeFocused();
  expect(await page.locator('#fix-text').getAttribute('readonly')).not.toBeNull();
  const selected = await page.evaluate(() => {
    const t = document.getElementById('fix-text');
    return t.selectionEnd - t.selectionStart === t.value.length && t.value.length > 0;
  });
  expect(selected).toBe(true);
});

test('the share link reopens the same case, in its short and its long form', async ({ page, context }) => {
  const example = sharedCase('01');
  await page.goto('./' + caseLink(example.case));
  await appReady(page);
  await expect(page.locator('[data-code]').first()).toBeVisible();
  const codes = await codesOn(page);
  const short = await page.locator('#share-link').inputValue();
  expect(short).toMatch(/#\/c\/[A-Za-z0-9_-]+$/);
  const payload = short.split('#/c/')[1];
  const json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  expect(json.address).toBe(example.case.address);
  expect(JSON.stringify(json)).not.toMatch(/"password"\s*:/i);
  const long = page.url();
  expect(long).toContain('#/agent?case=');

  for (const link of [short, long]) {
    const other = await context.newPage();
    await other.goto(link);
    await appReady(other);
    await expect(other.locator('#f-address')).toHaveValue(example.case.address);
    await expect(other.locator('#f-in-port')).toHaveValue('110');
    await expect(other.locator('[data-code]')).toHaveCount(codes.length);
    expect(await codesOn(other)).toEqual(codes);
    await other.close();
  }
});

test('the printout of shared case 01 is one A4 page without form, notes or navigation', async ({ page }) => {
  await page.goto('./' + caseLink(sharedCase('01').case));
  await appReady(page);
  await expect(page.locator('.step-list li').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.case-form', '[data-agent-only]', 'header.top', '.fix-tools', '.keys', '.export']) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  for (const shown of ['.print-head', '.summary', '.findings', '.corrected', '.steps', '.contact']) {
    await expect(page.locator(shown).first()).toBeVisible();
  }
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, path: path.join(ARTIFACTS, 'print-01.pdf') });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
  expect(pages).toBe(1);
});

test('the agent console with a diagnosed case has no axe violations, in both languages', async ({ page }) => {
  await page.goto('./' + caseLink(sharedCase('01').case));
  await appReady(page);
  await expect(page.locator('[data-agent-only]')).toBeVisible();
  for (const lang of ['ja', 'en']) {
    await page.locator(`button[data-lang="${lang}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
  await page.locator('button[data-lang="ja"]').click();
  await page.screenshot({ path: path.join(ARTIFACTS, 'console-1280.png') });
  await page.screenshot({ path: path.join(ARTIFACTS, 'console-1280-full.png'), fullPage: true });
});

test('the agent console at 390 px: stacked, nothing wider than the screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('./' + caseLink(sharedCase('01').case));
  await appReady(page);
  await expect(page.locator('[data-agent-only]')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const form = await page.locator('.case-form').boundingBox();
  const results = await page.locator('#results').boundingBox();
  expect(results.y).toBeGreaterThan(form.y + form.height - 1);
  await page.screenshot({ path: path.join(ARTIFACTS, 'console-390-full.png'), fullPage: true });
  await context.close();
});
