// The DNS panel and the login-IP check in the built app, against the local DoH test resolver
// (scripts/doh-resolver; scripts/test exports MAIL_DOCTOR_DOH_URL). The app's CSP allows only
// https://dns.google, so every request to it is answered here, in Playwright, from the local
// resolver: nothing leaves 127.0.0.1.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const path = require('path');
const { watch } = require('./helpers');

const LOCAL = process.env.MAIL_DOCTOR_DOH_URL;
if (!LOCAL && process.env.CI) {
  throw new Error('MAIL_DOCTOR_DOH_URL is not set but CI is: run the e2e tests through scripts/test');
}

/** Answers https://dns.google/dns-query?dns=… from the local resolver; aborts anything else outside. */
async function routeDoh(page, baseURL) {
  const forwarded = [];
  await page.route(
    (url) => !url.href.startsWith(baseURL) && !url.href.startsWith('data:'),
    async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === 'https://dns.google' && url.pathname === '/dns-query') {
        forwarded.push(url.href);
        const response = await route.fetch({ url: LOCAL + url.search });
        await route.fulfill({ response });
      } else {
        await route.abort();
      }
    },
  );
  return forwarded;
}

async function axe(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

test.describe('DNS over HTTPS', () => {
  test.skip(!LOCAL, 'MAIL_DOCTOR_DOH_URL not set (scripts/test starts the local resolver)');

  test('a full DNS panel run classifies the domain, with no axe violations', async ({ page, baseURL }) => {
    const rec = await watch(page);
    const forwarded = await routeDoh(page, baseURL);
    await page.goto('./tools.html#/dns?domain=aoi.example.jp');
    await expect(page.locator('.dns-progress[data-done="true"]')).toBeVisible();
    await expect(page.locator('#dns-resolver-in-use')).toHaveAttribute('data-source', 'default');

    const row = (check) => page.locator(`[data-check="${check}"]`);
    await expect(row('aoi.example.jp MX')).toHaveAttribute('data-status', 'found');
    await expect(row('imap.mail.example.jp A').locator('[data-record="203.0.113.143"]')).toHaveAttribute('data-class', 'current');
    await expect(row('mail.aoi.example.jp A').locator('[data-record="192.0.2.25"]')).toHaveAttribute('data-class', 'retired');
    await expect(row('smtp.aoi.example.jp A')).toHaveAttribute('data-status', 'nxdomain');
    await expect(row('autoconfig.aoi.example.jp A').locator('.dns-chain')).toContainText('autoconfig.aoi.example.jp →');
    expect(await page.locator('[data-status="pending"]').count()).toBe(0);
    expect(await page.locator('[data-status="error"]').count()).toBe(0);
    expect(forwarded.length).toBe(await page.locator('.dns-row').count());

    // A name the customer typed.
    await page.locator('#dns-lookup-host').fill('mail.kogane.example.jp');
    await page.locator('#dns-lookup-run').click();
    await expect(row('mail.kogane.example.jp A').locator('[data-record]')).toHaveAttribute('data-class', 'retired');

    await page.screenshot({ path: path.join(__dirname, '..', 'artifacts', 'dns-panel.png'), fullPage: true });
    for (const lang of ['ja', 'en']) {
      await page.locator(`button[data-lang="${lang}"]`).click();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      expect(await axe(page)).toEqual([]);
    }
    expect(await rec.violations()).toEqual([]);
    expect(rec.errors).toEqual([]);
  });

  test('the agent page links to the DNS panel for the case\'s domain', async ({ page, baseURL }) => {
    await routeDoh(page, baseURL);
    await page.goto('./#/agent');
    await page.locator('#f-address').fill('hanako@kogane.example.jp');
    await page.locator('#f-open-dns').click();
    await expect(page.locator('.dns-panel')).toHaveAttribute('data-domain', 'kogane.example.jp');
    await expect(page.locator('.dns-progress[data-done="true"]')).toBeVisible();
    await expect(page.locator('[data-check="mail.kogane.example.jp A"] [data-record="198.51.100.25"]')).toHaveAttribute('data-class', 'retired');
  });

  test('the login-IP check has no axe violations and shows PTR names as they arrive', async ({ page, baseURL }) => {
    await routeDoh(page, baseURL);
    await page.goto('./tools.html#/login-ip');
    await page.locator('#login-ip-text').fill('rip=[2603:1026:c03:6046::5]\nrip=52.96.56.197\nrip=192.0.2.25');
    await page.locator('#login-ip-check').click();
    await expect(page.locator('[data-ip="52.96.56.197"]')).toHaveAttribute('data-microsoft', 'true');
    await expect(page.locator('[data-ip="192.0.2.25"]')).toHaveAttribute('data-microsoft', 'false');
    await expect(page.locator('[data-ip="192.0.2.25"] [data-ptr="found"]')).toBeVisible();
    // The Microsoft addresses are not in the local test zones: their PTR fails alone.
    await expect(page.locator('[data-ip="52.96.56.197"] [data-ptr="error"]')).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
});
