// Starts the app. An external file, not Trunk's inline bootstrap, so that the page runs under
// `script-src 'self' 'wasm-unsafe-eval'` (see Trunk.toml, pattern_script).
const boot = document.getElementById("boot");
const fatal = document.getElementById("fatal");

// The panic message (filled in by the app's panic hook) offers a reload; the handler lives here
// because after a panic the wasm module can no longer run code.
document.getElementById("fatal-reload")?.addEventListener("click", () => location.reload());

try {
  const { default: init } = await import(boot.dataset.js);
  await init({ module_or_path: boot.dataset.wasm });
} catch (err) {
  console.error(err);
  if (fatal) fatal.hidden = false;
}

// The offline copy (sw.js): only on a real web origin, never on file: or data: pages (tests).
// Registered once the app runs, so that its downloads do not compete with the first load (the
// hashed files then come from the HTTP cache). A failed registration changes nothing.
if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
  // Named after this page (index.html, help.html or tools.html), so the worker precaches this
  // page's files.
  const page = location.pathname.split("/").pop() || "index.html";
  navigator.serviceWorker
    .register(`sw.js?page=${encodeURIComponent(page)}`)
    .catch((err) => console.warn("service worker:", err));
}
