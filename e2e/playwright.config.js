// Playwright against the release build in ../dist, served on 127.0.0.1 by e2e/server.js with a
// published profile.toml (the demo renamed as an ISP's own: a release ships none, an ISP adds
// its own). scripts/test picks a free port (E2E_PORT) and builds dist first. The fault suite
// (tests/faults.spec.js) starts its own servers, one per test, on free ports.
const { defineConfig } = require('@playwright/test');
const path = require('path');

const port = Number(process.env.E2E_PORT || 4173);
const dist = process.env.E2E_DIST || path.join(__dirname, '..', 'dist');

module.exports = defineConfig({
  testDir: './tests',
  outputDir: './artifacts/results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 900 },
    // The service worker (static/sw.js) would answer requests before page.route() sees them;
    // only e2e/tests/offline.spec.js lets it run.
    serviceWorkers: 'block',
    locale: 'ja-JP',
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  webServer: {
    command: `node server.js --port ${port} --dist "${dist}"`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
    timeout: 20_000,
  },
});
