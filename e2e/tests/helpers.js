// Shared set-up: every page records CSP violations, page errors and every request it makes.
const fs = require('fs');
const path = require('path');

const CASES_DIR = path.join(__dirname, '..', '..', 'core', 'tests', 'cases');

/** An example case, the kind agents share as a link (`core/tests/cases/NN-*.json`). */
function sharedCase(prefix) {
  const file = fs.readdirSync(CASES_DIR).find((f) => f.startsWith(prefix) && f.endsWith('.json'));
  return JSON.parse(fs.readFileSync(path.join(CASES_DIR, file), 'utf8'));
}

/** Every example case, in file order. */
function sharedCases() {
  return fs
    .readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(CASES_DIR, f), 'utf8')));
}

/** base64url without padding, like the app's links. */
function caseLink(c) {
  return '#/agent?case=' + Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');
}

/** Starts recording on a page; returns the record. */
async function watch(page) {
  const record = { violations: [], errors: [], console: [], requests: [] };
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('pageerror', (e) => record.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') record.console.push(m.text());
  });
  page.on('request', (r) => record.requests.push(r.url()));
  record.violations = async () => page.evaluate(() => window.__cspViolations || []);
  return record;
}

/** Waits until the app has rendered its form (the wasm has started). */
async function appReady(page) {
  await page.locator('#f-address').waitFor();
}

/** Waits until the service worker has installed (precached) and controls the page. */
async function swControls(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

/** The release build the specs run against (scripts/build-release). */
const DIST = process.env.E2E_DIST || path.join(__dirname, '..', '..', 'dist');

/** The wasm file a built page loads (its boot script's data-wasm). */
function wasmOf(page) {
  const html = fs.readFileSync(path.join(DIST, page), 'utf8');
  const m = html.match(/data-wasm="(?:\.\/)?([^"]+)"/);
  if (!m) throw new Error(`${page} names no wasm`);
  return m[1];
}

/** The file names in the page's service-worker caches, sorted. */
async function cachedNames(page) {
  return page.evaluate(async () => {
    const names = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const req of await cache.keys()) names.push(new URL(req.url).pathname.split('/').pop());
    }
    return names.sort();
  });
}

// Every route of the app's router (the paths of the ROUTES table in src/router.rs, read here so
// that a new page is checked the day it lands), with sample values for its parameters.
const ROUTE_PARAMS = { client: 'outlook-classic', kind: 'new-account', payload: 'x' };
/** Every route of the app (sample values for its parameters; `/404` for "no such route"). */
function appRoutes() {
  const router = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'router.rs'), 'utf8');
  // The route table (`Name at "/path" on Page …` rows of `routes! { … }`); its `/404` is the
  // not-found route, a path that is no route.
  const start = router.indexOf('routes! {');
  const table = router.slice(start, router.indexOf('\n}\n', start));
  const paths = [...table.matchAll(/\bat "(\/[^"]*)" on /g)].map((m) => m[1]);
  return [...new Set(paths)].map((p) => p.replace(/:([a-z_]+)/g, (_, name) => ROUTE_PARAMS[name] || 'x'));
}

module.exports = { sharedCase, sharedCases, caseLink, watch, appReady, swControls, DIST, wasmOf, cachedNames, appRoutes };
