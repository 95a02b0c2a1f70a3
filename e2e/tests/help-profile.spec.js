// help.html without a usable published profile.toml. The customers' build has no demo profile
// (src/profile_source.rs): a customer must never be shown the demo ISP's servers as theirs, nor
// the operator's list of profile errors. The page says it cannot help now and what to do, and
// keeps what was typed. (index.html, the desk's build, falls back to the demo: agent-flow.spec.js.)
const { test, expect } = require('@playwright/test');

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const cases = [
  ['missing (404)', (route) => route.fulfill({ status: 404, body: 'not found' })],
  ['unreachable', (route) => route.abort('failed')],
  [
    'invalid',
    (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: '[isp]\nname = 1\n' }),
  ],
];

for (const [name, answer] of cases) {
  test(`help.html with its profile.toml ${name}: no demo, a calm message for the customer`, async ({ page }) => {
    await page.route('**/profile.toml', answer);
    await page.goto('./help.html');
    const alert = page.locator('[data-profile="unusable"]');
    await expect(alert).toBeVisible();
    await expect(alert).toHaveText(/設定情報を読み込めません.*窓口にお電話ください/);
    await expect(alert).not.toContainText('プロファイル');
    await expect(page.locator('[data-profile="demo"]')).toHaveCount(0);
    await expect(page.locator('.profile-error')).toHaveCount(0);
    // No question is asked that could not be answered, and no "loading" is left on screen.
    await expect(page.locator('#sh-address')).toHaveCount(0);
    await expect(page.locator('.placeholder')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText('example.jp');
    // In English too.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(alert).toHaveText(/cannot be loaded right now.*support desk/);
  });
}

test('a guide link on help.html without its profile says the same, and shows no demo values', async ({ page }) => {
  await page.route('**/profile.toml', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./help.html#/guide/thunderbird/new?address=taro%40kita.aoi.example.jp');
  await expect(page.locator('[data-profile="unusable"]')).toBeVisible();
  await expect(page.locator('code.value')).toHaveCount(0);
  await expect(page.locator('.placeholder')).toHaveCount(0);
});
