// The static first screen of each page (the shell in #app: header and first lines) stays the
// Largest Contentful Paint once the app has replaced it with its own copy. static/boot.js starts
// the app only after the browser has timed the shell's paint: Chromium forgets a painted text
// whose element is removed before it is timed, and then the app's paragraph, painted after the
// wasm, became the LCP (Lighthouse: ~3 s instead of ~1 s; docs/performance.md).
const { test, expect } = require('@playwright/test');
const { watch } = require('./helpers');

// Lighthouse's phone (Moto G power).
test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });

for (const [page_, appSelector] of [
  ['help.html', '#sh-address'],
  ['index.html', '#f-address'],
]) {
  test(`${page_}: the shell's first paint stays the Largest Contentful Paint`, async ({ page }) => {
    const rec = await watch(page);
    await page.addInitScript(() => {
      window.__lcp = [];
      // The shell's elements, taken when the parser is done (before any script runs).
      const shell = new WeakSet();
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') document.querySelectorAll('#app *').forEach((e) => shell.add(e));
      });
      new PerformanceObserver((list) => {
        // An element the app has removed by the time of the report is detached (null).
        for (const e of list.getEntries()) {
          const el = !e.element ? 'detached' : shell.has(e.element) ? 'shell' : 'app';
          window.__lcp.push({ time: e.startTime, size: e.size, el });
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    // Five loads: without the wait in boot.js most of them lost the shell's paint.
    for (let i = 0; i < 5; i++) {
      await page.goto(`./${page_}`);
      await page.locator(appSelector).waitFor();
      // Let the app's first frames be painted and reported.
      await page.waitForTimeout(300);
      const { lcp, fcp } = await page.evaluate(() => ({
        lcp: window.__lcp,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      }));
      const seen = `load ${i + 1}: ${JSON.stringify({ fcp, lcp })}`;
      expect(lcp.length, seen).toBeGreaterThan(0);
      // No candidate is the app's: its copy of the first lines is no larger than the shell's,
      // which was timed before the app replaced it.
      expect(lcp.filter((e) => e.el === 'app'), seen).toEqual([]);
      // The largest candidate was painted with the first contentful paint.
      expect(lcp[lcp.length - 1].time, seen).toBe(fcp);
    }
    expect(rec.errors).toEqual([]);
    expect(rec.console).toEqual([]);
  });
}
