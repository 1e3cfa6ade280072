#!/usr/bin/env node
// Crash trials (docs/storage.md, "What saved means"; figures in
// docs/benchmarks.md): does every edit whose rmplanner.data.saved() resolved
// survive the whole browser being killed at a random moment?
//
// One Chromium profile for the whole run. Trial 0 sets up an encrypted demo
// book. Each trial then starts Chromium on that profile (its own process
// group), opens and unlocks the book, checks it (it opens with no problem,
// every edit acknowledged so far is there), and starts a stream of edits in
// the page through the JS hook (docs/js-hook.md): mostly new clients, every
// fifth a rename of one client; after 30 % of them it waits for saved()
// (as a person waiting for "saved"), after another 20 % it calls saved()
// without waiting, and when saved() resolves it reports the edits up to
// there as acknowledged (a
// console line, read here; one that did not arrive before the kill only
// makes the check weaker, never wrong). At a random moment the whole process
// group gets SIGKILL: no unload, no flush, IndexedDB's files as the kill
// left them. A last open checks the final trial.
//
// Usage: node bench/crash_trials.js [--trials N] [--web DIR] [--min-ms A]
//          [--max-ms B] [--clients N] [--seed S] [--out FILE] [--keep]
// Defaults: 100 trials, build/web, kills 50–2500 ms into the stream, a
// 200-client demo book, build/bench/crash_trials.json. Exit status 1 when an
// acknowledged edit is lost or an open reports a problem.
// scripts/bench.sh crash runs it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..');

function options(argv) {
  const o = { trials: 100, web: 'build/web', minMs: 50, maxMs: 2500, clients: 200, seed: Date.now() % 1e9,
    out: path.join(ROOT, 'build', 'bench', 'crash_trials.json'), keep: false };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i], v = argv[i + 1];
    if (a === '--trials') { o.trials = Number(v); i++; }
    else if (a === '--web') { o.web = v; i++; }
    else if (a === '--min-ms') { o.minMs = Number(v); i++; }
    else if (a === '--max-ms') { o.maxMs = Number(v); i++; }
    else if (a === '--clients') { o.clients = Number(v); i++; }
    else if (a === '--seed') { o.seed = Number(v); i++; }
    else if (a === '--out') { o.out = path.resolve(v); i++; }
    else if (a === '--keep') o.keep = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(fs.readFileSync(__filename, 'utf8').split('\n').slice(17, 23).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
      process.exit(0);
    } else throw new Error('unknown argument ' + a + ' (--help lists them)');
  }
  if (!(o.trials >= 1) || !(o.minMs >= 0) || !(o.maxMs >= o.minMs)) throw new Error('bad --trials / --min-ms / --max-ms');
  return o;
}

const o = options(process.argv);
const WEB = path.resolve(ROOT, o.web);
const { listen } = require('../scripts/serve.js');
const { startChromium, killAll } = require('./crash_browser.js');

const PASS = 'crash trials 崩溃试验 42';
// A small seeded generator, so that a failing run can be repeated (--seed).
let seed = o.seed >>> 0;
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const data = (page, fn, ...args) => page.evaluate(([f, a]) => window.rmplanner.data[f](...a), [fn, args]);

// Opens (and unlocks) the book; {state, problems, names, renamed} as found.
async function openBook(page, url) {
  await page.goto(url);
  await page.evaluate(() => window.rmplanner.ready);
  // Still loading, or read-only until the writer's lock comes (as in setup above).
  let st = await data(page, 'state');
  for (let i = 0; i < 200 && ['loading', 'starting', 'read_only'].includes(st.state); i++) {
    await sleep(50);
    st = await data(page, 'state');
  }
  if (st.state === 'locked') st = await data(page, 'unlock', PASS);
  const book = st.state === 'open' ? JSON.parse(await data(page, 'exportBundle', { plain: true })) : { clients: [] };
  const found = { state: st.state, problems: st.problems, clients: book.clients };
  if (st.state !== 'open') {
    // What the browser holds, to tell a store the app could not read (memory
    // only) from one the browser emptied after the kill: the origin's
    // databases and the profile's IndexedDB files.
    found.memory_only = !!st.memory_only;
    found.databases = await page.evaluate(() => indexedDB.databases()).catch((e) => String(e));
    found.idb_files = listFiles(path.join(page.context().__profile || '', 'Default', 'IndexedDB'));
  }
  return found;
}

// Every file below DIR with its size ("name: bytes"), for the evidence of a failed open.
function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    let entries = [];
    try { entries = fs.readdirSync(d, { withFileTypes: true }); } catch (e) { return; }
    for (const e of entries) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else { try { out.push(`${path.relative(dir, full)}: ${fs.statSync(full).size}`); } catch (err) { /* gone */ } }
    }
  };
  walk(dir);
  return out;
}

// In the page: the stream of edits. Edit i of trial T adds client "C T i",
// or (every fifth) renames client RENAME_ID to "R T i". When a saved()
// called after edit i resolves, every edit up to i is durable, and the page
// says so on the console.
function startStream(page, trial, renameId) {
  return page.evaluate(({ trial, renameId }) => {
    const d = window.rmplanner.data;
    window.__stop = false;
    (async () => {
      for (let i = 0; !window.__stop; i++) {
        const spec = i % 5 === 4 ? { op: 'rename', id: renameId, name: `R ${trial} ${i}` } : { op: 'add', name: `C ${trial} ${i}` };
        const r = await d.editClient(spec);
        if (!r.ok) { console.log('rm-edit-failed ' + JSON.stringify(r)); return; }
        console.log(`rm-made ${trial} ${i}`);
        const x = Math.random();
        if (x < 0.3) {  // the person waits for "saved" (the stream pauses)
          const s = await d.saved().catch(() => null);
          if (s && s.durable) console.log(`rm-ack ${trial} ${i}`);
        } else if (x < 0.5) {  // someone waits, the stream goes on
          d.saved().then((s) => { if (s && s.durable) console.log(`rm-ack ${trial} ${i}`); }, () => {});
        }
        await new Promise((res) => setTimeout(res, Math.random() * 30));
      }
    })();
  }, { trial, renameId });
}

const renameOrder = (name) => {
  const m = /^R (\d+) (\d+)$/.exec(name || '');
  return m ? Number(m[1]) * 1e9 + Number(m[2]) : -1;
};

async function main() {
  if (!fs.existsSync(path.join(WEB, 'app.wasm'))) throw new Error(`no app in ${WEB}: build it first (scripts/bench.sh crash does)`);
  const server = await listen(WEB, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rmplanner-crash-'));
  const acked = new Set();          // names of added clients whose saved() resolved
  let renameFloor = -1;             // the latest acknowledged (or seen) rename, as renameOrder
  let renameId = null;
  const result = { date: new Date().toISOString(), machine: `${os.cpus().length} × ${os.cpus()[0].model}`,
    seed: o.seed, trials: 0, edits_made: 0, acknowledged: 0, lost: 0, lost_names: [], opens_with_problems: 0,
    problems: [], kill_ms: { min: o.minMs, max: o.maxMs }, survivors_killed: 0, clients_at_end: 0, trial_ms: [] };
  const log = (s) => process.stdout.write(s + '\n');
  log(`crash trials: ${o.trials} trials, kills ${o.minMs}–${o.maxMs} ms into the stream, seed ${o.seed}, profile ${profile}`);

  // Checks what a reopen found against what was acknowledged before the kill.
  const check = (trial, found) => {
    if (found.state !== 'open' || (found.problems && found.problems.length)) {
      result.opens_with_problems++;
      result.problems.push({ trial, state: found.state, problems: found.problems, memory_only: found.memory_only,
                             databases: found.databases, idb_files: found.idb_files });
    }
    const names = new Set(found.clients.map((c) => c.name));
    for (const n of acked) {
      if (!names.has(n)) { result.lost++; if (result.lost_names.length < 20) result.lost_names.push(n); acked.delete(n); }
    }
    const target = found.clients.find((c) => c.id === renameId);
    const now = renameOrder(target && target.name);
    if (renameFloor >= 0 && now < renameFloor) {
      result.lost++;
      result.lost_names.push(`rename ${renameFloor} (found ${target ? target.name : 'no client'})`);
    }
    renameFloor = Math.max(renameFloor, now);
    result.clients_at_end = found.clients.length;
  };

  let run = null;  // the Chromium of the trial under way, killed on the way out whatever happened
  try {
    for (let trial = 0; trial <= o.trials; trial++) {
      const t0 = Date.now();
      run = await startChromium(profile);
      const context = run.context;
      context.__profile = profile;  // openBook lists its IndexedDB files when an open fails
      const page = context.pages()[0] || await context.newPage();
      let ackedThisTrial = 0;
      const pending = new Map();  // edit index → name (adds)
      page.on('console', (m) => {
        const text = m.text();
        let g = /^rm-made (\d+) (\d+)$/.exec(text);
        if (g) { result.edits_made++; if (Number(g[2]) % 5 !== 4) pending.set(Number(g[2]), `C ${g[1]} ${g[2]}`); return; }
        g = /^rm-ack (\d+) (\d+)$/.exec(text);
        if (g) {
          const upto = Number(g[2]);
          for (const [i, n] of pending) if (i <= upto) { acked.add(n); pending.delete(i); ackedThisTrial++; }
          const lastRename = upto - ((upto + 1) % 5);  // the last i ≤ upto with i % 5 === 4
          if (lastRename >= 4) renameFloor = Math.max(renameFloor, renameOrder(`R ${g[1]} ${lastRename}`));
          return;
        }
        if (/^rm-edit-failed/.test(text)) result.problems.push({ trial, edit: text });
      });
      if (trial === 0) {
        await page.goto(url);
        await page.evaluate(() => window.rmplanner.ready);
        // A page that gets the writer's lock late starts read-only and takes
        // over when it comes (web/js/session.js): set up once it has.
        for (let i = 0; i < 200 && (await data(page, 'state')).state !== 'needs_setup'; i++) await sleep(50);
        await data(page, 'setup', { passphrase: PASS, demo: true, clients: o.clients });
        await data(page, 'saved');
        renameId = JSON.parse(await data(page, 'exportBundle', { plain: true })).clients[0].id;
      } else {
        check(trial - 1, await openBook(page, url));
      }
      if (trial === o.trials) {  // the last open only checks
        await killAll(run);
        run = null;
        break;
      }
      await startStream(page, trial, renameId);
      const killAt = o.minMs + random() * (o.maxMs - o.minMs);
      await sleep(killAt);
      result.survivors_killed += await killAll(run);
      run = null;
      result.trials++;
      result.acknowledged += ackedThisTrial;
      result.trial_ms.push(Date.now() - t0);
      if (trial % 10 === 0 || trial === o.trials - 1) {
        log(`  trial ${trial + 1}/${o.trials}: killed at ${Math.round(killAt)} ms, ${ackedThisTrial} acknowledged, ` +
            `${result.acknowledged} in all, lost so far ${result.lost}`);
      }
    }
  } finally {
    // A Chromium left running (an error above) still writes into the
    // profile, and removing it would then fail and hide the error.
    if (run) await killAll(run).catch(() => {});
    server.close();
    if (!o.keep) fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
  const ms = result.trial_ms.sort((a, b) => a - b);
  result.trial_ms = { median: ms[ms.length >> 1], max: ms[ms.length - 1] };
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, JSON.stringify(result, null, 2) + '\n');
  log(`trials: ${result.trials}`);
  log(`edits made: ${result.edits_made}`);
  log(`acknowledged edits: ${result.acknowledged}`);
  log(`lost edits: ${result.lost}${result.lost ? ' ' + JSON.stringify(result.lost_names) : ''}`);
  log(`opens with problems: ${result.opens_with_problems}${result.problems.length ? ' ' + JSON.stringify(result.problems.slice(0, 5)) : ''}`);
  log(`clients in the book at the end: ${result.clients_at_end}; helpers outside the group killed: ${result.survivors_killed}`);
  log(`written ${path.relative(ROOT, o.out)}`);
  process.exit(result.lost || result.opens_with_problems ? 1 : 0);
}

main().catch((e) => { console.error(e && e.stack || e); process.exit(2); });
