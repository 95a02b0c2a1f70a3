// The offline copy of the app: a service worker registered by boot.js (http/https only).
//
// At build time Trunk's post_build hook (scripts/sw-precache, see Trunk.toml) replaces the two
// lines below with the build's own list of files and a version derived from their contents, so
// every build gets a new cache (and a new sw.js, which the browser installs by itself).
//   - hashed files (name-0123456789abcdef.ext): cache first, they never change;
//   - everything else (index.html, boot.js, profile.toml): network first, the cached copy only
//     when the network fails, so a newly published profile or build is picked up when online;
//   - any other request, and every request to another origin (DNS-over-HTTPS answers), is not
//     touched: the browser handles it as if there were no service worker.
const VERSION = "dev"; // sw-precache: version
const ASSETS = []; // sw-precache: assets
// Each page's own files ({"index.html": [...], "help.html": [...], "tools.html": [...]}): the page
// that registers the worker (`sw.js?page=help.html`, static/boot.js) precaches only its own, so a
// customer's phone does not download the desk's larger builds. index.html's list also holds
// tools.html's files (scripts/sw-precache): the desk's tools work offline after one visit.
// Another page is cached when it is first visited.
const PAGES = {}; // sw-precache: pages
const PAGE = new URL(self.location.href).searchParams.get("page");

const CACHE = `mail-setup-doctor-${VERSION}`;
const SCOPE = new URL(self.registration.scope);
// Trunk writes the 64-bit hash in hex without leading zeros: usually 16 digits, sometimes fewer.
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

// The cache key of a request in our scope, or null when we leave it alone.
function keyOf(request) {
  if (request.method !== "GET") return null;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return null;
  const name = url.pathname.slice(SCOPE.pathname.length);
  // The app's page, however it is asked for; other pages in the same folder are not ours.
  if (name === "" || name === "index.html") return "index.html";
  return ASSETS.includes(name) ? name : null;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // One by one: a missing file (a host without profile.toml) must not stop the others.
      await Promise.all(
        (PAGES[PAGE] || ASSETS).map(async (name) => {
          try {
            // Hashed files were just loaded by the page: the HTTP cache has them.
            const mode = HASHED.test(name) ? "default" : "no-cache";
            const response = await fetch(new URL(name, SCOPE), { cache: mode });
            if (response.ok) await cache.put(name, response);
          } catch {
            // offline during install: that file is fetched again on its next use
          }
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("mail-setup-doctor-") && name !== CACHE) await caches.delete(name);
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
  if (response.ok) await cache.put(key, response.clone());
  return response;
}

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (err) {
    const hit = await cache.match(key);
    if (hit) return hit;
    throw err;
  }
}

self.addEventListener("fetch", (event) => {
  const key = keyOf(event.request);
  if (key === null) return;
  event.respondWith(HASHED.test(key) ? cacheFirst(event.request, key) : networkFirst(event.request, key));
});
