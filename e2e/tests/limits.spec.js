// Limits and privacy (issue 12) in real Chromium: how long a link Chromium opens (measured, to
// e2e/artifacts/limits.json and docs/deployment.md), pasted text cut at its limit with a message,
// long share links warned about, passwords kept out of the address bar and links, link values
// with hidden characters refused, an unhandled error shown as the recoverable message.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { appReady, caseLink } = require('./helpers');

const ARTIFACT = path.join(__dirname, '..', 'artifacts', 'limits.json');

// The figure (docs/deployment.md): E2E_MEASURE=1 measures up to Chromium's limit and one past it
// (~30 s); the quick run of scripts/test opens the safe length and a long link only.
const MEASURE = !!process.env.E2E_MEASURE;

test('Chromium opens links up to 2 MiB; the app keeps its own links far below', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const base = `${baseURL}404.html#`;
  const measured = [];
  const lengths = MEASURE ? [8_000, 65_536, 1_048_576, 2_097_152, 2_097_153] : [8_000, 65_536];
  for (const total of lengths) {
    const url = base + 'a'.repeat(total - base.length);
    let got = 0;
    try {
      await page.goto(url);
      got = await page.evaluate(() => location.href.length);
    } catch {
      got = 0;
    }
    measured.push({ url_chars: total, opened_chars: got });
    await page.goto('about:blank');
  }
  fs.mkdirSync(path.dirname(ARTIFACT), { recursive: true });
  fs.writeFileSync(ARTIFACT, JSON.stringify({ chromium: measured }, null, 2) + '\n');
  // Up to 2 MiB (2,097,152 characters) the whole link arrives; one more and it does not.
  for (const m of measured.filter((m) => m.url_chars <= 2_097_152)) {
    expect(m.opened_chars, String(m.url_chars)).toBe(m.url_chars);
  }
  if (MEASURE) expect(measured[4].opened_chars).not.toBe(measured[4].url_chars);
});

test('a long paste is cut at the limit and said; long links are warned about', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await page.locator('#f-address').fill('taro@kita.aoi.example.jp');
  const box = page.locator('#f-error-text');
  // 9,000 characters: the share link passes 8,000, a warning (mail and chat may cut it).
  await box.fill('0x800CCC0E '.repeat(820));
  await expect(page.locator('[data-link-length="long"]')).toBeVisible();
  // 100,001 characters: the box keeps 100,000 and says so; the link still opens (under 1 MiB),
  // with the warning.
  await box.fill('x'.repeat(100_001));
  expect((await box.inputValue()).length).toBe(100_000);
  await expect(page.locator('[data-paste-limit]')).toBeVisible();
  await expect(page.locator('[data-link-length="long"]')).toBeVisible();
  await page.reload();
  await appReady(page);
  expect((await box.inputValue()).length).toBe(100_000);
  // The page is still alive and answering.
  await page.locator('#f-address').fill('hanako@kita.aoi.example.jp');
  await expect(page.locator('#f-address')).toHaveValue('hanako@kita.aoi.example.jp');
});

test('passwords in a pasted protocol log never reach the address bar or the share link', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await page.locator('#f-address').fill('taro@kita.aoi.example.jp');
  const log = [
    ' -> AUTH LOGIN',
    ' <- 334 VXNlcm5hbWU6',
    ' -> dGFyb0BraXRhLmFvaS5leGFtcGxlLmpw',
    ' <- 334 UGFzc3dvcmQ6',
    ' -> aHVudGVyMg==',
    ' <- 535 5.7.8 Error: authentication failed',
    'a1 LOGIN taro hunter2',
    'password=hunter2',
  ].join('\n');
  await page.locator('#f-error-text').fill(log);
  await expect(page.locator('[data-redacted="4"]')).toBeVisible();
  const decoded = (link) => Buffer.from(link.split(/case=|#\/c\//).pop(), 'base64url').toString('utf8');
  for (const link of [page.url(), await page.locator('#share-link').inputValue()]) {
    const json = decoded(link);
    expect(json).not.toContain('aHVudGVyMg==');
    expect(json).not.toContain('hunter2');
    expect(json).toContain('535 5.7.8');
  }
  // What the agent pasted stays in the box (the diagnosis reads it).
  await expect(page.locator('#f-error-text')).toHaveValue(log);
});

test('a case link opened on the console is marked as coming from the link; hidden characters refuse it', async ({ page }) => {
  await page.goto('./' + caseLink({ address: 'taro@kita.aoi.example.jp' }));
  await appReady(page);
  await expect(page.locator('[data-from-link]')).toBeVisible();
  await page.goto('about:blank');
  await page.goto('./' + caseLink({ address: 'taro\u202e@kita.aoi.example.jp' }));
  await appReady(page);
  await expect(page.locator('[data-link="bad"]')).toBeVisible();
  await expect(page.locator('#f-address')).toHaveValue('');
});

test('a guide link with a bidi character in its address is refused on help.html', async ({ page }) => {
  await page.goto('./help.html#/guide/outlook-classic/new-account?address=taro%E2%80%AE%40kita.aoi.example.jp');
  await expect(page.locator('#g-address-hint')).toContainText('見えない文字');
  await expect(page.locator('#g-address')).toHaveValue('');
  await page.goto('about:blank');
  await page.goto('./help.html#/guide/outlook-classic/new-account?address=taro%40kita.aoi.example.jp');
  await expect(page.locator('#g-address-hint')).toContainText('リンク');
});

test('an unhandled error or rejection shows the recoverable message', async ({ page }) => {
  for (const fault of [
    () => setTimeout(() => {
      throw new Error('e2e: unhandled');
    }),
    () => {
      Promise.reject(new Error('e2e: unhandled rejection'));
    },
  ]) {
    await page.goto('./');
    await appReady(page);
    await expect(page.locator('#fatal')).toBeHidden();
    await page.evaluate(fault);
    await expect(page.locator('#fatal')).toBeVisible();
    await expect(page.locator('#fatal-reload')).toBeVisible();
  }
});
