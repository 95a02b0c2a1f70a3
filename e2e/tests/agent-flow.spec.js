// From an empty page to the fix steps, the way an agent works on the phone.
const { test, expect } = require('@playwright/test');
const { watch, appReady } = require('./helpers');

test('an address and a retired host give host-retired and steps naming the new host', async ({ page }) => {
  const rec = await watch(page);
  await page.goto('./');
  await appReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('[data-code]')).toHaveCount(0);

  await page.getByLabel('メールアドレス', { exact: true }).fill('taro@kita.aoi.example.jp');
  await expect(page.locator('[data-brand="aoi"]')).toBeVisible();
  await page.locator('#f-in-protocol').selectOption('pop3');
  await page.locator('#f-in-host').fill('mail.aoi.example.jp');

  const finding = page.locator('[data-code="host-retired"]');
  await expect(finding).toBeVisible();
  await expect(finding).toHaveAttribute('data-severity', 'error');
  const host = page.locator('[data-field="incoming.host"]');
  await expect(host).toHaveAttribute('data-value', 'pop.mail.example.jp');
  await expect(host).toHaveAttribute('data-changed', 'true');
  await expect(page.locator('.step-list')).toContainText('pop.mail.example.jp');

  expect(rec.errors).toEqual([]);
});

test('the language switch changes the page and <html lang>, keeping what was typed', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await page.locator('#f-address').fill('taro@kita.aoi.example.jp');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Mail Setup Doctor');
  await expect(page.locator('#f-address')).toHaveValue('taro@kita.aoi.example.jp');
});

test('without a published profile.toml the demo profile is used and said so', async ({ page }) => {
  await page.route('**/profile.toml', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  await appReady(page);
  await expect(page.locator('[data-profile="demo"]')).toBeVisible();
  await page.locator('#f-address').fill('taro@kita.aoi.example.jp');
  await expect(page.locator('[data-field="incoming.host"]')).toHaveCount(1);
});

test('an invalid published profile shows its errors by line and key, and the demo is used', async ({ page }) => {
  await page.route('**/profile.toml', (route) =>
    route.fulfill({ status: 200, contentType: 'text/plain', body: '[isp]\nname = 1\n[policy]\nmin_tls = "0.9"\n' }),
  );
  await page.goto('./');
  await appReady(page);
  await expect(page.locator('[data-profile="demo"]')).toBeVisible();
  await expect(page.locator('.profile-error').first()).toBeVisible();
});
