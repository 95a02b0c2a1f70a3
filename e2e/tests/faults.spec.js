// The fault suite (issue 12): the release served by a server of its own per test
// (e2e/server.js, a free loopback port), with the fault the test sets. Each test ends with the
// user told the truth (a status or alert naming what happened) and nothing typed lost.
// What each fault showed, and how long it took to show it, goes to e2e/artifacts/faults.json
// (the table in docs/deployment.md).
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { startServer, publishedDemo, DEMO } = require('../server');
const { DIST, watch, swControls, caseLink } = require('./helpers');

const ADDRESS = 'taro@kita.aoi.example.jp';
const RESULTS = path.join(__dirname, '..', 'artifacts', 'faults.json');
const outcomes = [];

test.afterAll(() => {
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, JSON.stringify(outcomes, null, 2) + '\n');
});

/** Records a fault's outcome: what the page showed and after how many ms. */
function record(fault, page, shown, since) {
  outcomes.push({ fault, page, shown, ms: Date.now() - since });
}

let server;
test.afterEach(async () => {
  if (server) await server.close();
  server = undefined;
});

/** Types a case on the console and checks it is kept in the address bar. */
async function typeCase(page) {
  await page.locator('#f-address').fill(ADDRESS);
  await page.locator('#f-in-host').fill('mail.aoi.example.jp');
  await expect(page).toHaveURL(/#\/agent\?case=/);
}

async function caseKept(page) {
  await expect(page.locator('#f-address')).toHaveValue(ADDRESS);
  await expect(page.locator('#f-in-host')).toHaveValue('mail.aoi.example.jp');
}

// The faults of profile.toml, on the desk's console and on the customers' page.
const PROFILE_FAULTS = [
  ['404 (as built: none published)', { profile: null }, 'not-found', /404/],
  ['500', { fault: { status: 500, body: 'Internal Server Error' } }, 'http', /500/],
  ['HTML with 200 (a host catch-all)', { fault: { status: 200, type: 'text/html', body: '<!doctype html><html><p>Welcome</p></html>' } }, 'html', /HTML/],
  ['HTML with 200 typed as text', { fault: { status: 200, body: '<!DOCTYPE html>\n<html lang="en"><title>Index</title></html>' } }, 'html', /HTML/],
  ['garbage', { fault: { status: 200, body: '\u0000\u0001 garbage [[[ = = ' } }, 'invalid', /profile\.toml/],
  ['huge (8 MiB)', { fault: { bytes: 8 * 1024 * 1024 } }, 'too-large', /8388608/],
];

for (const [name, setup, code, text] of PROFILE_FAULTS) {
  test(`profile.toml ${name}: the desk says so, shows the demo as the demo, keeps the case`, async ({ page }) => {
    server = await startServer({ profile: setup.profile === null ? null : publishedDemo() });
    if (setup.fault) server.state.profileFault = setup.fault;
    const rec = await watch(page);
    const since = Date.now();
    await page.goto(server.url);
    const alert = page.locator(`[data-profile-error="${code}"]`);
    await expect(alert).toBeVisible();
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert).toContainText(text);
    record(name, 'index.html', code, since);
    await expect(page.locator('[data-profile="demo"]')).toBeVisible();
    await expect(page.locator('[data-profile-id="demo"]')).toBeVisible();
    await typeCase(page);
    await expect(page.locator('[data-code="host-retired"]')).toBeVisible();
    // Told again after a reload, with the case restored from the address bar.
    await page.reload();
    await expect(alert).toBeVisible();
    await caseKept(page);
    expect(rec.errors).toEqual([]);
  });

  test(`profile.toml ${name}: help.html cannot help, shows no demo server or number`, async ({ page }) => {
    server = await startServer({ profile: setup.profile === null ? null : publishedDemo() });
    if (setup.fault) server.state.profileFault = setup.fault;
    const since = Date.now();
    await page.goto(`${server.url}help.html`);
    await expect(page.locator('[data-profile="unusable"]')).toBeVisible();
    record(name, 'help.html', 'unusable', since);
    await expect(page.locator('body')).not.toContainText('example.jp');
    await expect(page.locator('body')).not.toContainText('0120');
    await expect(page.locator('a[href^="tel:"]')).toHaveCount(0);
  });
}

test('profile.toml slow (never answers): "loading", then a timeout the agent sees; the case stays', async ({ page }) => {
  test.setTimeout(45_000);
  server = await startServer();
  server.state.profileFault = { hang: true };
  const since = Date.now();
  await page.goto(server.url + caseLink({ address: ADDRESS, incoming: { host: 'mail.aoi.example.jp' } }));
  await expect(page.locator('[data-profile="loading"]')).toBeVisible();
  await expect(page.locator('[data-profile-error="timeout"]')).toBeVisible({ timeout: 20_000 });
  record('slow (never answers), no offline copy', 'index.html', 'timeout', since);
  await caseKept(page);
  // The server answers again: "try again" loads it, the case stays.
  server.state.profileFault = null;
  await page.locator('[data-profile-retry]').first().click();
  await expect(page.locator('[data-profile-id="published"]')).toBeVisible();
  await expect(page.locator('[data-profile="demo"]')).toHaveCount(0);
  await caseKept(page);
});

test('the demo published as profile.toml is shown as the demo, never as real', async ({ page }) => {
  server = await startServer({ profile: DEMO });
  const since = Date.now();
  await page.goto(server.url);
  await expect(page.locator('[data-profile-error="demo"]')).toBeVisible();
  record('the demo published as profile.toml', 'index.html', 'demo', since);
  await expect(page.locator('[data-profile="demo"]')).toBeVisible();
  await page.goto(`${server.url}help.html`);
  await expect(page.locator('[data-profile="unusable"]')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('example.jp');
  record('the demo published as profile.toml', 'help.html', 'unusable', since);
});

test('a new profile published mid-session: offered, switched in place, nothing typed lost', async ({ page }) => {
  server = await startServer({ profile: publishedDemo('e2e-1') });
  await page.goto(server.url);
  await expect(page.locator('[data-profile-id="published"]')).toHaveAttribute('data-profile-version', 'e2e-1');
  await typeCase(page);
  await page.locator('#f-address').fill('taro@shinki.aoi.example.jp');
  await expect(page.locator('[data-domain-known="false"]')).toBeVisible();
  const since = Date.now();
  server.publish(
    publishedDemo('e2e-2').replace('"aoi.example.jp", "kita.aoi.example.jp",', '"aoi.example.jp", "shinki.aoi.example.jp", "kita.aoi.example.jp",'),
  );
  // The tab is shown again (the page also checks every 5 minutes).
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  const offer = page.locator('[data-profile-update]');
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('e2e-2');
  record('a new profile published mid-session', 'index.html', 'update offered', since);
  await page.locator('[data-profile-apply]').click();
  await expect(page.locator('[data-profile-id]')).toHaveAttribute('data-profile-version', 'e2e-2');
  await expect(page.locator('#f-address')).toHaveValue('taro@shinki.aoi.example.jp');
  await expect(page.locator('#f-in-host')).toHaveValue('mail.aoi.example.jp');
  await expect(page.locator('[data-brand="aoi"]')).toBeVisible();
  // The re-check was a conditional request; an unchanged profile is a 304.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect.poll(() => server.requests.filter((r) => r.path === '/profile.toml').length).toBeGreaterThan(2);
  const last = server.requests.filter((r) => r.path === '/profile.toml').pop();
  expect(last.headers['if-none-match'] || last.headers['if-modified-since']).toBeTruthy();
  // A reload keeps the case too (it lives in the address bar).
  await page.reload();
  await expect(page.locator('#f-address')).toHaveValue('taro@shinki.aoi.example.jp');
  await expect(page.locator('[data-brand="aoi"]')).toBeVisible();
});

test('a re-check that fails is said, and the profile in use stays', async ({ page }) => {
  server = await startServer();
  await page.goto(server.url);
  await expect(page.locator('[data-profile-id="published"]')).toBeVisible();
  await typeCase(page);
  server.state.profileFault = { status: 503, body: 'down' };
  const since = Date.now();
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(page.locator('[data-profile-recheck="http"]')).toContainText('503');
  record('503 on a re-check (profile loaded before)', 'index.html', 're-check failed, profile kept', since);
  await expect(page.locator('[data-profile-id="published"]')).toBeVisible();
  await expect(page.locator('[data-profile="demo"]')).toHaveCount(0);
  await caseKept(page);
});

/** A copy of `dist` that is another build: its wasm under a new hashed name. */
function newBuild(dist) {
  const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'mail-doctor-build-'));
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const wasm = html.match(/data-wasm="(?:\.\/)?([^"]+)"/)[1];
  const renamed = wasm.replace(/-([0-9a-f]{8,16})_bg\.wasm$/, (_, h) => `-${h.split('').reverse().join('')}_bg.wasm`);
  for (const name of fs.readdirSync(dist)) {
    const from = path.join(dist, name);
    if (!fs.statSync(from).isFile()) continue;
    if (name === wasm) fs.copyFileSync(from, path.join(dir, renamed));
    else if (/\.(html|js)$/.test(name)) {
      let text = fs.readFileSync(from, 'utf8').split(wasm).join(renamed);
      // The build's version (scripts/sw-precache; minified, it stays a 16-digit string).
      if (name === 'sw.js') text = text.replace(/"[0-9a-f]{16}"/, '"e2e-new-build"');
      fs.writeFileSync(path.join(dir, name), text);
    } else fs.copyFileSync(from, path.join(dir, name));
  }
  return { dir, wasm: renamed };
}

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('offline after load: the console reloads from its copy, says it is a saved copy, keeps the case', async ({ page, context }) => {
    server = await startServer();
    const rec = await watch(page);
    await page.goto(server.url);
    await swControls(page);
    await typeCase(page);
    await context.setOffline(true);
    try {
      const since = Date.now();
      await page.reload();
      const saved = page.locator('[data-profile="saved"]');
      await expect(saved).toBeVisible();
      record('offline after load', 'index.html', 'saved copy', since);
      await expect(page.locator('[data-profile-id="saved"]')).toBeVisible();
      await caseKept(page);
      await expect(page.locator('[data-code="host-retired"]')).toBeVisible();
      await expect(page.locator('[data-profile="demo"]')).toHaveCount(0);
    } finally {
      await context.setOffline(false);
    }
    expect(rec.errors).toEqual([]);
  });

  test('a slow server: the saved copy after a few seconds, said as such', async ({ page }) => {
    server = await startServer();
    await page.goto(server.url);
    await swControls(page);
    server.state.profileFault = { hang: true };
    const since = Date.now();
    await page.reload();
    await expect(page.locator('[data-profile="saved"]')).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('[data-profile="saved"]')).toContainText(/in time|時間切れ/);
    record('slow (never answers), offline copy saved', 'index.html', 'saved copy (timeout)', since);
  });

  test('help.html refuses a saved copy older than offline_max_days and says whom to call', async ({ page, context }) => {
    // offline_max_days = 1 (the smallest the profile allows), and the page's clock two days on
    // when it comes back offline: the saved copy is too old for customers.
    server = await startServer({
      profile: publishedDemo().replace('offline_max_days = 7', 'offline_max_days = 1').replace('0120-XXX-XXX', '0120-XXX-YYY'),
    });
    await page.goto(`${server.url}help.html`);
    await page.locator('#sh-address').waitFor();
    await swControls(page);
    await context.setOffline(true);
    try {
      const since = Date.now();
      await page.clock.setFixedTime(new Date(since + 2 * 86_400_000));
      await page.reload();
      const old = page.locator('[data-profile="too-old"]');
      await expect(old).toBeVisible();
      await expect(old).toContainText('0120-XXX-YYY');
      record('offline, saved copy older than offline_max_days', 'help.html', 'too old: call', since);
      await expect(page.locator('#sh-address')).toHaveCount(0);
    } finally {
      await context.setOffline(false);
    }
  });

  test('a new build published mid-session: announced, the reload brings it, the case stays', async ({ page }) => {
    server = await startServer();
    await page.goto(server.url);
    await swControls(page);
    // The second visit runs under the worker (the first one installed it).
    await page.reload();
    await typeCase(page);
    const build = newBuild(server.state.dist);
    server.state.dist = build.dir;
    try {
      const since = Date.now();
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await expect(page.locator('#update')).toBeVisible({ timeout: 15_000 });
      record('a new build published mid-session', 'index.html', 'new version announced', since);
      // The old build goes on working meanwhile.
      await page.locator('#f-address').fill(ADDRESS);
      await caseKept(page);
      await page.locator('#update-reload').click();
      await page.locator('#f-address').waitFor();
      expect(await page.locator('#boot').getAttribute('data-wasm')).toContain(build.wasm);
      await caseKept(page);
    } finally {
      fs.rmSync(build.dir, { recursive: true, force: true });
    }
  });

  test('an extension-less host: /help and /tools work online and offline, hops included', async ({ page, context }) => {
    server = await startServer({ pretty: true });
    await page.goto(`${server.url}tools`);
    await expect(page.locator('#p-domain')).toBeVisible();
    await swControls(page);
    // help.html redirects to /help on such hosts; the hop from a desk page still lands.
    await page.goto(`${server.url}tools#/guides`);
    await expect(page).toHaveURL(/\/help#\/guides$/);
    await page.goto(`${server.url}help#/agent?case=${caseLink({ address: ADDRESS }).split('case=')[1]}`);
    await expect(page.locator('#f-address')).toHaveValue(ADDRESS);
    await context.setOffline(true);
    try {
      const since = Date.now();
      for (const [url, ready] of [
        ['tools', '#p-domain'],
        ['help', '#sh-address'],
        ['', '#f-address'],
      ]) {
        await page.goto(`${server.url}${url}`);
        await expect(page.locator(ready)).toBeVisible();
      }
      record('extension-less host, offline', '/, /help, /tools', 'pages from the offline copy', since);
    } finally {
      await context.setOffline(false);
    }
  });

  test('two deployments on one origin keep their own caches', async ({ page }) => {
    server = await startServer();
    await page.goto(server.url);
    await swControls(page);
    const names = await page.evaluate(() => caches.keys());
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toMatch(/^mail-setup-doctor:\/:/);
    // Another deployment's cache (another folder) is left alone by this one's install.
    await page.evaluate(async () => {
      const other = await caches.open('mail-setup-doctor:/other/:x');
      await other.put('/other/index.html', new Response('x'));
    });
    const build = newBuild(server.state.dist);
    server.state.dist = build.dir;
    try {
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      await expect
        .poll(() => page.evaluate(() => caches.keys()))
        .toContain('mail-setup-doctor:/:e2e-new-build');
      await expect.poll(async () => (await page.evaluate(() => caches.keys())).length).toBe(2);
      expect(await page.evaluate(() => caches.keys())).toContain('mail-setup-doctor:/other/:x');
    } finally {
      fs.rmSync(build.dir, { recursive: true, force: true });
    }
  });

  test('an incomplete install keeps the previous copy', async ({ page, context }) => {
    server = await startServer();
    await page.goto(server.url);
    await swControls(page);
    const before = await page.evaluate(() => caches.keys());
    // A new build whose wasm is missing on the server: its worker must not install.
    const build = newBuild(server.state.dist);
    fs.rmSync(path.join(build.dir, build.wasm));
    server.state.dist = build.dir;
    try {
      const installed = await page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        try {
          await r.update();
        } catch {
          return 'update failed';
        }
        const w = r.installing || r.waiting;
        if (!w) return r.active ? 'active unchanged' : 'none';
        return new Promise((res) => w.addEventListener('statechange', () => w.state === 'redundant' || w.state === 'activated' ? res(w.state) : 0));
      });
      expect(installed).not.toBe('activated');
      expect(await page.evaluate(() => caches.keys())).toEqual(before);
      await context.setOffline(true);
      await page.reload();
      await expect(page.locator('#f-address')).toBeVisible();
    } finally {
      await context.setOffline(false);
      fs.rmSync(build.dir, { recursive: true, force: true });
    }
  });
});

test('the release folder itself ships no profile.toml', () => {
  expect(fs.existsSync(path.join(DIST, 'profile.toml'))).toBe(false);
  expect(fs.existsSync(path.join(DIST, '404.html'))).toBe(true);
});
