#!/usr/bin/env node
// The browser's sync with a WebDAV share, in headless Chromium
// (docs/benchmarks.md, "Sync in the browser"): an encrypted N-client demo book
// (default 10 000) syncs with a real Apache 2.4 + mod_dav on 127.0.0.1
// (tests/support/dav_ctl.sh, config under build/bench-browser-sync/) through
// rmplanner.sync (docs/js-hook.md), timed from the call until its answer:
//   push        the first sync into an empty folder: the engine's load, the
//               share passphrase's key, the book and hand-in sealed, pushed and
//               read back
//   no change   a sync when the share holds exactly this book
//   100 edits   a sync after 100 clients' profiles changed in the page
// With each, the longest the page's main thread was held up during the sync.
// Each run uses a folder of its own; prints every time and the medians, and
// exits non-zero when a sync does not end `synced` or does not do what the
// step means.
//
// Usage: node bench/browser/sync_bench.js [--web DIR] [--clients N] [--runs N]
//          [--out build/bench/browser_sync.json]     (scripts/bench.sh browser-sync)
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.join(__dirname, '..', '..');

function options(argv) {
  const o = { web: 'build/web', clients: 10000, runs: 3, out: path.join(ROOT, 'build', 'bench', 'browser_sync.json') };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i], v = argv[i + 1];
    if (a === '--web') { o.web = v; i++; }
    else if (a === '--clients') { o.clients = Number(v); i++; }
    else if (a === '--runs') { o.runs = Number(v); i++; }
    else if (a === '--out') { o.out = path.resolve(v); i++; }
    else throw new Error('unknown argument ' + a);
  }
  if (!Number.isInteger(o.clients) || o.clients < 100) throw new Error('--clients expects a whole number ≥ 100');
  return o;
}

const o = options(process.argv);
process.env.RM_WEB_DIR = path.resolve(o.web);
const { startServer, launch, openApp } = require('../../tests/e2e/helpers');
const { median } = require('../median');

const DAV = path.join(ROOT, 'build', 'bench-browser-sync');
const CTL = path.join(ROOT, 'tests', 'support', 'dav_ctl.sh');
const PASS = 'bench passphrase 基准 42';
const SHARE_PASS = 'bench share 共享 2026';

function ctl(...args) {
  const r = spawnSync('bash', [CTL, args[0], DAV, ...args.slice(1)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`dav_ctl.sh ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
const data = (page, fn, ...args) => page.evaluate(([f, a]) => window.rmplanner.data[f](...a), [fn, args]);
const sync = (page, fn, ...args) => page.evaluate(([f, a]) => window.rmplanner.sync[f](...a), [fn, args]);

// Also the longest the page's main thread went without running a 10 ms timer
// during the sync: what a person typing meanwhile would feel.
const pauses = { push: [], no_change: [], edits_100: [] };
async function timed(page, what, check) {
  await page.evaluate(() => {
    window.__gap = { last: performance.now(), max: 0 };
    window.__gapTimer = setInterval(() => {
      const now = performance.now();
      window.__gap.max = Math.max(window.__gap.max, now - window.__gap.last);
      window.__gap.last = now;
    }, 10);
  });
  const t0 = Date.now();
  const r = await sync(page, 'syncNow');
  const ms = Date.now() - t0;
  const pause = await page.evaluate(() => { clearInterval(window.__gapTimer); return Math.round(window.__gap.max); });
  pauses[{ push: 'push', 'no change': 'no_change', '100 edits': 'edits_100' }[what]].push(pause);
  if (r.status !== 'synced') throw new Error(`${what}: ${JSON.stringify(r.error || r)}`);
  const wrong = check(r);
  if (wrong) throw new Error(`${what}: ${wrong} (${JSON.stringify({ pulled: r.pulled, pushed: r.pushed, unchanged: r.unchanged })})`);
  return ms;
}

(async () => {
  const origins = [];
  const { server, url } = await startServer(origins);
  const dav = JSON.parse(ctl('start', new URL(url).origin));
  origins.push(`http://127.0.0.1:${dav.apache}`);
  const { context } = await launch();
  const times = { push: [], no_change: [], edits_100: [] };
  try {
    const { page } = await openApp(context, url);
    await data(page, 'setup', { passphrase: PASS, clients: o.clients });
    const ids = await page.evaluate(async (n) => {
      const b = JSON.parse(await window.rmplanner.data.exportBundle({ plain: true }));
      return b.clients.filter((c) => !c.deleted).slice(0, n).map((c) => c.id);
    }, 100);
    for (let run = 1; run <= o.runs; run++) {
      const folder = `http://127.0.0.1:${dav.apache}/run${run}/`;
      fs.mkdirSync(path.join(DAV, 'apache', 'share', `run${run}`), { recursive: true });
      if (process.getuid() === 0) spawnSync('chown', ['-R', 'www-data:www-data', path.join(DAV, 'apache', 'share')]);
      await sync(page, 'configure', { url: folder, user: dav.user, password: dav.password, passphrase: SHARE_PASS });
      times.push.push(await timed(page, 'push', (r) => (r.pushed.length === 2 ? null : 'expected the book and the hand-in pushed')));
      times.no_change.push(await timed(page, 'no change', (r) => (r.pushed.length === 0 ? null : 'pushed with nothing changed')));
      for (const [i, id] of ids.entries()) {
        const r = await data(page, 'dispatch', { command: 'update_client_profile', client_id: id, changes: { employer: `基准 ${run}-${i}` } });
        if (!r.ok) throw new Error(JSON.stringify(r));
      }
      times.edits_100.push(await timed(page, '100 edits', (r) => (r.pushed.some((p) => p.path.endsWith('/book.rmplanner')) ? null
        : 'the book was not pushed')));
      console.log(`run ${run}: push ${times.push[run - 1]} ms (longest pause ${pauses.push[run - 1]} ms), ` +
        `no change ${times.no_change[run - 1]} ms (${pauses.no_change[run - 1]} ms), ` +
        `100 edits ${times.edits_100[run - 1]} ms (${pauses.edits_100[run - 1]} ms)`);
    }
  } finally {
    await context.close();
    server.close();
    ctl('stop', 'all');
  }
  const out = {
    date: new Date().toISOString(), clients: o.clients, runs: o.runs,
    median_ms: { push: median(times.push), no_change: median(times.no_change), edits_100: median(times.edits_100) }, times,
    longest_pause_ms: { push: Math.max(...pauses.push), no_change: Math.max(...pauses.no_change), edits_100: Math.max(...pauses.edits_100) },
  };
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, JSON.stringify(out, null, 2));
  console.log(`medians at ${o.clients} clients: push ${out.median_ms.push} ms, no change ${out.median_ms.no_change} ms, ` +
    `100 edits ${out.median_ms.edits_100} ms; longest main-thread pause ${JSON.stringify(out.longest_pause_ms)} (${o.out})`);
})().catch((e) => { console.error('sync_bench.js:', e.message || e); process.exit(1); });
