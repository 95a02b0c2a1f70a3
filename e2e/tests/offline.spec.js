// The offline copy (static/sw.js): once the service worker controls the page, the agent console
// works without a network; a newly published profile.toml is picked up as soon as it is online.
const { test, expect } = require('@playwright/test');
const { watch, appReady, swControls } = require('./helpers');
const { startServer, publishedDemo } = require('../server');

// Every other spec blocks service workers (playwright.config.js); this one needs it.
test.use({ serviceWorkers: 'allow' });


async function diagnoseRetiredHost(page, address) {
  await page.locator('#f-address').fill(address);
  await page.locator('#f-in-protocol').selectOption('pop3');
  await page.locator('#f-in-host').fill('mail.aoi.example.jp');
  await expect(page.locator('[data-code="host-retired"]')).toBeVisible();
}

test('offline after one visit: the agent console still loads and diagnoses', async ({ page, context }) => {
  const rec = await watch(page);
  await page.goto('./');
  await appReady(page);
  await swControls(page);

  await context.setOffline(true);
  try {
    await page.reload();
    await appReady(page);
    // The published profile came from the cache, said as a saved copy: no demo banner.
    await expect(page.locator('[data-profile="demo"]')).toHaveCount(0);
    await expect(page.locator('[data-profile="saved"]')).toBeVisible();
    await diagnoseRetiredHost(page, 'taro@kita.aoi.example.jp');
    await expect(page.locator('[data-brand="aoi"]')).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
  expect(rec.errors).toEqual([]);
  expect(await rec.violations()).toEqual([]);
});

test('a newly published profile.toml is used on the next online visit', async ({ page }) => {
  // A server of this test's own (e2e/server.js), where a new profile can be published.
  const server = await startServer({ profile: publishedDemo('e2e-1') });
  try {
    await page.goto(server.url);
    await appReady(page);
    await swControls(page);
    // Not in the published profile yet: the domain is unknown.
    await page.locator('#f-address').fill('taro@shinki.aoi.example.jp');
    await expect(page.locator('[data-brand="aoi"]')).toHaveCount(0);
    const changed = publishedDemo('e2e-2').replace(
      '"aoi.example.jp", "kita.aoi.example.jp",',
      '"aoi.example.jp", "shinki.aoi.example.jp", "kita.aoi.example.jp",',
    );
    expect(changed).not.toEqual(publishedDemo('e2e-2'));
    server.publish(changed);
    await page.reload();
    await appReady(page);
    await expect(page.locator('[data-profile="demo"]')).toHaveCount(0);
    await expect(page.locator('[data-profile-id]')).toHaveAttribute('data-profile-version', 'e2e-2');
    // The case was kept in the address bar across the reload.
    await expect(page.locator('#f-address')).toHaveValue('taro@shinki.aoi.example.jp');
    await expect(page.locator('[data-brand="aoi"]')).toBeVisible();
  } finally {
    await server.close();
  }
});
