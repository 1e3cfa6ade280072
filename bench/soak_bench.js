#!/usr/bin/env node
// Soak (docs/benchmarks.md, "Soak"): many edits with autosave in one browser
// profile, reloading every so often, checking that nothing is lost and that
// memory does not grow. Each edit is one update_client_profile command (a new
// note text on a client, round robin over the book) issued the way the
// screens issue them, a few milliseconds apart, so the debounced autosave
// runs as in use; nobody calls saved() except before each reload. After each
// reload (unlock with the passphrase) the book must hold the last text of
// every edited client, and the JS heap (after a GC) and the WASM memory are
// recorded.
//
// Usage: node bench/soak_bench.js [--edits 10000] [--reload-every 1000]
//          [--clients 400] [--out build/bench/soak.json]
// RM_WEB_DIR picks the build; scripts/bench.sh soak builds the app and runs this.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { startServer, launch, WEB } = require('../tests/e2e/helpers');

const ROOT = path.join(__dirname, '..');
const PASS = 'soak test 浸泡 2026';

function options(argv) {
  const o = { edits: 10000, every: 1000, clients: 400, out: path.join(ROOT, 'build', 'bench', 'soak.json') };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i], v = argv[i + 1];
    if (a === '--edits') { o.edits = Number(v); i++; }
    else if (a === '--reload-every') { o.every = Number(v); i++; }
    else if (a === '--clients') { o.clients = Number(v); i++; }
    else if (a === '--out') { o.out = path.resolve(v); i++; }
    else throw new Error('unknown argument ' + a);
  }
  return o;
}

async function memory(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const h = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return { js_heap_mb: h.usedSize / 1e6, wasm_mb: await page.evaluate(() => Module.HEAP8.length / 1e6) };
}

async function unlock(page) {
  await page.evaluate(() => window.rmplanner.ready);
  for (let i = 0; i < 600; i++) {
    const s = await page.evaluate(() => window.rmplanner.data.state());
    if (s.state === 'locked') break;
    if (s.state === 'open') return;
    await page.waitForTimeout(50);
  }
  await page.evaluate((p) => window.rmplanner.data.unlock(p), PASS);
}

async function main() {
  const o = options(process.argv);
  const { server, url } = await startServer();
  const { context, dir } = await launch();
  const rounds = [];
  let lost = 0;
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(() => window.rmplanner.ready);
    await page.evaluate(({ p, n }) => window.rmplanner.data.setup({ passphrase: p, demo: true, clients: n }),
      { p: PASS, n: o.clients });
    await page.evaluate(() => window.rmplanner.data.saved());
    const bundle = JSON.parse(await page.evaluate(() => window.rmplanner.data.exportBundle({ plain: true })));
    const ids = bundle.clients.filter((c) => !c.deleted).map((c) => c.id);
    rounds.push(Object.assign({ edits: 0 }, await memory(context, page)));
    const expected = new Map();
    let done = 0;
    const t0 = Date.now();
    while (done < o.edits) {
      const n = Math.min(o.every, o.edits - done);
      const batch = [];
      for (let i = 0; i < n; i++) {
        const id = ids[(done + i) % ids.length];
        const note = `soak ${done + i}`;
        batch.push([id, note]);
        expected.set(id, note);
      }
      // In slices of 20 edits, 5 ms apart: autosave runs between them as in use.
      for (let s = 0; s < batch.length; s += 20) {
        await page.evaluate(async (slice) => {
          for (const [id, note] of slice) {
            const r = await window.rmplanner.data.dispatch({ command: 'update_client_profile', client_id: id, changes: { employer: note } });
            if (!r.ok) throw new Error(JSON.stringify(r));
            await new Promise((res) => setTimeout(res, 5));
          }
        }, batch.slice(s, s + 20));
      }
      done += n;
      await page.evaluate(() => window.rmplanner.data.saved());
      await page.reload();
      await unlock(page);
      const book = JSON.parse(await page.evaluate(() => window.rmplanner.data.exportBundle({ plain: true })));
      const byId = new Map(book.clients.map((c) => [c.id, c]));
      let missing = 0;
      for (const [id, note] of expected) if (!byId.has(id) || byId.get(id).employer !== note) missing++;
      lost += missing;
      const m = await memory(context, page);
      rounds.push(Object.assign({ edits: done, lost: missing, seconds: (Date.now() - t0) / 1000 }, m));
      process.stderr.write(`  ${done} edits: lost ${missing}, JS heap ${m.js_heap_mb.toFixed(1)} MB, WASM ${m.wasm_mb.toFixed(1)} MB\n`);
    }
  } finally {
    await context.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const env = { date: new Date().toISOString(), edits: o.edits, every: o.every, clients: o.clients,
    cpus: os.cpus().length, loadavg: os.loadavg().map((x) => Number(x.toFixed(2))) };
  try { env.chromium = execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch (e) { /* not fatal */ }
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, JSON.stringify({ env, rounds, lost }, null, 2));
  console.log('| edits | lost | JS heap after GC, MB | WASM memory, MB |\n|---:|---:|---:|---:|');
  for (const r of rounds) console.log(`| ${r.edits} | ${r.lost === undefined ? '—' : r.lost} | ${r.js_heap_mb.toFixed(1)} | ${r.wasm_mb.toFixed(1)} |`);
  console.log(`\n${env.date}, ${env.chromium || 'chromium'}, ${env.cpus} cores, load ${env.loadavg.join(' ')}; ` +
    `${o.edits} edits on a ${o.clients}-client encrypted book, reload every ${o.every}; lost edits: ${lost}`);
  if (lost) process.exitCode = 1;
}

main().catch((e) => { console.error(e); process.exit(1); });
