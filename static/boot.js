// Starts the app. An external file, not Trunk's inline bootstrap, so that the page runs under
// `script-src 'self' 'wasm-unsafe-eval'` (see Trunk.toml, pattern_script).
const boot = document.getElementById("boot");
const fatal = document.getElementById("fatal");

// The panic message (filled in by the app's panic hook) offers a reload; the handler lives here
// because after a panic the wasm module can no longer run code.
document.getElementById("fatal-reload")?.addEventListener("click", () => location.reload());
document.getElementById("update-reload")?.addEventListener("click", () => location.reload());

// Any error the app did not handle (an exception in an event handler, a trap of the wasm module
// such as running out of memory, a rejected promise) shows the same message: the page may no
// longer work, and what was typed is in the address bar or the tab's storage, so a reload
// recovers it.
const showFatal = () => {
  if (fatal) fatal.hidden = false;
};
addEventListener("error", (e) => {
  // Not an error of the app: Chromium reports a ResizeObserver loop as an ErrorEvent.
  if (!/ResizeObserver/.test(e.message || "")) showFatal();
});
addEventListener("unhandledrejection", showFatal);

// profile.toml (issue 12), fetched here rather than by the wasm: the first request starts at
// once, while the wasm downloads and compiles, and the page's code stays smaller. The app asks
// through globalThis.mailDoctorProfile(etag, lastModified) (src/web.rs): its first call without
// validators takes this first request; a call with them is a conditional re-check (a 304 comes
// back as such: the browser's HTTP cache stays out of it). The answer is one string, parsed by
// profile_source::parse_answer: "ok" and, one a line, the service worker's X-Mail-Doctor-Offline
// reason and X-Mail-Doctor-Saved-At date (sw.js), ETag, Last-Modified, then the text; or "304",
// "404", "http CODE", "large BYTES", "html", "timeout" (10 s), "network".
const PROFILE_TIMEOUT_MS = 10000;
const PROFILE_MAX_BYTES = 4 * 1024 * 1024; // core::limits::MAX_PROFILE_BYTES
async function profileRequest(etag, lastModified) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PROFILE_TIMEOUT_MS);
  const headers = {};
  if (etag) headers["If-None-Match"] = etag;
  if (lastModified) headers["If-Modified-Since"] = lastModified;
  try {
    const r = await fetch("profile.toml", {
      cache: etag || lastModified ? "no-store" : "no-cache",
      headers,
      signal: controller.signal,
    });
    const h = (name) => r.headers.get(name) || "";
    if (r.status === 304) return "304";
    if (r.status === 404 || r.status === 410) return "404";
    if (!r.ok) return `http ${r.status}`;
    if (Number(h("Content-Length")) > PROFILE_MAX_BYTES) return `large ${h("Content-Length")}`;
    if (/text\/html/i.test(h("Content-Type"))) return "html";
    const text = await r.text();
    const saved = h("X-Mail-Doctor-Saved-At") || String(Date.now());
    return ["ok", h("X-Mail-Doctor-Offline"), saved, h("ETag"), h("Last-Modified"), text].join("\n");
  } catch {
    return controller.signal.aborted ? "timeout" : "network";
  } finally {
    clearTimeout(timer);
  }
}
let firstProfile = profileRequest();

// A text file beside the page (english.toml: the customers' page's English, fetched when English
// is chosen), as one string, or null when it cannot be had (10 s timeout).
globalThis.mailDoctorText = async (name) => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PROFILE_TIMEOUT_MS);
  try {
    const r = await fetch(name, { signal: controller.signal });
    return r.ok ? await r.text() : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
};
globalThis.mailDoctorProfile = (etag, lastModified) => {
  const first = firstProfile;
  firstProfile = null;
  return first && !etag && !lastModified ? first : profileRequest(etag, lastModified);
};

// An open tab re-checks what it runs on when it is shown again and every 5 minutes: the app its
// profile ("mail-doctor-recheck", src/lib.rs), the service worker its build (below).
const recheck = [() => dispatchEvent(new Event("mail-doctor-recheck"))];
const check = () => recheck.forEach((f) => f());
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") check();
});
setInterval(check, 5 * 60 * 1000);

// Resolves once the browser has shown the page's static first screen (the shell in #app) and
// timed that paint. The app empties #app when it starts; Chromium forgets a text it has painted
// but not yet timed when its element goes away, so a start right after the first frame made the
// app's own copy of the same paragraph, painted after the wasm, count as the page's Largest
// Contentful Paint (docs/performance.md, "the LCP settled"). Waited for while the wasm downloads
// and compiles, so it costs nothing unless the wasm is ready before the shell is shown.
//
// The signal: the Element Timing entry of the shell's main text (`elementtiming="shell"`, the
// largest text of the first screen) once it is painted and timed; a first frame may hold only
// the header when the parser yields. Browsers without Element Timing: the first Largest
// Contentful Paint entry, or else the first contentful paint.
function shellShown() {
  const types = globalThis.PerformanceObserver?.supportedEntryTypes ?? [];
  // A page loaded in the background (or prerendered) paints nothing until it is shown.
  if (document.visibilityState !== "visible") return Promise.resolve();
  let type;
  let wanted;
  if (types.includes("element") && document.querySelector('[elementtiming="shell"]')) {
    type = "element";
    wanted = (e) => e.identifier === "shell";
  } else if (types.includes("largest-contentful-paint")) {
    type = "largest-contentful-paint";
    wanted = () => true;
  } else if (types.includes("paint")) {
    type = "paint";
    wanted = (e) => e.name === "first-contentful-paint";
  } else {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some(wanted)) done();
    });
    observer.observe({ type, buffered: true });
    // A safety net, never reached when the shell is painted: the app starts all the same.
    const timer = setTimeout(done, 3000);
  });
}

// The wasm compiled while the shell is shown (the response streams into the compiler; a server
// that does not say application/wasm gets the slower path, as wasm-bindgen's own loader does).
async function compileWasm(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`failed to fetch ${url}: ${response.status}`);
  if (WebAssembly.compileStreaming && response.headers.get("Content-Type") === "application/wasm") {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

try {
  const shown = shellShown();
  const [{ default: init }, module] = await Promise.all([
    import(boot.dataset.js),
    compileWasm(boot.dataset.wasm),
  ]);
  await shown;
  await init({ module_or_path: module });
} catch (err) {
  console.error(err);
  if (fatal) fatal.hidden = false;
}

// The offline copy (sw.js): only on a real web origin, never on file: or data: pages (tests).
// Registered once the app runs, so that its downloads do not compete with the first load (the
// hashed files then come from the HTTP cache). A failed registration changes nothing. One script
// URL and one scope for every page: moving between the pages keeps one registration.
if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
  const sw = navigator.serviceWorker;
  // A new build, published while this page is open, takes over (its worker installed completely,
  // sw.js): the page still runs the build it loaded, and says so.
  const hadController = Boolean(sw.controller);
  sw.addEventListener("controllerchange", async () => {
    const update = document.getElementById("update");
    if (!hadController || !update) return;
    // A new worker came with this very page's navigation: nothing newer to offer unless the
    // page's address now serves another build (another wasm file).
    try {
      const page = await fetch(location.href.split("#")[0], { cache: "no-cache" });
      if (!(await page.text()).includes(boot.dataset.wasm.replace(/^\.\//, ""))) update.hidden = false;
    } catch {
      // offline: the next check tells
    }
  });
  sw.register("sw.js")
    // (The browser itself looks for a new sw.js only on navigations.)
    .then((registration) => recheck.push(() => registration.update().catch(() => {})))
    .catch((err) => console.warn("service worker:", err));
}
