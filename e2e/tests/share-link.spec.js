// A case link reopens the same case; a bad one is told plainly.
const { test, expect } = require('@playwright/test');
const { sharedCase, caseLink, watch, appReady } = require('./helpers');

test('the address bar is a link that reopens the same case', async ({ page, context }) => {
  await page.goto('./#/agent');
  await appReady(page);
  await page.locator('#f-address').fill('taro@kita.aoi.example.jp');
  await page.locator('#f-in-host').fill('mail.aoi.example.jp');
  await page.locator('#f-out-port').fill('25');
  await expect(page.locator('[data-code="host-retired"]')).toBeVisible();
  const url = page.url();
  expect(url).toContain('#/agent?case=');
  const codes = await page.locator('[data-code]').evaluateAll((els) => els.map((e) => e.dataset.code));

  const second = await context.newPage();
  await second.goto(url);
  await appReady(second);
  await expect(second.locator('#f-address')).toHaveValue('taro@kita.aoi.example.jp');
  await expect(second.locator('#f-out-port')).toHaveValue('25');
  await expect(second.locator('[data-code]')).toHaveCount(codes.length);
  expect(await second.locator('[data-code]').evaluateAll((els) => els.map((e) => e.dataset.code))).toEqual(codes);
});

test('a shared example case opens from its link with its findings', async ({ page }) => {
  const example = sharedCase('01');
  await page.goto('./' + caseLink(example.case));
  await appReady(page);
  for (const code of example.expect.codes) {
    await expect(page.locator(`[data-code="${code}"]`).first()).toBeVisible();
  }
  // Exactly the case's findings: none missing, none extra.
  const shown = await page.locator('[data-code]').evaluateAll((els) => els.map((e) => e.dataset.code));
  expect(shown.sort()).toEqual([...example.expect.codes].sort());
  await expect(page.locator('[data-field="incoming.port"]')).toHaveAttribute('data-value', '995');
});

test('a bad link shows a clear message and an empty form, never a dead page', async ({ page }) => {
  const rec = await watch(page);
  await page.goto('./#/agent?case=not-a-case!!');
  await appReady(page);
  await expect(page.locator('[data-link="bad"]')).toBeVisible();
  await expect(page.locator('#f-address')).toHaveValue('');
  await expect(page.locator('#fatal')).toBeHidden();
  expect(rec.errors).toEqual([]);
});
