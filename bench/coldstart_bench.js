#!/usr/bin/env node
// Cold start from the service worker's cache, in headless Chromium
// (docs/benchmarks.md, "Cold start"): for each book size, a fresh profile sets
// up an encrypted book online (the worker precaches the build), then the
// server is stopped and the network switched off, and the page is opened
// again and again from the cache. Each run takes the page's start-up marks
// (platform.js), the storage's timings (rmplanner.data.timings()) and the
// resource timings, and unlocks at once (the passphrase "already typed").
// Also: the build's size over the wire (gzip and brotli of every precached file).
//
// Usage: node bench/coldstart_bench.js [--sizes 400,10000,50000] [--runs 5]
//          [--out build/bench/coldstart.json]
// RM_WEB_DIR picks the build (as for tests/e2e); scripts/bench.sh coldstart
// builds the app and runs this.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { execFileSync } = require('child_process');
const { listen } = require('../scripts/serve.js');
const { launch, WEB } = require('../tests/e2e/helpers');

const ROOT = path.join(__dirname, '..');
const PASS = 'cold start 冷启动 2026';

function options(argv) {
  const o = { sizes: [400, 10000, 50000], runs: 5, out: path.join(ROOT, 'build', 'bench', 'coldstart.json') };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i], v = argv[i + 1];
    if (a === '--sizes') { o.sizes = v.split(',').map(Number); i++; }
    else if (a === '--runs') { o.runs = Number(v); i++; }
    else if (a === '--out') { o.out = path.resolve(v); i++; }
    else throw new Error('unknown argument ' + a);
  }
  return o;
}

const { median } = require('./median');

function wireSize() {
  const list = JSON.parse(fs.readFileSync(path.join(WEB, 'asset-manifest.json'), 'utf8'));
  let raw = 0, gz = 0, br = 0;
  const files = [...list.files.map((f) => f.path), 'sw.js'];
  const per = {};
  for (const p of files) {
    const b = fs.readFileSync(path.join(WEB, p));
    const g = zlib.gzipSync(b, { level: 9 }).length;
    const r = zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    raw += b.length; gz += g; br += r;
    per[p] = { raw: b.length, gzip: g, brotli: r };
  }
  return { build: list.build, files: files.length, raw, gzip: gz, brotli: br, per };
}

// One open from the cache: navigation → unlock screen → unlock → first frame
// over the book.
async function coldOpen(page, url) {
  await page.goto(url);
  await page.evaluate(() => window.rmplanner.ready);
  const st = await page.evaluate(() => window.rmplanner.data.state());
  if (st.state !== 'locked') throw new Error('expected the unlock screen, got ' + st.state);
  return page.evaluate(async (pass) => {
    const tUnlock = performance.now();
    await window.rmplanner.data.unlock(pass);
    await window.rmplanner.ui.nextFrame();
    const tUsable = performance.now();
    const marks = Object.fromEntries(performance.getEntriesByType('mark')
      .filter((m) => m.name.startsWith('rm:')).map((m) => [m.name.slice(3), m.startTime]));
    const nav = performance.getEntriesByType('navigation')[0];
    const res = {};
    for (const r of performance.getEntriesByType('resource')) {
      const name = new URL(r.name).pathname.replace(/^\//, '');
      res[name] = { start: r.startTime, end: r.responseEnd, transfer: r.transferSize, sw: r.workerStart > 0 };
    }
    const tm = await window.rmplanner.data.timings();
    return { marks, unlock_at: tUnlock, usable_at: tUsable, html_end: nav.responseEnd,
      dom_loaded: nav.domContentLoadedEventEnd, res, open: tm.open, mount: tm.mount,
      from_sw: !!navigator.serviceWorker.controller,
      wasm_memory: (window.Module && Module.HEAP8) ? Module.HEAP8.length : null };
  }, PASS);
}

function phases(r) {
  const m = r.marks;
  const appjs = r.res['app.js'];
  const o = r.open || {};
  return {
    html_ms: r.html_end,
    scripts_ms: r.dom_loaded,
    fetch_wasm_font_ms: m.fetched - m['fetch-start'],
    compile_ms: m['runtime-ready'] - Math.max(m.fetched, appjs ? appjs.end : 0),
    boot_font_atlas_ms: m.booted - m['runtime-ready'],
    first_frame_at_ms: m['first-frame'],
    // When the page showed the unlock screen (its mark), not when the
    // benchmark got round to typing: the passphrase counts as typed at once.
    unlock_screen_at_ms: m['unlock-screen'],
    kdf_ms: o.kdf_ms,
    idb_read_ms: o.idb_read_ms,
    decrypt_ms: o.decrypt_ms,
    parse_ms: o.parse_ms,
    replay_ms: o.replay_ms,
    workspace_ms: o.workspace_ms,
    open_ms: o.open_ms,
    book_first_frame_ms: o.first_frame_ms,
    after_enter_ms: r.usable_at - r.unlock_at,
    usable_at_ms: m['unlock-screen'] + (r.usable_at - r.unlock_at),
    usable_less_kdf_ms: m['unlock-screen'] + (r.usable_at - r.unlock_at) - (o.kdf_ms || 0),
    early_read_ms: r.mount && r.mount.early_read_ms,
    wasm_memory_mb: r.wasm_memory / 1048576,
    from_sw: r.from_sw ? 1 : 0,
  };
}

async function benchSize(clients, runs) {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'rmplanner-cold-'));
  fs.cpSync(WEB, site, { recursive: true });
  let server = await listen(site, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const { context, dir } = await launch();
  const out = { clients, runs: [] };
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(() => window.rmplanner.ready);
    const st = await page.evaluate(({ pass, n }) => window.rmplanner.data.setup({ passphrase: pass, demo: true, clients: n }),
      { pass: PASS, n: clients });
    if (st.state !== 'open') throw new Error('setup ended in ' + st.state);
    await page.evaluate(() => window.rmplanner.data.saved());
    for (let i = 0; i < 300; i++) {
      const s = await page.evaluate(() => window.rmplanner.update.state());
      if (s.controlled && s.build) break;
      await page.waitForTimeout(100);
    }
    // From here on only the cache can answer.
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    server = null;
    await context.setOffline(true);
    await coldOpen(page, url);  // warm-up: the first open after setup
    for (let i = 0; i < runs; i++) {
      const r = await coldOpen(page, url);
      out.runs.push(phases(r));
      process.stderr.write(`  ${clients}: run ${i + 1}/${runs}: first frame ${r.marks['first-frame'].toFixed(0)} ms, ` +
        `usable ${r.usable_at.toFixed(0)} ms (KDF ${(r.open.kdf_ms || 0).toFixed(0)} ms)\n`);
    }
  } finally {
    await context.close();
    if (server) { server.closeAllConnections(); server.close(); }
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(site, { recursive: true, force: true });
  }
  out.median = {};
  for (const k of Object.keys(out.runs[0] || {})) out.median[k] = median(out.runs.map((r) => r[k]));
  return out;
}

const f = (x, d = 0) => (x === null || x === undefined ? '—' : Number(x).toFixed(d));

function table(results) {
  const head = '| from navigation, ms (median) | ' + results.map((r) => r.clients.toLocaleString('en-US') + ' clients').join(' | ') + ' |';
  const rule = '|---|' + results.map(() => '---:').join('|') + '|';
  const row = (label, k, d = 0) => '| ' + label + ' | ' + results.map((r) => f(r.median[k], d)).join(' | ') + ' |';
  return [head, rule,
    row('index.html from the cache (responseEnd)', 'html_ms', 1),
    row('scripts parsed (DOMContentLoaded)', 'scripts_ms'),
    row('`app.wasm` read + streaming compile, font read (from the cache)', 'fetch_wasm_font_ms'),
    row('WebAssembly instantiate + runtime start', 'compile_ms'),
    row('GL + ImGui + font atlas (`rm_boot`)', 'boot_font_atlas_ms'),
    row('**first frame** (at)', 'first_frame_at_ms'),
    row('unlock screen up (at)', 'unlock_screen_at_ms'),
    row('store read ahead (early read, overlaps loading)', 'early_read_ms'),
    row('key derivation (PBKDF2-SHA256, 600 000)', 'kdf_ms'),
    row('IndexedDB read left after the early read', 'idb_read_ms'),
    row('decrypt (AES-GCM)', 'decrypt_ms'),
    row('decode (C++ parse + replay)', 'parse_ms'),
    row('Workspace + index', 'workspace_ms'),
    row('first frame over the book', 'book_first_frame_ms'),
    row('unlock → usable (KDF + open + frame)', 'after_enter_ms'),
    row('**book usable** (at, passphrase entered at once)', 'usable_at_ms'),
    row('book usable less the KDF', 'usable_less_kdf_ms'),
    row('WASM memory, MB', 'wasm_memory_mb', 0),
  ].join('\n');
}

async function main() {
  const o = options(process.argv);
  const wire = wireSize();
  const results = [];
  for (const n of o.sizes) {
    process.stderr.write(`${n} clients…\n`);
    results.push(await benchSize(n, o.runs));
  }
  const env = { date: new Date().toISOString(), web: path.relative(ROOT, WEB), cpus: os.cpus().length,
    loadavg: os.loadavg().map((x) => Number(x.toFixed(2))), node: process.version };
  try { env.chromium = execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch (e) { /* not fatal */ }
  try { env.cpu = execFileSync('lscpu', { encoding: 'utf8' }).match(/Model name:\s*(.*)/)[1].trim(); } catch (e) { /* not fatal */ }
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, JSON.stringify({ env, wire, results }, null, 2));
  console.log(table(results));
  const mbs = (b) => (b / 1e6).toFixed(2) + ' MB';
  console.log(`\nbuild ${wire.build}: ${wire.files} files, ${mbs(wire.raw)} raw, ${mbs(wire.gzip)} gzip -9, ${mbs(wire.brotli)} brotli -11` +
    ` (app.wasm ${mbs(wire.per['app.wasm'].gzip)} gzip, font ${mbs(wire.per['fonts/ui.ttf'].gzip)} gzip)`);
  console.log(`${env.date}, ${env.chromium || 'chromium'}, ${env.cpu || ''}, ${env.cpus} cores, load ${env.loadavg.join(' ')}; ` +
    `offline, from the service worker's cache; medians of ${o.runs} runs; JSON in ${path.relative(ROOT, o.out)}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
