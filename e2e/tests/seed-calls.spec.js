// The seed's call types (the operator's talk the product comes from; docs/seed-calls.md),
// played as an agent would, in the release build: typing and choosing in the console, then
// opening the customer link on the customers' page. Each asserts the summary (and its verdict), the first step and the customer
// link, and counts the agent's actions (each fill, choice or click) to the right fix: the counts
// are in docs/seed-calls.md. Screenshots at 1280 px and 390 px in both languages go to
// e2e/artifacts/seed-*.png.
const { test, expect } = require('@playwright/test');
const path = require('path');
const { watch, appReady } = require('./helpers');

const ARTIFACTS = path.join(__dirname, '..', 'artifacts');
const shot = (name) => path.join(ARTIFACTS, `seed-${name}`);

/** The agent's actions, counted. */
function agent(page) {
  const a = {
    count: 0,
    async fill(id, text) {
      a.count += 1;
      await page.locator(`#${id}`).fill(text);
    },
    async choose(id, value) {
      a.count += 1;
      await page.locator(`#${id}`).selectOption(value);
    },
    async tick(symptom) {
      a.count += 1;
      await page.locator(`[data-symptom="${symptom}"]`).check();
    },
  };
  return a;
}

const summary = (page) => page.locator('[data-summary]');
const firstStep = (page) => page.locator('.steps .step-list li').first();
const customerLink = (page) => page.locator('#customer-link');

/** Opens the console in `lang` (ja is the default). */
async function console_(page, lang = 'ja') {
  // A fresh page: a hash change alone keeps the case being typed.
  await page.goto('about:blank');
  await page.goto('./#/agent');
  await appReady(page);
  if (lang === 'en') await page.locator('header [data-lang="en"]').click();
}

/** The results' top (summary and first steps) is on the first screen, not inside a box. */
async function stepsOnFirstScreen(page) {
  const box = await page.locator('.steps .step-list li').first().boundingBox();
  const viewport = page.viewportSize();
  expect(box, 'a first step').not.toBeNull();
  expect(box.y + box.height).toBeLessThan(viewport.height * 2);
  const results = await page.locator('#results').evaluate((el) => {
    const s = getComputedStyle(el);
    return { position: s.position, overflowY: s.overflowY };
  });
  expect(results.position).not.toBe('sticky');
  expect(results.overflowY).not.toBe('auto');
}

/** No wire value in the Japanese page (`none`, `ssl`, `same-as-incoming`, `pop3`, `outlook-new`). */
async function noRawValues(page) {
  const text = await page.locator('#results').innerText();
  for (const raw of [/\bnone\b/, /\bssl\b/, /same-as-incoming/, /\bpop3\b/, /outlook-new/, /pop-before-smtp/]) {
    expect(text, String(raw)).not.toMatch(raw);
  }
}

/** Opens the customer link as the customer would, on a phone. */
async function openAsCustomer(browser, link) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const url = new URL(link);
  await page.goto('./' + url.pathname.split('/').pop() + url.hash);
  return { page, context };
}

test('1. Outlook (new) after Windows Update, still on the old POP server', async ({ page, browser }) => {
  const rec = await watch(page);
  await console_(page);
  const a = agent(page);
  await a.fill('f-address', 'taro@kita.aoi.example.jp');
  await a.choose('f-client', 'outlook-new');
  await a.choose('f-in-protocol', 'pop3');
  await a.fill('f-in-host', 'mail.aoi.example.jp');
  await a.tick('cannot-receive');
  await expect(summary(page)).toHaveAttribute('data-verdict', 'problem');
  await expect(summary(page)).toContainText('停止した旧サーバー');
  // Outlook (new): the fix is the customers' guide's own — remove the account, add it again.
  await expect(firstStep(page)).toContainText('「設定」');
  await expect(page.locator('.steps')).toContainText('削除');
  await expect(page.locator('.steps')).toContainText('pop.mail.example.jp');
  const link = await customerLink(page).inputValue();
  expect(link).toContain('help.html#/guide/outlook-new/fix-existing?address=taro@kita.aoi.example.jp&protocol=pop3');
  await stepsOnFirstScreen(page);
  await noRawValues(page);
  await page.screenshot({ path: shot('1-outlook-new-1280-ja.png') });
  expect(a.count).toBe(5);

  const { page: customer, context } = await openAsCustomer(browser, link);
  await expect(customer.locator('#guide-title')).toContainText('新しい Outlook');
  await expect(customer.locator('.guide-step').nth(1)).toContainText('削除');
  await expect(customer.locator('code.value', { hasText: /^pop\.mail\.example\.jp$/ }).first()).toBeVisible();
  await customer.screenshot({ path: shot('1-outlook-new-guide-390-ja.png') });
  await context.close();
  expect(rec.errors).toEqual([]);
});

test('2. a scan-to-email device on the retired IP', async ({ page, browser }) => {
  await console_(page);
  const a = agent(page);
  await a.fill('f-address', 'scan@aoi.example.jp');
  await a.choose('f-client', 'device');
  await a.fill('f-out-host', '192.0.2.25');
  await a.fill('f-out-port', '25');
  await a.choose('f-out-auth', 'none');
  await expect(summary(page)).toHaveAttribute('data-verdict', 'problem');
  await expect(summary(page)).toContainText('IP アドレス');
  await expect(firstStep(page)).toContainText('機器の管理画面');
  const steps = page.locator('.steps');
  await expect(steps).toContainText('smtp.mail.example.jp');
  // Send only: no POP server or port; the host-name path with the guide's three ways out.
  await expect(steps).not.toContainText('POP3');
  await expect(steps).not.toContainText('993');
  await expect(steps).toContainText('ファームウェア');
  await expect(steps).toContainText('中継');
  await expect(page.locator('[data-field^="incoming"]')).toHaveCount(0);
  await expect(page.locator('[data-handoff]')).toContainText('192.0.2.25');
  // The setting names keep their width beside long values.
  const th = await page.locator('.corrected-table tbody th').first().boundingBox();
  expect(th.width).toBeGreaterThan(80);
  const link = await customerLink(page).inputValue();
  expect(link).toContain('help.html#/guide/device/fix-existing?address=scan@aoi.example.jp');
  await stepsOnFirstScreen(page);
  await noRawValues(page);
  await page.screenshot({ path: shot('2-device-1280-ja.png'), fullPage: true });
  expect(a.count).toBe(5);

  const { page: customer, context } = await openAsCustomer(browser, link);
  await expect(customer.locator('.guide-steps, ol').first()).toBeVisible();
  await expect(customer.locator('main')).toContainText('中継');
  await expect(customer.locator('main')).toContainText('ファームウェア');
  await customer.screenshot({ path: shot('2-device-guide-390-ja.png'), fullPage: true });
  await context.close();
});

test('3. Outlook 2016 on Windows 7 after the TLS change', async ({ page, browser }) => {
  await console_(page);
  const a = agent(page);
  await a.fill('f-address', 'taro@kita.aoi.example.jp');
  await a.choose('f-client', 'outlook-classic');
  await a.choose('f-client-version', '2016');
  // The system as the customer says it, typed under "other".
  await a.choose('f-client-os', 'other');
  await a.fill('f-client-os-typed', 'win7');
  await expect(page.locator('#f-client-os-recognised')).toContainText('Windows 7');
  await a.tick('cannot-send');
  await expect(summary(page)).toHaveAttribute('data-verdict', 'problem');
  await expect(summary(page)).toContainText('Windows 7 の Outlook 2016 は TLS 1.2 で接続できません');
  await expect(firstStep(page)).toContainText('Windows 7');
  // Microsoft 365 is not said to be out of support.
  await expect(page.locator('#results')).not.toContainText('Microsoft 365 / 2016');
  const link = await customerLink(page).inputValue();
  expect(link).toContain('version=2016');
  expect(link).toContain('os=windows-7');
  await stepsOnFirstScreen(page);
  await page.screenshot({ path: shot('3-outlook2016-win7-1280-ja.png') });
  expect(a.count).toBe(6);

  // The customer's guide says what Windows 7 means before the steps.
  const { page: customer, context } = await openAsCustomer(browser, link);
  const notices = customer.locator('[data-notices]');
  await expect(notices).toContainText('Windows 7');
  await expect(notices).toContainText('TLS 1.2');
  await customer.screenshot({ path: shot('3-outlook2016-guide-390-ja.png') });
  await context.close();
});

test('4. Outlook (new) refused by the foreign-login block (554)', async ({ page, browser }) => {
  await console_(page);
  const a = agent(page);
  await a.fill('f-address', 'taro@kita.aoi.example.jp');
  await a.choose('f-client', 'outlook-new');
  await a.tick('cannot-send');
  await a.fill('f-error-text', '2026-12-07 10:45:21 +0900 554 5.7.1 Sending refused [52.96.56.197]');
  await expect(summary(page)).toHaveAttribute('data-verdict', 'problem');
  await expect(summary(page)).toContainText('海外からのログイン制限');
  await expect(firstStep(page)).toContainText('お客さまへ');
  // The IP classified in place; what to hand the operator.
  await expect(page.locator('[data-ip="52.96.56.197"]')).toHaveAttribute('data-ip-kind', 'microsoft');
  const handoff = page.locator('[data-handoff]');
  await expect(handoff).toContainText('52.96.56.197');
  await expect(handoff).toContainText('2026-12-07 10:45:21 +0900');
  await expect(handoff).toContainText('taro@kita.aoi.example.jp');
  await expect(page.locator('[data-escalation]').first()).toBeVisible();
  const link = await customerLink(page).inputValue();
  expect(link).toContain('help.html#/guide/outlook-new/login-blocked');
  await stepsOnFirstScreen(page);
  await page.screenshot({ path: shot('4-foreign-login-1280-ja.png'), fullPage: true });
  expect(a.count).toBe(4);

  const { page: customer, context } = await openAsCustomer(browser, link);
  await expect(customer.locator('#guide-title')).toContainText('不審なログイン');
  await context.close();
});

test('5. the burst sender, then the many-recipient message', async ({ page }) => {
  await console_(page);
  const a = agent(page);
  await a.fill('f-address', 'office@aoi.example.jp');
  await a.fill('f-messages', '200');
  await a.fill('f-per-minutes', '0');
  await a.fill('f-wait-minutes', '60');
  await expect(summary(page)).toHaveAttribute('data-verdict', 'problem');
  await expect(summary(page)).toContainText('短い時間に送る通数が多すぎます');
  await expect(firstStep(page)).toContainText('60 分間をとっても 200 通以下');
  // The advisor's own verdict and plan (one engine), and its page on the same pattern.
  const sending = page.locator('[data-sending]');
  await expect(sending).toContainText('201 通目');
  await expect(sending).toContainText('61 分');
  await expect(sending).not.toContainText('時間 後');
  await expect(page.locator('[data-advisor-link]')).toHaveAttribute('href', '#/advisor?r=1&m=200&t=0&w=60');
  expect(await customerLink(page).inputValue()).toContain('help.html#/help');
  await stepsOnFirstScreen(page);
  await page.screenshot({ path: shot('5-burst-1280-ja.png') });
  expect(a.count).toBe(4);

  // The many-recipient message: one message to 150.
  const b = agent(page);
  await b.fill('f-messages', '');
  await b.fill('f-per-minutes', '');
  await b.fill('f-wait-minutes', '');
  await b.fill('f-recipients', '150');
  await expect(summary(page)).toContainText('1 通の宛先が多すぎます');
  await expect(sending).toContainText('2 通');
  await expect(sending).not.toContainText('61 分');
  await page.screenshot({ path: shot('5-recipients-1280-ja.png') });
  expect(b.count).toBe(4);
});

test('6. an iPhone set up from scratch', async ({ page, browser }) => {
  await console_(page);
  const a = agent(page);
  await a.fill('f-address', 'hanako@midori.example.jp');
  await a.choose('f-client', 'ios-mail');
  // Nothing to check yet: the console says so, never "keep using them".
  await expect(summary(page)).toHaveAttribute('data-verdict', 'nothing-checked');
  await expect(summary(page)).toContainText('まだ設定を確かめていません');
  await expect(firstStep(page)).toContainText('読み上げて');
  const link = await customerLink(page).inputValue();
  expect(link).toContain('help.html#/guide/ios-mail/new-account?address=hanako@midori.example.jp');
  await page.screenshot({ path: shot('6-iphone-1280-ja.png') });
  expect(a.count).toBe(2);

  // The customer's guide: two ways, numbered each from 1, "or" between them.
  const { page: customer, context } = await openAsCustomer(browser, link);
  await expect(customer.locator('[data-mobileconfig]')).toBeVisible();
  await expect(customer.locator('[data-method-or]')).toHaveText('または');
  await expect(customer.locator('[data-method="manual"]')).toContainText('方法 2');
  // The settings-file button's label is not broken inside a word.
  const label = customer.locator('[data-export="mobileconfig"]');
  const wordBreak = await label.evaluate((el) => getComputedStyle(el).wordBreak);
  expect(wordBreak).toBe('keep-all');
  // The customers' header has no link to the desk's console.
  await expect(customer.locator('[data-nav-page="agent"]')).toHaveCount(0);
  await customer.screenshot({ path: shot('6-iphone-guide-390-ja.png'), fullPage: true });
  await context.close();
});

test('7. a pasted Thunderbird error in Japanese', async ({ page, browser }) => {
  await console_(page);
  const a = agent(page);
  await a.fill('f-address', 'hanako@aoi.example.jp');
  await a.choose('f-client', 'thunderbird');
  // Thunderbird's own Japanese (thunderbird-l10n ja, messenger.properties `unknownHostError`).
  await a.fill('f-error-text', 'サーバー mail.aoi.example.jp との接続に失敗しました。');
  await expect(summary(page)).toHaveAttribute('data-verdict', 'problem');
  await expect(summary(page)).toContainText('停止した旧サーバー（mail.aoi.example.jp）');
  await expect(page.locator('[data-host="mail.aoi.example.jp"]')).toBeVisible();
  await expect(page.locator('.steps')).toContainText('imap.mail.example.jp');
  await expect(firstStep(page)).toContainText('Thunderbird');
  const link = await customerLink(page).inputValue();
  expect(link).toContain('help.html#/guide/thunderbird/');
  await stepsOnFirstScreen(page);
  await page.screenshot({ path: shot('7-thunderbird-1280-ja.png') });
  expect(a.count).toBe(3);
});

test('the same calls in English and at 390 px', async ({ page }) => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await console_(page, 'en');
    const a = agent(page);
    await a.fill('f-address', 'taro@kita.aoi.example.jp');
    await expect(summary(page)).toHaveAttribute('data-verdict', 'nothing-checked');
    await expect(summary(page)).toContainText('Nothing checked yet');
    await a.choose('f-client', 'outlook-new');
    await a.tick('cannot-send');
    await a.fill('f-error-text', '554 5.7.1 Sending refused [52.96.56.197]');
    await expect(summary(page)).toContainText('foreign-login block');
    await expect(firstStep(page)).toContainText('Tell the customer');
    await page.screenshot({ path: shot(`4-foreign-login-${viewport.width}-en.png`) });
  }
  // And in Japanese at 390 px: the steps come before the details.
  await page.locator('header [data-lang="ja"]').click();
  await expect(firstStep(page)).toContainText('お客さまへ');
  await page.screenshot({ path: shot('4-foreign-login-390-ja.png') });
});
