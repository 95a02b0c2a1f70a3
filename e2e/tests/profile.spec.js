// The profile browser: deep links, search in any form, "did you mean", the brand list, the nav.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const path = require('path');
const { watch } = require('./helpers');

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');
const ready = (page) => page.locator('#p-domain').waitFor();

test('a deep link opens the brand, its servers and policies', async ({ page }) => {
  const rec = await watch(page);
  await page.goto('./#/profile?domain=kita.aoi.example.jp');
  await ready(page);
  await expect(page.locator('#p-domain')).toHaveValue('kita.aoi.example.jp');
  const found = page.locator('[data-lookup="found"]');
  await expect(found).toHaveAttribute('data-brand', 'aoi');
  await expect(found).toContainText('あおいケーブルテレビ');
  await expect(found).toContainText('Aoi Cable TV');
  await expect(found.locator('[data-endpoint]')).toHaveCount(4);
  await expect(found).toContainText('pop.mail.example.jp');
  await expect(page.locator('[data-policy="foreign-login"]')).toContainText('マイクロソフト');
  await expect(page.locator('[data-profile-source]')).toHaveAttribute('data-profile-source', 'published');
  await expect(page.locator('[data-effective]')).toHaveText('2024-03-31');
  await expect(page.locator('[data-brand-row]')).toHaveCount(12);
  expect(rec.errors).toEqual([]);
});

test('search ignores case, a trailing dot and punycode; a typo gets "did you mean"', async ({ page }) => {
  await page.goto('./#/profile');
  await ready(page);
  for (const typed of ['KITA.AOI.EXAMPLE.JP.', 'xn--f9jvc5b.example.jp', 'ほたる.example.jp']) {
    await page.locator('#p-domain').fill(typed);
    await expect(page.locator('[data-lookup="found"]')).toBeVisible();
  }
  await expect(page.locator('[data-lookup="found"]')).toHaveAttribute('data-brand', 'hotaru');
  await page.locator('#p-domain').fill('kita.aoi.exmaple.jp');
  await expect(page.locator('[data-lookup="unknown"]')).toBeVisible();
  await page.locator('[data-suggestion]').click();
  await expect(page.locator('#p-domain')).toHaveValue('kita.aoi.example.jp');
  await expect(page).toHaveURL(/#\/profile\?domain=kita\.aoi\.example\.jp$/);
});

test('the header nav goes between the agent console and the profile browser', async ({ page }) => {
  await page.goto('./#/agent');
  await page.locator('#f-address').waitFor();
  await page.getByRole('link', { name: 'プロファイル一覧' }).click();
  await ready(page);
  await expect(page.getByRole('link', { name: 'プロファイル一覧' })).toHaveAttribute('aria-current', 'page');
  await page.locator('nav a[href="#/agent"]').click();
  await expect(page.locator('#f-address')).toBeVisible();
});

test('the profile browser has no axe violations (found, unknown, both languages)', async ({ page }) => {
  await page.goto('./#/profile?domain=kita.aoi.example.jp');
  await ready(page);
  await expect(page.locator('[data-lookup="found"]')).toBeVisible();
  for (const lang of ['ja', 'en']) {
    await page.locator(`button[data-lang="${lang}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
  await page.locator('#p-domain').fill('kita.aoi.exmaple.jp');
  await expect(page.locator('[data-suggestion]')).toBeVisible();
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await page.locator('button[data-lang="ja"]').click();
  await page.locator('#p-domain').fill('kita.aoi.example.jp');
  await page.screenshot({ path: path.join(ARTIFACTS, 'profile-1280-full.png'), fullPage: true });
});
