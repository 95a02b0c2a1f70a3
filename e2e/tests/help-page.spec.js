// help.html: the customers' pages (self-help and guides) as their own, smaller build (the app
// with its "customers" feature alone; scripts/build-release). What a customer's phone loads, that the
// flows work there, that a desk link opened on it lands on index.html, and that its offline copy
// holds only its own files.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { watch, appReady, sharedCase, caseLink, swControls, DIST, wasmOf, cachedNames } = require('./helpers');

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const ADDRESS = 'taro@kita.aoi.example.jp';

test.use(PHONE);

test('help.html loads its own smaller build, and the self-help flow works on it', async ({ page }) => {
  const helpWasm = wasmOf('help.html');
  const deskWasm = wasmOf('index.html');
  const toolsWasm = wasmOf('tools.html');
  expect(helpWasm).not.toEqual(deskWasm);
  expect(helpWasm).not.toEqual(toolsWasm);
  const size = (f) => fs.statSync(path.join(DIST, f)).size;
  expect(size(helpWasm)).toBeLessThan(size(deskWasm));

  const rec = await watch(page);
  await page.goto('./help.html');
  // The page's home is the self-help question, not the agent console.
  await page.locator('#sh-address').waitFor();
  await expect(page.locator('#f-address')).toHaveCount(0);
  await expect(page).toHaveTitle(/セルフチェック/);
  // Its home is the self-help page, and the header says so (not the desk's link).
  await expect(page.locator('[data-nav-page="help"]')).toHaveAttribute('aria-current', 'page');
  // The customers' header has no link to the desk's console.
  await expect(page.locator('[data-nav-page="agent"]')).toHaveCount(0);
  // The static first lines in help.html are the page's own (they must not drift apart).
  const shell = fs.readFileSync(path.join(DIST, 'help.html'), 'utf8').match(/<p class="help-intro"[^>]*>([^<]+)<\/p>/);
  expect(shell, 'help.html has the intro in its static shell').not.toBeNull();
  await expect(page.locator('p.help-intro')).toHaveText(shell[1]);
  await page.locator('#sh-address').fill(ADDRESS);
  await expect(page.locator('[data-address="known"]')).toBeVisible();
  await page.locator('[data-nav="next"]').click();
  await page.locator('[data-client="thunderbird"]').click();
  await expect(page.locator('[data-screen="task"]')).toBeVisible();
  await page.locator('[data-task="new"]').click();
  await expect(page.locator('[data-screen="guide"]')).toBeVisible();
  await expect(page.locator('code.value', { hasText: /^imap\.mail\.example\.jp$/ }).first()).toBeVisible();
  // A typed value can be copied; a choice (接続の保護: SSL/TLS) is not offered for copying.
  const row = (value) => page.locator('.value-row', { has: page.locator('code.value', { hasText: value }) }).first();
  await expect(row(/^imap\.mail\.example\.jp$/).locator('button.copy')).toHaveCount(1);
  await expect(row(/^SSL\/TLS$/)).toBeVisible();
  await expect(row(/^SSL\/TLS$/).locator('button.copy')).toHaveCount(0);
  await expect(page.locator('[data-agent-only]')).toHaveCount(0);
  // The desk's tools are not in the header of the customers' page.
  await expect(page.locator('[data-nav-page="dns"]')).toHaveCount(0);

  const wasmRequests = rec.requests.filter((u) => u.endsWith('.wasm')).map((u) => u.split('/').pop());
  expect(wasmRequests).toEqual([helpWasm]);
  expect(rec.requests.every((u) => u.startsWith('http://127.0.0.1:'))).toBe(true);
  expect(rec.errors).toEqual([]);
  expect(rec.console).toEqual([]);
  expect(await rec.violations()).toEqual([]);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('a guide deep link opens on help.html, in English too', async ({ page }) => {
  const rec = await watch(page);
  await page.goto(`./help.html#/guide/outlook-new/new-account?address=${encodeURIComponent(ADDRESS)}`);
  await expect(page.locator('.guide-step').first()).toBeVisible();
  await expect(page.locator('code.value', { hasText: /^smtp\.mail\.example\.jp$/ }).first()).toBeVisible();
  // The guide tables' English is not in help.html's build: it comes with english.toml, fetched
  // when English is chosen (not before), and the steps are then English, not Japanese.
  expect(rec.requests.filter((u) => u.endsWith('/english.toml'))).toEqual([]);
  await page.locator('button[data-lang="en"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.guide-step').first()).toContainText('Open Outlook (new) and select Settings');
  await expect(page.locator('main')).not.toContainText('を選びます');
  // The page's own words come with the same file (i18n::english): the header's links and the
  // guide's address box are English too.
  await expect(page.locator('header nav')).toContainText('Setup guides');
  await expect(page.locator('header nav')).not.toContainText('設定ガイド');
  await expect(page.locator('label[for="g-address"]')).not.toContainText(/[\u3040-\u30ff\u4e00-\u9fff]/);
  expect(rec.requests.filter((u) => u.endsWith('/english.toml'))).toHaveLength(1);
  // An address typed into the guide's box goes into the address bar, so a reload or a
  // bookmark keeps it.
  await page.locator('#g-address').fill('hanako@midori.example.jp');
  await expect(page).toHaveURL(/address=hanako@midori\.example\.jp/);
  await page.reload();
  await expect(page.locator('#g-address')).toHaveValue('hanako@midori.example.jp');
  await page.locator('#g-address').fill('');
  await expect(page).not.toHaveURL(/address=/);
  expect(rec.errors).toEqual([]);
  expect(await rec.violations()).toEqual([]);
});

test('a desk link opened on help.html lands on index.html with the same case', async ({ page }) => {
  const c = sharedCase('01').case;
  await page.goto('./help.html#/guides');
  await expect(page.locator('.guide-index')).toBeVisible();
  const before = await page.evaluate(() => history.length);
  // As when a customer's page is given an agent's share link.
  await page.evaluate((hash) => { location.hash = hash; }, caseLink(c));
  await page.waitForURL(/\/index\.html#\/agent\?case=/);
  await appReady(page);
  await expect(page.locator('#f-address')).toHaveValue(c.address);
  // The hop replaced the desk route's entry: Back returns to the guides, not to a page that
  // would send the user forward again.
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await page.waitForURL(/\/help\.html#\/guides$/);
  await expect(page.locator('.guide-index')).toBeVisible();
});

test("the agent's customer link opens the customer's guide on help.html with their values", async ({ page }) => {
  const c = sharedCase('01').case;
  await page.goto(`./index.html${caseLink(c)}`);
  await appReady(page);
  const link = await page.locator('#customer-link').inputValue();
  // With the system, so that the guide says what Windows 7 means first.
  expect(link).toMatch(/\/help\.html#\/guide\/outlook-classic\/fix-existing\?address=taro@kita\.aoi\.example\.jp&protocol=pop3&version=2010&os=windows-7$/);
  expect(link).not.toMatch(/password/i);
  const rec = await watch(page);
  await page.goto(link);
  await expect(page.locator('#g-address')).toHaveValue(c.address);
  await expect(page.locator('code.value', { hasText: /^pop\.mail\.example\.jp$/ }).first()).toBeVisible();
  await expect(page.locator('code.value', { hasText: /^995$/ }).first()).toBeVisible();
  await expect(page.locator('[data-agent-only]')).toHaveCount(0);
  await expect(page.locator('[data-notices] [data-code="client-tls-legacy"]')).toBeVisible();
  const wasm = rec.requests.filter((u) => u.endsWith('.wasm')).map((u) => u.split('/').pop());
  expect(wasm).toEqual([wasmOf('help.html')]);
});

test.describe('offline copy of help.html', () => {
  test.use({ serviceWorkers: 'allow' });

  test('precaches only its own files, and works offline after one visit', async ({ page, context }) => {
    const rec = await watch(page);
    await page.goto('./help.html');
    await page.locator('#sh-address').waitFor();
    await swControls(page);
    const cached = await cachedNames(page);
    expect(cached).toContain('help.html');
    expect(cached).toContain(wasmOf('help.html'));
    expect(cached).toContain('profile.toml');
    expect(cached).not.toContain(wasmOf('index.html'));
    expect(cached).not.toContain(wasmOf('tools.html'));
    expect(cached).not.toContain('index.html');

    await context.setOffline(true);
    try {
      await page.reload();
      await page.locator('#sh-address').fill(ADDRESS);
      await expect(page.locator('[data-address="known"]')).toBeVisible();
      await expect(page.locator('[data-profile="demo"]')).toHaveCount(0);
    } finally {
      await context.setOffline(false);
    }
    expect(rec.errors).toEqual([]);
  });
});
