// A small static web server for the end-to-end tests, one per test when a test needs its own:
// it serves a built dist/ (never modified) with a profile.toml of the test's choosing and the
// faults a test sets while it runs (issue 12's fault suite, e2e/tests/faults.spec.js):
//   - profile: a text, or null (404); or a fault: {status, body, type, delayMs, hang, bytes}
//   - dist: switch to another build folder (a new build published mid-session)
//   - pretty: serve the pages without ".html" the way static hosts with "pretty URLs" do
//     (/help.html redirects to /help; /help serves help.html)
// Like the servers the app is deployed on (deploy/nginx.conf), it sends ETag and Last-Modified,
// answers conditional requests with 304, types .wasm as application/wasm and answers a missing
// file with 404 and 404.html. Loopback only, on a free port chosen by the system.
//
//   node e2e/server.js --port N --dist DIR [--profile FILE|published-demo|none]
// (the Playwright config's webServer: dist/ with the demo renamed as an ISP's own profile, so
// the specs run against a deployment that has one; the release itself ships none).
const http = require('http');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const ROOT = path.join(__dirname, '..');
const DEMO = fs.readFileSync(path.join(ROOT, 'static', 'profile.toml'), 'utf8');

/** The demo, published as if it were an ISP's own profile (its identity changed). */
function publishedDemo(version = 'e2e-1') {
  const text = DEMO.replace('version = "demo"', `version = "${version}"`);
  if (text === DEMO) throw new Error('static/profile.toml has no version = "demo" line');
  return text;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
};
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

/**
 * Starts a server. Options: dist (folder), profile (text or null), pretty (bool).
 * Returns {url, state, requests, close()}; `state` may be changed at any time.
 */
function startServer(options = {}) {
  const state = {
    dist: options.dist || process.env.E2E_DIST || path.join(ROOT, 'dist'),
    profile: options.profile === undefined ? publishedDemo() : options.profile,
    profileFault: null,
    pretty: !!options.pretty,
    profileDate: new Date(),
  };
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push({ path: url.pathname, headers: req.headers });
    let name = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    if (name === '') name = 'index.html';
    if (state.pretty) {
      if (name.endsWith('.html') && name !== '404.html' && name !== 'index.html') {
        res.writeHead(308, { Location: `/${name.slice(0, -5)}${url.search}` });
        return res.end();
      }
      if (!name.includes('.') && fs.existsSync(path.join(state.dist, `${name}.html`))) name += '.html';
    }
    if (name === 'profile.toml') return serveProfile(req, res);
    const file = path.join(state.dist, name);
    if (!file.startsWith(state.dist) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return notFound(res);
    }
    send(req, res, fs.readFileSync(file), TYPES[path.extname(name)] || 'application/octet-stream', fs.statSync(file).mtime, HASHED.test(name));
  });

  function notFound(res) {
    const page = path.join(state.dist, '404.html');
    const body = fs.existsSync(page) ? fs.readFileSync(page) : Buffer.from('not found');
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(body);
  }

  function send(req, res, body, type, modified, immutable) {
    const etag = `"${crypto.createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    const lastModified = new Date(Math.floor(modified.getTime() / 1000) * 1000).toUTCString();
    const headers = {
      'Content-Type': type,
      ETag: etag,
      'Last-Modified': lastModified,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    if ((inm && inm === etag) || (!inm && ims && new Date(ims) >= new Date(lastModified))) {
      res.writeHead(304, headers);
      return res.end();
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  }

  function serveProfile(req, res) {
    const fault = state.profileFault;
    if (fault) {
      if (fault.hang) return; // never answers (the page's and the worker's timeouts end it)
      const reply = () => {
        if (fault.bytes) {
          res.writeHead(fault.status || 200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': fault.bytes });
          const chunk = Buffer.alloc(64 * 1024, 0x23); // '#': a TOML comment, endlessly
          let left = fault.bytes;
          const pump = () => {
            while (left > 0) {
              const n = Math.min(left, chunk.length);
              left -= n;
              if (!res.write(chunk.subarray(0, n))) return res.once('drain', pump);
            }
            res.end();
          };
          return pump();
        }
        res.writeHead(fault.status || 200, { 'Content-Type': fault.type || 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
        res.end(fault.body || '');
      };
      if (fault.delayMs) setTimeout(reply, fault.delayMs);
      else reply();
      return;
    }
    if (state.profile === null) return notFound(res);
    send(req, res, Buffer.from(state.profile, 'utf8'), TYPES['.toml'], state.profileDate, false);
  }

  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(options.port || 0, '127.0.0.1', () => {
      const { port } = server.address();
      const sockets = new Set();
      server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
      });
      resolve({
        url: `http://127.0.0.1:${port}/`,
        state,
        requests,
        /** Publishes a new profile text (a new Last-Modified, a new ETag). */
        publish(text) {
          state.profile = text;
          state.profileFault = null;
          state.profileDate = new Date(state.profileDate.getTime() + 1000);
        },
        close() {
          for (const s of sockets) s.destroy();
          return new Promise((r) => server.close(() => r()));
        },
      });
    });
  });
}

module.exports = { startServer, publishedDemo, DEMO };

if (require.main === module) {
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const which = arg('profile') || 'published-demo';
  const profile = which === 'none' ? null : which === 'published-demo' ? publishedDemo() : fs.readFileSync(which, 'utf8');
  startServer({ port: Number(arg('port')), dist: arg('dist'), profile }).then((s) => {
    process.stdout.write(`serving ${s.state.dist} at ${s.url}\n`);
  });
}
