// scripts/serve.js, the development server: security headers on every answer,
// a malformed URL answered 400 (not a crash), --help prints its usage instead
// of serving. No browser needed.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { spawnSync } = require('child_process');
const { listen } = require('../../scripts/serve.js');

const SERVE = path.join(__dirname, '..', '..', 'scripts', 'serve.js');

// A raw GET: http.get would refuse to send some of the paths tested here.
function get(port, rawPath) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'GET', path: rawPath }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function withServer(fn) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rmplanner-serve-'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(path.join(root, 'app.wasm'), Buffer.from([0, 97, 115, 109]));
  const server = await listen(root, 0);
  try { await fn(server.address().port); } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    fs.rmSync(root, { recursive: true, force: true });
  }
}

test('serve.js answers 400 to a malformed URL and keeps serving', async () => {
  await withServer(async (port) => {
    const bad = await get(port, '/%E0%A4%A');
    assert.strictEqual(bad.status, 400);
    assert.match(bad.headers['content-security-policy'], /frame-ancestors 'none'/);
    const ok = await get(port, '/');
    assert.strictEqual(ok.status, 200, 'the server still serves after the bad request');
  });
});

test('serve.js sends the Content-Security-Policy and nosniff with every file', async () => {
  await withServer(async (port) => {
    for (const p of ['/', '/index.html', '/app.wasm', '/missing.js']) {
      const r = await get(port, p);
      const csp = r.headers['content-security-policy'] || '';
      assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/, p);
      assert.match(csp, /frame-ancestors 'none'/, p);
      assert.match(csp, /object-src 'none'/, p);
      assert.strictEqual(r.headers['x-content-type-options'], 'nosniff', p);
    }
    assert.strictEqual((await get(port, '/app.wasm')).headers['content-type'], 'application/wasm');
    assert.strictEqual((await get(port, '/../../etc/passwd')).status === 200, false);
  });
});

test('serve.js --help prints its usage and exits without serving', () => {
  const r = spawnSync(process.execPath, [SERVE, '--help'], { encoding: 'utf8', timeout: 10000 });
  assert.strictEqual(r.signal, null, 'serve.js --help did not exit (it started serving)');
  assert.strictEqual(r.status, 0);
  assert.match(r.stdout, /^Usage: node scripts\/serve\.js/);
  assert.doesNotMatch(r.stdout, /being served/);
  const bad = spawnSync(process.execPath, [SERVE, '--bogus'], { encoding: 'utf8', timeout: 10000 });
  assert.strictEqual(bad.status, 2);
  assert.match(bad.stderr, /unknown argument --bogus/);
});
