// Accessibility (axe-core: zero violations) and the phone-width screenshot.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const path = require('path');
const { sharedCase, caseLink, appReady } = require('./helpers');

test('the empty agent page has no axe violations', async ({ page }) => {
  await page.goto('./');
  await appReady(page);
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test('a diagnosed case has no axe violations, in both languages', async ({ page }) => {
  await page.goto('./' + caseLink(sharedCase('01').case));
  await appReady(page);
  await expect(page.locator('[data-code]').first()).toBeVisible();
  for (const lang of ['ja', 'en']) {
    await page.locator(`button[data-lang="${lang}"]`).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
});

test('usable at 390 px wide (screenshot saved to e2e/artifacts)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('./' + caseLink(sharedCase('01').case));
  await appReady(page);
  await expect(page.locator('[data-code]').first()).toBeVisible();
  // Nothing wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: path.join(__dirname, '..', 'artifacts', 'agent-390.png') });
  await page.locator('#results').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(__dirname, '..', 'artifacts', 'agent-390-results.png') });
  await page.screenshot({ path: path.join(__dirname, '..', 'artifacts', 'agent-390-full.png'), fullPage: true });
  await context.close();
});
