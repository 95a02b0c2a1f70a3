// The strict CSP works with the build, and nothing leaves 127.0.0.1.
const { test, expect } = require('@playwright/test');
const { sharedCase, caseLink, watch, appReady } = require('./helpers');

test('the app runs under its Content-Security-Policy with no violation', async ({ page }) => {
  const rec = await watch(page);
  await page.goto('./' + caseLink(sharedCase('01').case));
  await appReady(page);
  await expect(page.locator('[data-code]').first()).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  // No inline scripts at all in the built page.
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await rec.violations()).toEqual([]);
  expect(rec.console.filter((m) => /Content.Security.Policy/i.test(m))).toEqual([]);
  expect(rec.errors).toEqual([]);
});

test('no request leaves 127.0.0.1', async ({ page, baseURL }) => {
  const rec = await watch(page);
  await page.goto('./');
  await appReady(page);
  await page.locator('#f-address').fill('taro@kita.aoi.example.jp');
  await page.locator('#f-in-host').fill('mail.aoi.example.jp');
  await page.locator('#f-error-text').fill('0x800CCC0E 554 5.7.1');
  await expect(page.locator('[data-code="host-retired"]')).toBeVisible();
  expect(rec.requests.length).toBeGreaterThan(0);
  const outside = rec.requests.filter((u) => !u.startsWith(baseURL) && !u.startsWith('data:'));
  expect(outside).toEqual([]);
});

test('no password field exists anywhere', async ({ page }) => {
  await page.goto('./' + caseLink(sharedCase('01').case));
  await appReady(page);
  expect(await page.locator('input[type="password"]').count()).toBe(0);
  expect(page.url()).not.toMatch(/password/i);
});
