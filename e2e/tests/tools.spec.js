// The tools: error decoder on the agent page, the sending-limit advisor, real downloads of the
// three settings files, the autoconfig import with a file upload, and axe on the tool pages.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const fs = require('fs');
const path = require('path');
const { watch, appReady } = require('./helpers');

const ISPDB = path.join(__dirname, '..', '..', 'core', 'tests', 'fixtures', 'ispdb-jp');
const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

const ERRORS = [
  "'Sending' reported error (0x800CCC0E) : 'Cannot connect to the server.'",
  'The server responded: 554 5.7.1 <taro@kita.aoi.example.jp>: Relay access denied',
].join('\n');

async function axeClean(page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

/** Parses XML in the page; returns { ok, names: every element name, keys: plist <key> texts }. */
async function parseXml(page, text) {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const ok = doc.getElementsByTagName('parsererror').length === 0;
    const names = [...doc.getElementsByTagName('*')].map((e) => e.localName);
    const keys = [...doc.getElementsByTagName('key')].map((e) => e.textContent.trim());
    return { ok, names, keys, root: doc.documentElement ? doc.documentElement.localName : '' };
  }, text);
}

test('pasted errors on the agent page open the decoder panel', async ({ page }) => {
  const rec = await watch(page);
  await page.goto('./');
  await appReady(page);
  await page.locator('#f-error-text').fill(ERRORS);
  const panel = page.locator('[data-decoder="agent"]');
  await expect(panel).toBeVisible();
  await expect(panel.locator('[data-error="0x800CCC0E"]')).toBeVisible();
  await expect(panel.locator('[data-error^="554 5.7.1"]')).toBeVisible();
  await expect(panel.locator('[data-error="0x800CCC0E"] [data-cause]').first()).toBeVisible();
  await expect(panel).toContainText('確かめること');
  await expect(panel.locator('[data-suspect]').first()).toBeVisible();
  await page.locator('#f-address').fill('taro@kita.aoi.example.jp');
  await page.locator('#f-out-port').fill('25');
  await expect(panel.locator('[data-confirmed="true"]').first()).toBeVisible();
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS, 'agent-decoder.png') });
  expect(rec.errors).toEqual([]);
});

test('the advisor with the seed example: refused from message 201, drawn and linked', async ({ page }) => {
  const rec = await watch(page);
  await page.goto('./tools.html#/advisor');
  await page.locator('#adv-example').click();
  await expect(page.locator('[data-first-refusal]')).toHaveAttribute('data-first-refusal', '201');
  await expect(page.locator('.verdict-text')).toContainText('201');
  await expect(page.locator('svg.timeline-svg .bar-refused').first()).toBeVisible();
  await expect(page).toHaveURL(/#\/advisor\?r=10&m=200&t=0&w=60&n=1000$/);
  await page.locator('svg.timeline-svg').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS, 'advisor.png'), fullPage: true });

  // The deep link reopens it; a compliant spacing has no refused bars.
  await page.goto('./tools.html#/advisor?r=10&m=200&t=0&w=61&n=1000');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'ok');
  await expect(page.locator('svg.timeline-svg')).toBeVisible();
  await expect(page.locator('svg.timeline-svg .bar-refused')).toHaveCount(0);
  // A spread-out pattern: 300 messages over 60 minutes, in English.
  await page.locator('button[data-lang="en"]').click();
  await page.goto('./tools.html#/advisor?r=150&m=300&t=60');
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'both-over-limit');
  await page.locator('svg.timeline-svg').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ARTIFACTS, 'advisor-spread-en.png'), fullPage: true });
  expect(rec.errors).toEqual([]);
  expect(await rec.violations()).toEqual([]);
});

test('each settings file downloads, parses and holds no password', async ({ page }) => {
  const rec = await watch(page);
  await page.goto('./');
  await appReady(page);
  await expect(page.locator('[data-export="autoconfig"]')).toBeDisabled();
  await page.locator('#f-address').fill('taro@kita.aoi.example.jp');
  const expected = {
    autoconfig: { name: 'config-v1.1.xml', root: 'clientConfig' },
    autodiscover: { name: 'autodiscover.xml', root: 'Autodiscover' },
    mobileconfig: { name: 'kita.aoi.example.jp.mobileconfig', root: 'plist' },
  };
  for (const [format, want] of Object.entries(expected)) {
    const button = page.locator(`[data-export="${format}"]`);
    await expect(button).toBeEnabled();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(want.name);
    const file = await download.path();
    const text = fs.readFileSync(file, 'utf8');
    const parsed = await parseXml(page, text);
    expect(parsed.ok, `${format} parses`).toBe(true);
    expect(parsed.root).toBe(want.root);
    expect(text).toContain('aoi.example.jp');
    // No element or plist key that holds a password.
    expect(parsed.names.filter((n) => /^password$/i.test(n))).toEqual([]);
    expect(parsed.keys.filter((k) => /^(incoming|outgoing)?password$/i.test(k))).toEqual([]);
    await expect(page.locator('.export-status')).toContainText(want.name);
  }
  expect(rec.errors).toEqual([]);
});

test('the import page reads uploaded files into a valid profile TOML with warnings', async ({ page }) => {
  const rec = await watch(page);
  await page.goto('./tools.html#/import');
  await page.locator('#imp-files').setInputFiles([
    path.join(ISPDB, 'biglobe.ne.jp.xml'),
    path.join(ISPDB, 'zoho.jp.xml'),
  ]);
  await expect(page.locator('[data-file]')).toHaveCount(2);
  await expect(page.locator('#imp-toml')).toHaveValue(/biglobe\.ne\.jp/);
  await expect(page.locator('#imp-toml')).toHaveValue(/zoho/);
  await expect(page.locator('[data-valid]')).toHaveAttribute('data-valid', 'true');
  await expect(page.locator('tr.warning[data-warning-file="zoho.jp.xml"]').first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#imp-download').click()]);
  expect(download.suggestedFilename()).toBe('profile.toml');
  expect(fs.readFileSync(await download.path(), 'utf8')).toContain('[[brands]]');
  // Removing one file keeps the other.
  await page.locator('[data-file="zoho.jp.xml"] button').click();
  await expect(page.locator('[data-file]')).toHaveCount(1);
  await expect(page.locator('#imp-toml')).not.toHaveValue(/zoho/);
  expect(rec.errors).toEqual([]);
});

test('the advisor and import pages have no axe violations, in both languages', async ({ page }) => {
  await page.goto('./tools.html#/advisor?r=10&m=200&t=0&w=60&n=1000');
  await expect(page.locator('svg.timeline-svg')).toBeVisible();
  await axeClean(page);
  await page.locator('button[data-lang="en"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await axeClean(page);

  await page.goto('./tools.html#/import');
  await page.locator('#imp-files').setInputFiles(path.join(ISPDB, 'zoho.jp.xml'));
  await expect(page.locator('tr.warning').first()).toBeVisible();
  await axeClean(page);
});

test('the advisor is usable at 390 px wide (screenshot saved to e2e/artifacts)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('./tools.html#/advisor?r=10&m=200&t=0&w=60&n=1000');
  await expect(page.locator('svg.timeline-svg')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.join(ARTIFACTS, 'advisor-390-full.png'), fullPage: true });
  await context.close();
});
