// The log survey (tools.html #/survey): files chosen in the page are read by a Web Worker with
// its own wasm (survey-worker_loader.js → survey-worker.js + survey-worker_bg.wasm), loaded only
// when a survey runs; the rows, the summary and the CSV come back. Nothing is uploaded.
const { test, expect } = require('@playwright/test');
const zlib = require('zlib');
const fs = require('fs');
const path = require('path');
const AxeBuilder = require('@axe-core/playwright').default;
const { watch } = require('./helpers');

async function axe(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

// Postfix 3.x and Dovecot 2.3 lines (as in core/tests/survey.rs): carol signs in over TLS 1.0
// and reads POP without TLS; a scanner in the ISP's network (198.51.100.0/24) sends on port 25
// without TLS; alice uses TLS 1.2; an outside server (192.0.2.200: in none of the networks typed
// or the published profile's) is not listed.
const LOG = [
  'Dec  7 09:00:00 mx1 postfix/submission/smtpd[100]: connect from pc-alice.example.jp[198.51.100.10]',
  'Dec  7 09:00:00 mx1 postfix/submission/smtpd[100]: Anonymous TLS connection established from pc-alice.example.jp[198.51.100.10]: TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)',
  'Dec  7 09:00:01 mx1 postfix/submission/smtpd[100]: 1A: client=pc-alice.example.jp[198.51.100.10], sasl_method=PLAIN, sasl_username=alice@aoi.example.jp',
  'Dec  7 09:00:02 mx1 postfix/submission/smtpd[100]: disconnect from pc-alice.example.jp[198.51.100.10] ehlo=2 starttls=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=8',
  'Dec  7 09:05:00 mx1 postfix/smtpd[101]: connect from unknown[198.51.100.50]',
  'Dec  7 09:05:01 mx1 postfix/smtpd[101]: disconnect from unknown[198.51.100.50] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4',
  'Dec  7 09:06:00 mx1 postfix/smtpd[102]: connect from mx.example.net[192.0.2.200]',
  'Dec  7 09:06:01 mx1 postfix/smtpd[102]: disconnect from mx.example.net[192.0.2.200] ehlo=1 quit=1 commands=2',
  'Dec  7 09:10:00 mx1 postfix/smtps/smtpd[103]: connect from unknown[198.51.100.77]',
  'Dec  7 09:10:00 mx1 postfix/smtps/smtpd[103]: Anonymous TLS connection established from unknown[198.51.100.77]: TLSv1 with cipher ECDHE-RSA-AES256-SHA (256/256 bits)',
  'Dec  7 09:10:01 mx1 postfix/smtps/smtpd[103]: 3C: client=unknown[198.51.100.77], sasl_method=LOGIN, sasl_username=carol@aoi.example.jp',
  'Dec  7 09:10:02 mx1 postfix/smtps/smtpd[103]: disconnect from unknown[198.51.100.77] ehlo=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=6',
  '',
].join('\n');
const POP = 'Dec  7 09:20:00 mx1 dovecot: pop3-login: Login: user=<carol@aoi.example.jp>, method=PLAIN, rip=198.51.100.77, lip=192.0.2.25, mpid=1, session=<a>\n';

test('surveys chosen files in a worker: rows, summary, CSV; the worker loads only with the survey page', async ({ page }) => {
  const rec = await watch(page);
  // tools.html's first load (its home, the profile browser) does not fetch the worker.
  await page.goto('./tools.html');
  await expect(page.locator('.profile-page')).toBeVisible();
  expect(rec.requests.filter((u) => u.includes('survey-worker'))).toEqual([]);
  await page.locator('header [data-nav-page="survey"]').click();
  await expect(page.locator('#sv-files')).toBeVisible();
  // The definition (the engine's words, from the worker) is on the page before anything runs.
  await expect(page.locator('[data-definition="tls"]')).toContainText('TLS 1.2 より古い TLS');
  expect(rec.requests.some((u) => u.endsWith('/survey-worker_bg.wasm'))).toBe(true);

  await page.locator('#sv-networks').fill('198.51.100.0/24');
  await page.locator('#sv-networks').blur();
  await page.locator('#sv-year').fill('2026');
  await page.locator('#sv-year').blur();
  // One plain file and one gzip file (the worker finds gzip by its magic bytes).
  await page.locator('#sv-files').setInputFiles([
    { name: 'mail.log.1.gz', mimeType: 'application/gzip', buffer: zlib.gzipSync(Buffer.from(LOG)) },
    { name: 'mail.log', mimeType: 'text/plain', buffer: Buffer.from(POP) },
  ]);
  await expect(page.locator('#sv-files-chosen')).toContainText('2');
  await page.locator('#sv-run').click();

  const out = page.locator('.survey-output[data-survey="tls"]');
  await expect(out).toHaveAttribute('data-rows', '2');
  const rows = out.locator('table.survey-table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('td').nth(0)).toHaveText('carol@aoi.example.jp');
  await expect(rows.nth(0).locator('td').nth(2)).toHaveText('2');
  await expect(rows.nth(0).locator('td').nth(4)).toHaveText('TLSv1:1 none:1');
  await expect(rows.nth(1).locator('td').nth(1)).toHaveText('198.51.100.50');
  await expect(out.locator('table.survey-table thead th').first()).toHaveText('アカウント');
  await expect(out.locator('.survey-summary')).toContainText('13 行');
  // One worker for the page's runs.
  expect(rec.requests.filter((u) => u.endsWith('/survey-worker_bg.wasm'))).toHaveLength(1);
  expect(await axe(page)).toEqual([]);

  // English: the same rows with English headings.
  await page.locator('button[data-lang="en"]').click();
  await expect(out.locator('table.survey-table thead th').first()).toHaveText('Account');
  await expect(page.locator('[data-definition="tls"]')).toContainText('Who a TLS floor of TLS 1.2 will hit');
  await expect(out.locator('.survey-summary')).toContainText('Read 13 lines');
  expect(await axe(page)).toEqual([]);

  // The CSV download: every row, headings in the page's language, a BOM for spreadsheets.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#sv-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('survey-tls-en.csv');
  const csv = fs.readFileSync(await download.path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\n');
  expect(lines[0]).toMatch(/^Account,Device address,Below the floor,/);
  expect(lines[1]).toMatch(/^carol@aoi\.example\.jp,,2,2,TLSv1:1 none:1,smtps-465 pop3,/);
  expect(lines).toHaveLength(3);

  // Another survey over the same files: POP and port 25.
  await page.locator('#sv-kind').selectOption('ports');
  await page.locator('#sv-run').click();
  const ports = page.locator('.survey-output[data-survey="ports"]');
  await expect(ports).toHaveAttribute('data-rows', '2');
  await expect(ports.locator('tbody tr').nth(0).locator('td').nth(2)).toHaveText('POP');

  expect(rec.errors).toEqual([]);
  expect(await rec.violations()).toEqual([]);
});

test('a CSV that does not fit the mapping is a clear message, not a crash', async ({ page }) => {
  const rec = await watch(page);
  await page.goto('./tools.html#/survey');
  await page.locator('#sv-map').fill('time=CreatedDateTime,user=UserPrincipalName');
  await page.locator('#sv-map').blur();
  await page.locator('#sv-files').setInputFiles([
    { name: 'signins.csv', mimeType: 'text/csv', buffer: Buffer.from('When,Who\n2026-12-07T10:00:00Z,a\n') },
  ]);
  await page.locator('#sv-run').click();
  await expect(page.locator('.survey-result [role="alert"]')).toContainText('CreatedDateTime');
  expect(rec.errors).toEqual([]);
});

test('the survey page at 390 px wide (screenshot saved to e2e/artifacts)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('./tools.html#/survey');
  await expect(page.locator('#sv-files')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axe(page)).toEqual([]);
  await page.screenshot({ path: path.join(__dirname, '..', 'artifacts', 'survey-390.png'), fullPage: true });
  await context.close();
});
