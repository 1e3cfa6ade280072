#!/usr/bin/env node
// Opening and saving an encrypted book in headless Chromium (docs/storage.md):
// for each demo size, a fresh browser profile sets up an encrypted store, then
// the page is reloaded and unlocked several times (open phases from
// rmplanner.data.timings()), then one client is renamed several times and each
// edit is timed until saved() resolves (save phases).
//
// Usage: node bench/browser/open_bench.js [--sizes 400,10000,50000]
//          [--runs 5] [--large-runs 2] [--edits 5] [--typing-ms 0] [--out build/bench/browser_open.json]
// --typing-ms waits that long between the unlock screen and unlock(), as a
// person typing the passphrase does (0: unlock at once, the strictest case).
// --warmup opens that many times uncounted first (default 1): the first open
// after setup has no record of the heap an open needs, so nothing is warmed
// (heap_bridge.js "warming the heap"); a manager's every later open has one.
// RM_WEB_DIR picks the build to serve (as for tests/e2e). scripts/bench.sh
// browser builds the app and runs this.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { startServer, launch, openApp, reloadApp, WEB } = require('../../tests/e2e/helpers');

const ROOT = path.join(__dirname, '..', '..');
const PASS = 'bench passphrase 基准 42';
const LARGE = 20000;  // from this size on, fewer open runs (each costs seconds)

function options(argv) {
  const o = { sizes: [400, 10000, 50000], runs: 5, largeRuns: 2, edits: 5, typingMs: 0, warmup: 1,
    out: path.join(ROOT, 'build', 'bench', 'browser_open.json') };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i], v = argv[i + 1];
    if (a === '--sizes') { o.sizes = v.split(',').map(Number); i++; }
    else if (a === '--runs') { o.runs = Number(v); i++; }
    else if (a === '--large-runs') { o.largeRuns = Number(v); i++; }
    else if (a === '--edits') { o.edits = Number(v); i++; }
    else if (a === '--typing-ms') { o.typingMs = Number(v); i++; }
    else if (a === '--warmup') { o.warmup = Number(v); i++; }
    else if (a === '--out') { o.out = path.resolve(v); i++; }
    else throw new Error('unknown argument ' + a);
  }
  return o;
}

const { median } = require('../median');
// The median of every numeric field across RECORDS; other fields from the first.
function medians(records) {
  const out = {};
  for (const k of Object.keys(records[0] || {})) {
    out[k] = typeof records[0][k] === 'number' ? median(records.map((r) => r[k])) : records[0][k];
  }
  return out;
}

const data = (page, fn, ...args) => page.evaluate(([f, a]) => window.rmplanner.data[f](...a), [fn, args]);

async function benchSize(url, clients, runs, edits, typingMs, warmup) {
  const { context, dir } = await launch();
  const result = { clients, runs: [], edits: [] };
  try {
    const { page, errors } = await openApp(context, url);
    // First run: the demo book is generated, then saved as one snapshot.
    const t0 = Date.now();
    const st = await data(page, 'setup', { passphrase: PASS, demo: true, clients });
    if (st.state !== 'open') throw new Error('setup ended in ' + st.state);
    await data(page, 'saved');
    result.setup_ms = Date.now() - t0;
    result.first_snapshot = (await data(page, 'timings')).lastSave;
    result.counts = await data(page, 'counts');

    for (let r = -warmup; r < runs; r++) {
      const s = await reloadApp(page);
      if (s.state !== 'locked') throw new Error('after reload: ' + s.state);
      if (typingMs) await page.waitForTimeout(typingMs);
      const wall = await page.evaluate(async (p) => {
        const t = performance.now();
        await window.rmplanner.data.unlock(p);
        const unlocked = performance.now() - t;
        await window.rmplanner.ui.nextFrame();
        return { unlock_wall_ms: unlocked, settled_wall_ms: performance.now() - t };
      }, PASS);
      const tm = await data(page, 'timings');
      // What a person waits for once the passphrase is entered: the key
      // derivation, the open after the page's mount read, the first frame.
      const afterEnter = tm.open.kdf_ms + tm.open.open_ms - tm.open.idb_read_ms + tm.open.first_frame_ms;
      // The early read runs while the app loads; the mount then waits only for its rest.
      const run = Object.assign({ after_enter_ms: Number(afterEnter.toFixed(1)),
        early_read_ms: tm.mount.early_read_ms, app_loaded_ms: tm.mount.started_ms }, tm.open, wall);
      if (r < 0) {
        (result.warmups = result.warmups || []).push(run);
        process.stderr.write(`  ${clients}: warm-up open: ${tm.open.open_ms} ms\n`);
        continue;
      }
      result.runs.push(run);
      process.stderr.write(`  ${clients}: open ${r + 1}/${runs}: ${tm.open.open_ms} ms (+ KDF ${tm.open.kdf_ms} ms)\n`);
    }

    // A client of our own to rename: `add` copies the first client, and its id
    // comes back without exporting the whole book.
    const added = await data(page, 'editClient', { op: 'add', name: '基准客户 Bench' });
    if (!added.ok) throw new Error(JSON.stringify(added));
    await data(page, 'saved');
    for (let e = 0; e < edits; e++) {
      await page.evaluate(() => window.rmplanner.ui.nextFrame());
      const r = await page.evaluate(async ({ id, name }) => {
        const d = window.rmplanner.data;
        const t = performance.now();
        const res = await d.editClient({ op: 'rename', id, name });
        if (!res.ok) throw new Error(JSON.stringify(res));
        const applied = performance.now();
        await d.saved();
        const end = performance.now();
        // The screen after the edit: redrawn over the new book (the planner's
        // figures re-derived) and settled.
        await window.rmplanner.ui.nextFrame();
        const redrawn = performance.now();
        return { edit_ms: applied - t, saved_wall_ms: end - applied, edit_to_saved_ms: end - t,
          edit_to_redrawn_ms: redrawn - t, save: (await d.timings()).lastSave };
      }, { id: added.id, name: '基准客户 Bench ' + e });
      result.edits.push(Object.assign({ edit_ms: r.edit_ms, saved_wall_ms: r.saved_wall_ms,
        edit_to_saved_ms: r.edit_to_saved_ms, edit_to_redrawn_ms: r.edit_to_redrawn_ms,
        own_ms: r.save.total_ms - r.save.frames_ms }, r.save));
      process.stderr.write(`  ${clients}: edit ${e + 1}/${edits}: ${r.edit_to_saved_ms.toFixed(1)} ms to saved()\n`);
    }
    // The floor under every save: one IndexedDB write of a tiny file through
    // IDBFS, with no edit and no frame. A .tmp file is what an interrupted
    // write leaves; the store never reads one.
    const floor = [];
    for (let i = 0; i < 3; i++) {
      floor.push(await page.evaluate(async () => {
        const sync = () => new Promise((res, rej) => FS.syncfs(false, (e) => (e ? rej(e) : res())));
        FS.writeFile('/store/bench-floor.tmp', new Uint8Array(300));
        const t = performance.now();
        await sync();
        const d = performance.now() - t;
        FS.unlink('/store/bench-floor.tmp');
        await sync();
        return d;
      }));
    }
    result.syncfs_floor_ms = median(floor);
    result.errors = errors;
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  result.open = medians(result.runs);
  result.save = medians(result.edits);
  return result;
}

const f = (x, digits = 0) => (x === null || x === undefined ? '—' : Number(x).toFixed(digits));
const mb = (b) => (b ? (b / 1e6).toFixed(1) + ' MB' : '—');

function table(results) {
  const head = '| phase | ' + results.map((r) => r.clients.toLocaleString('en-US') + ' clients').join(' | ') + ' |';
  const rule = '|---|' + results.map(() => '---:').join('|') + '|';
  const row = (label, fn) => '| ' + label + ' | ' + results.map(fn).join(' | ') + ' |';
  const o = (k, d = 0) => (r) => f(r.open[k], d);
  const s = (k, d = 1) => (r) => f(r.save[k], d);
  return [head, rule,
    row('runs (open / edit)', (r) => r.runs.length + ' / ' + r.edits.length),
    row('snapshot file (format)', (r) => mb(r.open.snapshot_bytes) + ' (' + r.open.snapshot_format + ')'),
    row('page start → app loaded (storage starts)', o('app_loaded_ms')),
    row('early read of the store (IndexedDB, while the app loads)', o('early_read_ms')),
    row('**open**: IndexedDB read (`syncfs(true)`; with the early read, the wait for its rest)', o('idb_read_ms')),
    row('open: unlock re-read', o('resync_ms')),
    row('open: decrypt (AES-GCM) into the WASM heap', o('decrypt_ms')),
    row('open: C++ parse (snapshot + journal)', o('parse_ms')),
    row('open: C++ journal replay', o('replay_ms', 1)),
    row('open: C++ Workspace + index', o('workspace_ms')),
    row('**open total, ms** (without KDF)', o('open_ms')),
    row('key derivation (PBKDF2, once per unlock)', o('kdf_ms')),
    row('first frame over the book', o('first_frame_ms')),
    row('**usable** (open + first frame)', o('usable_ms')),
    row('after Enter: KDF + open less the mount read + first frame', o('after_enter_ms')),
    row('page start (reload) → book open', o('since_page_start_ms')),
    row('**edit**: apply (C++ Workspace)', s('edit_ms')),
    row('save: take journal entry (C++)', s('take_ms')),
    row('save: seal', s('seal_ms')),
    row('save: write + rename', s('write_ms')),
    row('save: `syncfs(false)`', s('syncfs_ms')),
    row('save: total (storage.js)', s('total_ms')),
    row('save: of which frames drawn meanwhile', s('frames_ms')),
    row('**save without those frames**', (r) => f(r.save.own_ms, 1)),
    row('**edit → `saved()` resolved**', s('edit_to_saved_ms')),
    row('edit → screen redrawn over it and settled', s('edit_to_redrawn_ms')),
    row('floor: `syncfs(false)` of a 300-byte file, idle page', (r) => f(r.syncfs_floor_ms, 1)),
    row('first snapshot: encode (C++)', (r) => f(r.first_snapshot && r.first_snapshot.snapshot_ms)),
    row('first snapshot: seal + write + syncfs', (r) => (r.first_snapshot
      ? f(r.first_snapshot.seal_ms + r.first_snapshot.write_ms + r.first_snapshot.syncfs_ms) : '—')),
  ].join('\n');
}

async function main() {
  const o = options(process.argv);
  const { server, url } = await startServer();
  const results = [];
  try {
    for (const n of o.sizes) {
      process.stderr.write(`${n} clients…\n`);
      results.push(await benchSize(url, n, n >= LARGE ? o.largeRuns : o.runs, o.edits, o.typingMs, o.warmup));
    }
  } finally { server.close(); }
  const env = { date: new Date().toISOString(), typing_ms: o.typingMs, warmup: o.warmup, web: path.relative(ROOT, WEB), cpus: os.cpus().length,
    loadavg: os.loadavg().map((x) => Number(x.toFixed(2))), node: process.version };
  try { env.chromium = require('child_process').execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch (e) { /* not fatal */ }
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, JSON.stringify({ env, results }, null, 2));
  console.log(table(results));
  console.log(`\n${env.date}, ${env.chromium || 'chromium'}, ${env.cpus} cores, load ${env.loadavg.join(' ')}; ` +
    (o.typingMs ? `unlocked ${o.typingMs} ms after the unlock screen; ` : 'unlocked at once; ') + `medians; JSON in ${path.relative(ROOT, o.out)}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
