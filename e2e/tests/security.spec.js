// The strict CSP works with the build, and nothing leaves 127.0.0.1.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { sharedCase, caseLink, watch, appReady, appRoutes } = require('./helpers');

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

test('the pages share one Content-Security-Policy but for the DoH resolver, only where DNS runs; help.html runs under it', async ({ page }) => {
  // The pages are separate Trunk entries (index.html, help.html, tools.html, and the static
  // 404.html): their policies must not drift apart, and only tools.html (the DNS checks) may
  // connect to the resolver (deploy/README.md).
  const DIST = process.env.E2E_DIST || path.join(__dirname, '..', '..', 'dist');
  const cspOf = (file) =>
    fs.readFileSync(path.join(DIST, file), 'utf8').match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)[1];
  expect(cspOf('help.html')).toEqual(cspOf('index.html'));
  expect(cspOf('404.html')).toEqual(cspOf('index.html'));
  expect(cspOf('index.html')).toContain("connect-src 'self';");
  expect(cspOf('tools.html')).toEqual(cspOf('index.html').replace("connect-src 'self';", "connect-src 'self' https://dns.google;"));
  const rec = await watch(page);
  await page.goto('./help.html');
  await page.locator('#sh-address').fill('taro@kita.aoi.example.jp');
  await expect(page.locator('[data-address="known"]')).toBeVisible();
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.locator('input[type="password"]').count()).toBe(0);
  expect(await rec.violations()).toEqual([]);
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

test('no password field on any route of the router', async ({ page }) => {
  const routes = appRoutes();
  expect(routes.length).toBeGreaterThan(3);
  const rec = await watch(page);
  const violations = [];
  for (const route of routes) {
    await page.goto('about:blank');
    // Opened on the desk's index.html; a route it does not carry goes on to the page that does
    // (src/pages/to_desk.rs, tools-page.spec.js), and is checked there.
    await page.goto('./index.html#' + route);
    // The app has rendered this route: its header is there (the static shell has no nav).
    await page.locator('header nav').first().waitFor();
    // A hop's page (#to-desk) is gone once the page that carries the route has loaded.
    await expect(page.locator('#to-desk')).toHaveCount(0);
    await page.locator('header nav').first().waitFor();
    expect(await page.locator('input[type="password"]').count(), route).toBe(0);
    violations.push(...(await rec.violations()).map((v) => `${route}: ${v}`));
  }
  expect(violations).toEqual([]);
  expect(rec.errors).toEqual([]);
});
