// The self-help page and the guide pages on a phone (390×844): the flows a customer takes, every
// guide link, no sideways scrolling, tap targets, axe in both languages, and screenshots.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const path = require('path');
const { watch } = require('./helpers');

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const ADDRESS = 'taro@kita.aoi.example.jp';
const CLIENTS = [
  'outlook-new', 'outlook-classic', 'windows-mail', 'windows-live-mail', 'thunderbird',
  'apple-mail', 'ios-mail', 'android-gmail', 'becky', 'device',
];
const shots = (name) => path.join(__dirname, '..', 'artifacts', name);

test.use(PHONE);

async function helpReady(page) {
  await page.locator('#sh-address').waitFor();
}

async function noSidewaysScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Every visible button / tap link in the flow is at least 44×44 CSS px. */
async function tapTargetsOk(page) {
  const small = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('main button, main a.tap, main .radio, main .toggle, header nav a')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.height < 44 || r.width < 44) out.push(`${el.outerHTML.slice(0, 80)} ${r.width}x${r.height}`);
    }
    return out;
  });
  expect(small).toEqual([]);
}

async function axeClean(page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

async function answerAddress(page) {
  await page.goto('./#/help');
  await helpReady(page);
  await page.locator('#sh-address').fill(ADDRESS);
  await expect(page.locator('[data-address="known"]')).toBeVisible();
  await page.locator('[data-nav="next"]').click();
  await expect(page.locator('[data-screen="app"]')).toBeVisible();
}

test('address → Outlook (new) → set up new → steps with the values', async ({ page }) => {
  const rec = await watch(page);
  await page.goto('./#/help');
  await helpReady(page);
  await expect(page.locator('[data-progress="1"]')).toBeVisible();
  await noSidewaysScroll(page);
  await tapTargetsOk(page);
  await page.screenshot({ path: shots('help-390-1-address.png') });

  await page.locator('#sh-address').fill(ADDRESS);
  await page.locator('[data-nav="next"]').click();
  await expect(page.locator('[data-screen="app"]')).toBeVisible();
  await expect(page.locator('[data-progress="2"]')).toBeVisible();
  // Names the customer knows, never internal ids.
  await expect(page.locator('[data-client="outlook-new"]')).toContainText('新しい Outlook');
  await expect(page.locator('main')).not.toContainText('outlook-new');
  await noSidewaysScroll(page);
  await tapTargetsOk(page);
  await page.screenshot({ path: shots('help-390-2-app.png') });

  await page.locator('[data-client="outlook-new"]').click();
  await expect(page.locator('[data-screen="version"]')).toBeVisible();
  // The version is a question of its own: no number on two screens in a row.
  await expect(page.locator('[data-progress="3"]')).toBeVisible();
  await expect(page.locator('.progress')).toContainText('3 / 5');
  await page.screenshot({ path: shots('help-390-3-version.png') });
  await page.locator('[data-nav="next"]').click();
  await expect(page.locator('[data-screen="task"]')).toBeVisible();
  await expect(page.locator('[data-task]')).toHaveCount(4);
  await tapTargetsOk(page);
  await page.screenshot({ path: shots('help-390-4-task.png') });

  await page.locator('[data-task="new"]').click();
  await expect(page.locator('[data-screen="guide"]')).toBeVisible();
  await expect(page.locator('[data-progress="5"]')).toBeVisible();
  expect(await page.locator('.guide-step').count()).toBeGreaterThanOrEqual(3);
  for (const value of [ADDRESS, 'imap.mail.example.jp', '993', 'smtp.mail.example.jp', '465']) {
    await expect(page.locator('code.value', { hasText: new RegExp(`^${value.replace(/\./g, '\\.')}$`) }).first()).toBeVisible();
  }
  await expect(page.locator('.step-expect').first()).toContainText('画面にこう表示されます');
  // The demo-derived test profile's number is not a number: shown, never a tel: link.
  await expect(page.locator('[data-support-phone="0120-XXX-XXX"]')).toBeVisible();
  await expect(page.locator('a[href^="tel:"]')).toHaveCount(0);
  await expect(page.locator('[data-agent-only]')).toHaveCount(0);
  await noSidewaysScroll(page);
  await tapTargetsOk(page);
  await page.screenshot({ path: shots('help-390-5-guide.png') });
  await page.screenshot({ path: shots('help-390-5-guide-full.png'), fullPage: true });

  // Back returns to the previous question.
  await page.locator('[data-nav="back"]').click();
  await expect(page.locator('[data-screen="task"]')).toBeVisible();
  expect(rec.errors).toEqual([]);
  expect(await rec.violations()).toEqual([]);
});

test('iPhone, it stopped working, a wrong port → what to change', async ({ page }) => {
  await answerAddress(page);
  await page.locator('[data-client="ios-mail"]').click();
  await page.locator('[data-version="18"]').click();
  await page.locator('[data-task="stopped"]').click();
  await expect(page.locator('[data-screen="check"]')).toBeVisible();
  // In iPhone's own words, with its switch.
  await expect(page.getByText('受信メールサーバ：ホスト名')).toBeVisible();
  await expect(page.locator('#sh-in-security[role="switch"]')).toBeChecked();
  await page.locator('#sh-protocol').selectOption('imap');
  await page.locator('#sh-in-host').fill('imap.mail.example.jp');
  await page.locator('#sh-in-port').fill('995');
  await page.locator('#sh-username').fill(ADDRESS);
  await page.locator('#sh-out-host').fill('smtp.mail.example.jp');
  await page.locator('#sh-out-port').fill('465');
  await expect(page.locator('[data-code="port-wrong"]')).toBeVisible();
  const change = page.locator('[data-change="incoming.port"]');
  await expect(change).toBeVisible();
  await expect(change).toHaveAttribute('data-wanted', '993');
  await expect(change.locator('code.value')).toHaveText('993');
  await expect(page.locator('main')).not.toContainText('port-wrong');
  await expect(page.locator('.guide-steps[data-guide-kind="fix-existing"] .guide-step').first()).toBeVisible();
  await expect(page.locator('[data-agent-only]')).toHaveCount(0);
  await noSidewaysScroll(page);
  await tapTargetsOk(page);
  await page.locator('[data-change="incoming.port"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: shots('help-390-6-check.png') });
  await page.screenshot({ path: shots('help-390-6-check-full.png'), fullPage: true });
  // The error box explains pasted text.
  await page.locator('#sh-error-text').fill('0x800CCC0E');
  await expect(page.locator('[data-match]').first()).toBeVisible();
});

test('a guide link for every app opens with at least three steps', async ({ page }) => {
  for (const id of CLIENTS) {
    await page.goto(`./#/guide/${id}/new-account?address=${encodeURIComponent(ADDRESS)}`);
    await expect(page.locator(`.guide-steps[data-guide-client="${id}"]`)).toBeVisible();
    expect(await page.locator('.guide-step').count(), id).toBeGreaterThanOrEqual(3);
    await expect(page.locator('code.value', { hasText: ADDRESS }).first()).toBeVisible();
    await noSidewaysScroll(page);
  }
  await page.goto('./#/guide/ios-mail/new-account');
  await expect(page.locator('[data-address="sample"]')).toBeVisible();
  await expect(page.locator('[data-mobileconfig]')).toBeVisible();
  await page.screenshot({ path: shots('guide-390-ios.png'), fullPage: true });
  await page.goto('./#/guides');
  await expect(page.locator('.guide-client')).toHaveCount(10);
  await noSidewaysScroll(page);
  await page.screenshot({ path: shots('guides-390.png') });
});

test('no axe violations on the help page and a guide page, in both languages', async ({ page }) => {
  // Ten axe scans: about 40 s on a loaded 2-core machine, over the 30 s default.
  test.setTimeout(90_000);
  for (const lang of ['ja', 'en']) {
    await page.goto('./#/help');
    await helpReady(page);
    await page.locator(`button[data-lang="${lang}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await axeClean(page);
    await page.locator('#sh-address').fill(ADDRESS);
    await page.locator('[data-nav="next"]').click();
    await expect(page.locator('[data-screen="app"]')).toBeVisible();
    await axeClean(page);
    await page.locator('[data-client="ios-mail"]').click();
    await page.locator('[data-version="18"]').click();
    await page.locator('[data-task="stopped"]').click();
    await page.locator('#sh-in-port').fill('995');
    await expect(page.locator('[data-code]').first()).toBeVisible();
    await axeClean(page);
    if (lang === 'en') await page.screenshot({ path: shots('help-390-en-check.png'), fullPage: true });

    await page.goto('./#/guide/outlook-classic/new-account?address=taro%40kita.aoi.example.jp&version=2010&protocol=pop3');
    await expect(page.locator('.guide-step').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await axeClean(page);
    await page.goto('./#/guides');
    await expect(page.locator('.guide-client').first()).toBeVisible();
    await axeClean(page);
  }
});
