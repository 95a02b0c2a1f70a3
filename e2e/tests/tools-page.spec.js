// tools.html: the desk's profile browser and tools (DNS, login-IP check, advisor, import).
// index.html (the agent console) and help.html (the customers' pages) are built without them and
// open a tool's route there, with its query; tools.html opens the console's and the customers'
// routes on their pages the same way (src/pages/to_desk.rs). The desk's service worker precaches
// all three pages, so the desk works offline after one visit.
const { test, expect } = require('@playwright/test');
const { watch, appReady, swControls, DIST, wasmOf, cachedNames } = require('./helpers');

test('index.html loads its own build, and a tool route goes on to tools.html with its query', async ({ page }) => {
  expect(wasmOf('index.html')).not.toEqual(wasmOf('tools.html'));

  const rec = await watch(page);
  await page.goto('./');
  await appReady(page);
  await page.goto('./#/advisor?r=10&m=200&t=0&w=61&n=1000');
  await page.waitForURL(/\/tools\.html#\/advisor\?r=10&m=200&t=0&w=61&n=1000$/);
  await expect(page.locator('#adv-form-title')).toBeVisible();
  // The hop replaced the entry: Back returns to the console, not to the hop.
  await page.goBack();
  await appReady(page);
  expect(new URL(page.url()).pathname).toMatch(/\/(index\.html)?$/);
  const wasm = rec.requests.filter((u) => u.endsWith('_bg.wasm')).map((u) => u.split('/').pop());
  expect(wasm).toContain(wasmOf('index.html'));
  expect(wasm).toContain(wasmOf('tools.html'));
  expect(rec.errors).toEqual([]);
  expect(await rec.violations()).toEqual([]);
});

test('the header\'s DNS link on the console opens the DNS page in tools.html', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  await page.locator('header [data-nav-page="dns"]').click();
  await page.waitForURL(/\/tools\.html#\/dns$/);
  await expect(page.locator('[data-nav-page="dns"]')).toHaveAttribute('aria-current', 'page');
  // The console is one click away, back on index.html.
  await page.locator('header [data-nav-page="agent"]').click();
  await page.waitForURL(/\/index\.html#\/agent$/);
  await appReady(page);
});

test('the profile browser opens in tools.html, and a guide link there opens help.html in the language chosen', async ({ page }) => {
  const rec = await watch(page);
  await page.goto('./#/profile?domain=kita.aoi.example.jp');
  await page.waitForURL(/\/tools\.html#\/profile\?domain=kita\.aoi\.example\.jp$/);
  await expect(page.locator('.profile-page')).toBeVisible();
  await page.locator('button[data-lang="en"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The tab keeps the language across the app's pages.
  await page.evaluate(() => { location.hash = '#/guides'; });
  await page.waitForURL(/\/help\.html#\/guides$/);
  await expect(page.locator('.guide-index')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const wasm = rec.requests.filter((u) => u.endsWith('_bg.wasm')).map((u) => u.split('/').pop());
  expect(wasm).toEqual([wasmOf('index.html'), wasmOf('tools.html'), wasmOf('help.html')]);
  expect(rec.errors).toEqual([]);
});

test('a tool route opened on help.html goes straight to tools.html', async ({ page }) => {
  const rec = await watch(page);
  await page.goto('./help.html#/login-ip');
  await page.waitForURL(/\/tools\.html#\/login-ip$/);
  await expect(page.locator('#login-ip-text')).toBeVisible();
  const pages = rec.requests.filter((u) => u.endsWith('.html')).map((u) => u.split('/').pop());
  expect(pages).not.toContain('index.html');
});

test.describe('offline copy of the desk', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit to index.html, the tools and the customers\' guides open offline too', async ({ page, context }) => {
    const rec = await watch(page);
    await page.goto('./');
    await appReady(page);
    await swControls(page);
    const cached = await cachedNames(page);
    expect(cached).toContain(wasmOf('index.html'));
    expect(cached).toContain('tools.html');
    expect(cached).toContain(wasmOf('tools.html'));
    expect(cached).toContain('help.html');
    expect(cached).toContain(wasmOf('help.html'));

    await context.setOffline(true);
    try {
      await page.goto('./tools.html#/advisor?r=10&m=200&t=0&w=61&n=1000');
      await expect(page.locator('#adv-form-title')).toBeVisible();
      await page.goto('./help.html#/guides');
      await expect(page.locator('.guide-index')).toBeVisible();
    } finally {
      await context.setOffline(false);
    }
    expect(rec.errors).toEqual([]);
  });
});
