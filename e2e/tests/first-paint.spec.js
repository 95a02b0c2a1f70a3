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
  ['tools.html', '#p-domain'],
]) {
  test(`${page_}: the shell's first paint stays the Largest Contentful Paint`, async ({ page }) => {
    const rec = await watch(page);
    await page.addInitScript(() => {
      window.__lcp = [];
      // When the app replaced the shell: the shell's <main> (taken when the parser is done,
      // before any script runs) leaves the document.
      let shell = null;
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') shell = document.querySelector('#app > main');
      });
      new MutationObserver(() => {
        if (shell && !shell.isConnected && window.__replaced === undefined) window.__replaced = performance.now();
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__lcp.push({ time: e.startTime, size: e.size });
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    // Five loads: without the wait in boot.js most of them lost the shell's paint.
    for (let i = 0; i < 5; i++) {
      await page.goto(`./${page_}`);
      await page.locator(appSelector).waitFor();
      // The app's first frame painted and timed: its header's Element Timing entry
      // (elementtiming="app", src/components/header.rs). LCP candidates of that frame are
      // reported with it.
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            new PerformanceObserver((list, observer) => {
              if (list.getEntries().some((e) => e.identifier === 'app')) {
                observer.disconnect();
                resolve();
              }
            }).observe({ type: 'element', buffered: true });
          }),
      );
      const { lcp, replaced } = await page.evaluate(() => ({ lcp: window.__lcp, replaced: window.__replaced }));
      const seen = `load ${i + 1}: ${JSON.stringify({ replaced, lcp })}`;
      expect(replaced, seen).toBeDefined();
      expect(lcp.length, seen).toBeGreaterThan(0);
      // Every candidate, the largest included, was painted before the app replaced the shell:
      // none is the app's own copy of the first screen, painted after the wasm.
      expect(lcp.filter((e) => e.time >= replaced), seen).toEqual([]);
    }
    expect(rec.errors).toEqual([]);
    expect(rec.console).toEqual([]);
  });
}
