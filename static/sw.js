// The offline copy of the app: one service worker for the deployment's folder, registered by
// static/boot.js as `sw.js` (one script URL and one scope for every page, so moving between the
// pages never re-registers or reinstalls it).
//
// At build time scripts/sw-precache writes the build's file list, each page's own files and a
// version derived from their contents into the three lines below, so every build gets a new
// sw.js (which the browser installs by itself) and a new cache.
//   - hashed files (name-0123456789abcdef.ext): cache first, they never change;
//   - the pages (also asked for without ".html", as static hosts with "pretty URLs" serve them)
//     and boot.js: network first; the cached copy when the network fails or has not answered in
//     TIMEOUT_MS;
//   - profile.toml: network first the same way, but only a response that is a profile is cached
//     (2xx, not redirected, not HTML: a host's catch-all page is not a profile), and a cached copy
//     is answered with X-Mail-Doctor-Offline (why: network, timeout, http-503…) and
//     X-Mail-Doctor-Saved-At (when it was fetched, ms since 1970): the page says it is a saved
//     copy and how old; a 404 removes the saved copy (the operator withdrew it);
//   - anything else, and every request to another origin (DNS-over-HTTPS), is not touched.
// Install succeeds only when every file the page needs (and the profile, when one is published)
// is in the new cache; until then the previous worker and its cache stay. Cache names hold the
// deployment's folder and the build, so two deployments on one origin keep their own caches.
const VERSION = "dev"; // sw-precache: version
const ASSETS = []; // sw-precache: assets
// Each page's own files ({"index.html": [...], "help.html": [...], "tools.html": [...]}): the
// desk's pages list every page's files (an agent moves between them, offline too); help.html only
// its own, so a customer's phone does not download the desk's builds.
const PAGES = {}; // sw-precache: pages

const SCOPE = new URL(self.registration.scope);
const PREFIX = `mail-setup-doctor:${SCOPE.pathname}:`;
const CACHE = PREFIX + VERSION;
const PROFILE = "profile.toml";
// Trunk writes the 64-bit hash in hex without leading zeros: usually 16 digits, sometimes fewer.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;
const TIMEOUT_MS = 4000;

// The file a request in our folder is for ("help" and "help.html" are the same page), or null.
function nameOf(url) {
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return null;
  let name = url.pathname.slice(SCOPE.pathname.length);
  if (name === "" || name === "index") name = "index.html";
  else if (!name.includes(".") && ASSETS.includes(`${name}.html`)) name += ".html";
  return name;
}

function keyOf(request) {
  if (request.method !== "GET") return null;
  const name = nameOf(new URL(request.url));
  return name === PROFILE || ASSETS.includes(name) ? name : null;
}

// `promise`, or a rejection after `ms`.
const within = (promise, ms) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), ms))]);

// A copy that may be stored and answered to any request (a redirected response may not answer a
// navigation), with extra headers.
async function copy(response, extra) {
  const headers = new Headers(response.headers);
  for (const [k, v] of Object.entries(extra)) headers.set(k, v);
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

// Whether a response is a web page (by its type or its first bytes): what a host's catch-all or a
// login portal answers for a file it does not have.
async function isHtml(response) {
  if (/text\/html/i.test(response.headers.get("Content-Type") || "")) return true;
  const head = (await response.clone().text()).slice(0, 200).replace(/^[\s\uFEFF]+/, "").toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head");
}

// Whether a response to profile.toml is a profile: answered as such (2xx, same origin, not a
// redirect) and not a web page.
async function isProfile(response) {
  return response.ok && !response.redirected && response.type === "basic" && !(await isHtml(response));
}

const saved = (response) => copy(response, { "X-Mail-Doctor-Saved-At": String(Date.now()) });

// The windows' pages (index.html, help.html…), for what to precache.
async function openPages() {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  return windows.map((w) => nameOf(new URL(w.url))).filter((n) => n && PAGES[n]);
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const pages = await openPages();
      const wanted = new Set(pages.length ? pages.flatMap((p) => PAGES[p]) : ASSETS);
      wanted.delete(PROFILE);
      // (A cache of this very name already there is this build's, complete: never deleted here.)
      const existed = await caches.has(CACHE);
      const cache = await caches.open(CACHE);
      try {
        await Promise.all(
          [...wanted].map(async (name) => {
            // Hashed files were just loaded by the page: the HTTP cache has them.
            const mode = HASHED.test(name) ? "default" : "no-cache";
            const response = await fetch(new URL(name, SCOPE), { cache: mode });
            if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
            await cache.put(name, response.redirected ? await copy(response, {}) : response);
          }),
        );
        // The profile, when one is published: 404 (or a host's catch-all page) is "none".
        const response = await fetch(new URL(PROFILE, SCOPE), { cache: "no-cache" });
        if (await isProfile(response)) await cache.put(PROFILE, await saved(response));
        else if (![404, 410].includes(response.status) && !(response.ok && (await isHtml(response)))) {
          throw new Error(`${PROFILE}: HTTP ${response.status}`);
        }
      } catch (err) {
        // Incomplete: this worker is not installed; the previous one and its cache stay.
        if (!existed) await caches.delete(CACHE);
        throw err;
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
        // Caches of this folder named before they carried the folder (mail-setup-doctor-<v>).
        else if (name.startsWith("mail-setup-doctor-")) {
          const first = (await (await caches.open(name)).keys())[0];
          if (first && first.url.startsWith(SCOPE.href)) await caches.delete(name);
        }
      }
      await self.clients.claim();
    })(),
  );
});

async function cacheFirst(request, key) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && !response.redirected) await cache.put(key, response.clone());
  return response;
}

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  const network = fetch(request);
  network.catch(() => {}); // answered from the cache after a timeout: a late failure is no news
  try {
    const response = await within(network, TIMEOUT_MS);
    if (response.ok && response.type === "basic") await cache.put(key, response.redirected ? await copy(response.clone(), {}) : response.clone());
    return response;
  } catch (err) {
    const hit = await cache.match(key);
    if (hit) return hit;
    return network;
  }
}

async function profileFirst(request) {
  const cache = await caches.open(CACHE);
  const network = fetch(request);
  network.catch(() => {});
  const fallback = async (why) => {
    const hit = await cache.match(PROFILE);
    return hit ? copy(hit, { "X-Mail-Doctor-Offline": why }) : null;
  };
  let response;
  try {
    response = await within(network, TIMEOUT_MS);
  } catch (err) {
    const timedOut = err instanceof Error && err.message === "timeout";
    return (await fallback(timedOut ? "timeout" : "network")) || network;
  }
  if (response.status === 404 || response.status === 410) {
    await cache.delete(PROFILE);
    return response;
  }
  if (response.status >= 500) return (await fallback(`http-${response.status}`)) || response;
  if (await isProfile(response)) await cache.put(PROFILE, await saved(response.clone()));
  return response;
}

self.addEventListener("fetch", (event) => {
  const key = keyOf(event.request);
  if (key === null) return;
  if (key === PROFILE) event.respondWith(profileFirst(event.request));
  else event.respondWith(HASHED.test(key) ? cacheFirst(event.request, key) : networkFirst(event.request, key));
});
