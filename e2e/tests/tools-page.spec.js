// tools.html: the full app with the desk's tools (DNS, login-IP check, advisor, import). index.html
// (the agent console and the profile browser) and help.html (the customers' pages) are built
// without them and open a tool's route there, with its query (src/pages/to_desk.rs). The desk's
// service worker also precaches tools.html, so the tools work offline after one visit.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { watch, appReady, swControls, DIST, wasmOf, cachedNames } = require('./helpers');

test('index.html loads a lighter build than tools.html, and a tool route goes on to tools.html with its query', async ({ page }) => {
  const size = (f) => fs.statSync(path.join(DIST, f)).size;
  expect(wasmOf('index.html')).not.toEqual(wasmOf('tools.html'));
  expect(size(wasmOf('index.html'))).toBeLessThan(size(wasmOf('tools.html')) * 0.85);

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
  // The console is one click away, on the same page (tools.html has every page).
  await page.locator('header [data-nav-page="agent"]').click();
  await appReady(page);
  expect(page.url()).toMatch(/\/tools\.html#\/agent$/);
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

  test('after one visit to index.html, the tools open offline too', async ({ page, context }) => {
    const rec = await watch(page);
    await page.goto('./');
    await appReady(page);
    await swControls(page);
    const cached = await cachedNames(page);
    expect(cached).toContain(wasmOf('index.html'));
    expect(cached).toContain('tools.html');
    expect(cached).toContain(wasmOf('tools.html'));
    expect(cached).not.toContain(wasmOf('help.html'));

    await context.setOffline(true);
    try {
      await page.goto('./tools.html#/advisor?r=10&m=200&t=0&w=61&n=1000');
      await expect(page.locator('#adv-form-title')).toBeVisible();
    } finally {
      await context.setOffline(false);
    }
    expect(rec.errors).toEqual([]);
  });
});
