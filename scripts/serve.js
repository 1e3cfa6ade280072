#!/usr/bin/env node
// A static file server for build/web on the loopback interface only, with the
// security headers a real deployment must send too (docs/deploy.md).
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const USAGE = `Usage: node scripts/serve.js [--root DIR] [--port N]

Serves the built app (default: build/web) on http://127.0.0.1:PORT/ only.
  --root DIR   the folder to serve (a build's web output, e.g. build/web)
  --port N     the port (default 8080; 0 picks any free port)
  --help       prints this text and exits
The headers it sends are the ones docs/deploy.md asks of a real server.
`;

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.ttf': 'font/ttf',
  '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

// The page runs only its own scripts and compiles WebAssembly; it is never
// framed, embeds no plugins and talks to no other origin (docs/deploy.md
// explains each directive).
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function plain(res, status, text, extra) {
  res.writeHead(status, Object.assign({ 'Content-Type': 'text/plain; charset=utf-8' }, SECURITY_HEADERS, extra || {}));
  res.end(text + '\n');
}

// CONNECT_SRC: other origins the page may fetch from (a sync share on another
// origin: docs/deploy.md, "Headers for the browser, share on another origin");
// read per request, so a test can add a share it started after the page's server.
function headersFor(connectSrc) {
  if (!connectSrc || connectSrc.length === 0) return SECURITY_HEADERS;
  return Object.assign({}, SECURITY_HEADERS, {
    'Content-Security-Policy': CSP.replace("connect-src 'self'", "connect-src 'self' " + connectSrc.join(' ')),
  });
}

function createServer(root, connectSrc) {
  root = path.resolve(root);
  return http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      plain(res, 405, 'method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    let rel;
    try {
      rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch (err) {
      // A malformed escape (/%E0%A4%A) or URL: the client's mistake, not a crash.
      plain(res, 400, 'bad request: malformed URL');
      return;
    }
    if (rel.includes('\0')) { plain(res, 400, 'bad request'); return; }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root + path.sep)) { plain(res, 403, 'forbidden'); return; }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) { plain(res, 404, 'not found'); return; }
      res.writeHead(200, Object.assign({
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Content-Length': st.size,
        // Always revalidated: a new build is seen at once (the service worker
        // keeps the app offline, not the HTTP cache).
        'Cache-Control': 'no-cache',
      }, headersFor(connectSrc)));
      if (req.method === 'HEAD') { res.end(); return; }
      const stream = fs.createReadStream(file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    });
  });
}

function listen(root, port, connectSrc) {
  const server = createServer(root, connectSrc);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

module.exports = { listen, createServer, SECURITY_HEADERS, CSP };

function parseArgs(args) {
  const out = { root: path.join(__dirname, '..', 'build', 'web'), port: 8080 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') return { help: true };
    if (a === '--root' || a === '--port') {
      if (i + 1 >= args.length) return { error: `${a} needs a value` };
      const v = args[++i];
      if (a === '--root') out.root = v;
      else {
        if (!/^\d+$/.test(v) || Number(v) > 65535) return { error: `--port takes a number from 0 to 65535, not ${v}` };
        out.port = Number(v);
      }
    } else {
      return { error: `unknown argument ${a}` };
    }
  }
  return out;
}

if (require.main === module) {
  const opt = parseArgs(process.argv.slice(2));
  if (opt.help) { process.stdout.write(USAGE); process.exit(0); }
  if (opt.error) { process.stderr.write(`serve: ${opt.error}\n\n${USAGE}`); process.exit(2); }
  if (!fs.existsSync(path.join(opt.root, 'index.html'))) {
    process.stderr.write(`serve: ${opt.root} holds no index.html — build the app first (scripts/build.sh wasm)\n`);
    process.exit(1);
  }
  listen(opt.root, opt.port).then((server) => {
    console.log(`RM Planner is being served at http://127.0.0.1:${server.address().port}/  (Ctrl+C stops)`);
  }, (err) => { console.error(`serve: ${err.message}`); process.exit(1); });
}
