#!/usr/bin/env node
// Bulk assign in headless Chromium (docs/benchmarks.md, "Bulk assign in the
// browser"): an encrypted 50 000-client demo book gets a second manager
// (importBundle of one Manager record, docs/data-format.md), then, through the
// real UI (docs/ui-automation.md, Clients toolbar): Clients → select all →
// pick a manager in clients.bulk.manager → click clients.bulk.assign, timed from
// the click until rmplanner.data.saved() resolves (docs/js-hook.md). The runs
// alternate between the new manager and the original one, so each moves all
// 50 000 clients; each is checked (every client on the target manager), and at
// the end the page is reloaded and unlocked and the last one checked again.
// Also timed: a one-client rename (editClient) → saved() at 50 000.
//
// Usage: node bench/browser/bulk_assign_bench.js [--web DIR] [--runs N]
//          [--clients N] [--timeout-s S] [--out build/bench/browser_bulk_assign.json]
// --web defaults to build/web; a run longer than --timeout-s (default 120) is
// stopped and reported as "> S s (stopped)". scripts/bench.sh bulk-assign runs it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const ROOT = path.join(__dirname, '..', '..');

function options(argv) {
  const o = { web: 'build/web', runs: 3, clients: 50000, timeoutS: 120,
    out: path.join(ROOT, 'build', 'bench', 'browser_bulk_assign.json') };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i], v = argv[i + 1];
    if (a === '--web') { o.web = v; i++; }
    else if (a === '--runs') { o.runs = Number(v); i++; }
    else if (a === '--clients') { o.clients = Number(v); i++; }
    else if (a === '--timeout-s') { o.timeoutS = Number(v); i++; }
    else if (a === '--out') { o.out = path.resolve(v); i++; }
    else throw new Error('unknown argument ' + a);
  }
  return o;
}

const o = options(process.argv);
// helpers.js reads RM_WEB_DIR when it is loaded.
process.env.RM_WEB_DIR = path.resolve(o.web);
const { startServer, launch, openApp, reloadApp, nextFrame, rect, click } = require('../../tests/e2e/helpers');

const PASS = 'bench passphrase 基准 42';
const NEW_MANAGER = '基准经理 Bench';

const { median } = require('../median');
const data = (page, fn, ...args) => page.evaluate(([f, a]) => window.rmplanner.data[f](...a), [fn, args]);

class Stopped extends Error {}
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, rej) => {
    timer = setTimeout(() => rej(new Stopped(`${what} took more than ${ms / 1000} s`)), ms);
  })]).finally(() => clearTimeout(timer));
}

// The managers of the book, and how many clients each has (counted in the page:
// the bundle of 50 000 clients is tens of MB).
async function census(page) {
  return page.evaluate(async () => {
    const b = JSON.parse(await window.rmplanner.data.exportBundle({ plain: true }));
    const per = {};
    for (const c of b.clients) if (!c.deleted) per[c.manager_id || ''] = (per[c.manager_id || ''] || 0) + 1;
    const first = b.clients.find((c) => !c.deleted);
    return { managers: b.managers.filter((m) => !m.deleted).map((m) => ({ id: m.id, name: m.name })),
      per, clients: b.clients.filter((c) => !c.deleted).length, firstClient: first && first.id };
  });
}

// A one-record bundle with a second manager, header fields from the book's export.
async function addManager(page) {
  const bundle = await page.evaluate(async ({ name, id }) => {
    const b = JSON.parse(await window.rmplanner.data.exportBundle({ plain: true }));
    const m0 = b.managers[0];
    const actor = b.exported_by;
    const m = { id, created: `${Date.now()}:0:${actor}`, name, employee_no: 'E99001' };
    if (m0.branch_id) m.branch_id = m0.branch_id;
    return JSON.stringify({ format: b.format, schema_version: b.schema_version, scope: 'plan',
      exported_by: actor, exported_at: new Date().toISOString(), managers: [m] });
  }, { name: NEW_MANAGER, id: crypto.randomUUID() });
  const r = await data(page, 'importBundle', bundle);
  if (!r.ok) throw new Error('importBundle: ' + JSON.stringify(r));
  await data(page, 'saved');
}

// Opens the bulk-manager combo and clicks the item of manager INDEX (its
// position in the book's managers), preferring an item whose text names it.
async function pickManager(page, index, name) {
  await click(page, 'clients.bulk.manager');
  let id = `clients.bulk.manager.${index}`;
  for (let n = 0; n < 8; n++) {
    const r = await page.evaluate((i) => window.rmplanner.ui.itemRect(i), `clients.bulk.manager.${n}`);
    if (r && r.text && r.text.includes(name)) { id = `clients.bulk.manager.${n}`; break; }
  }
  await click(page, id);
}

async function assignRun(page, target, expected, timeoutMs) {
  await click(page, 'clients.select_all');
  const sel = Number(String((await rect(page, 'clients.selected')).text).replace(/\D/g, ''));
  if (sel !== expected) throw new Error(`selected ${sel} of ${expected}`);
  await pickManager(page, target.index, target.name);
  const r = await rect(page, 'clients.bulk.assign');
  const t0 = await page.evaluate(() => performance.now());
  const wall0 = Date.now();
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  const t = await withTimeout(page.evaluate(async () => {
    // The click is handled in the next frames (ImGui takes a button on release);
    // then saved() waits until the assignment is durable.
    await window.rmplanner.ui.nextFrame();
    await window.rmplanner.ui.nextFrame();
    const applied = performance.now();
    await window.rmplanner.data.saved();
    return { applied, saved: performance.now(), save: (await window.rmplanner.data.timings()).lastSave };
  }), timeoutMs, 'assign');
  return { click_to_applied_ms: t.applied - t0, click_to_saved_ms: t.saved - t0,
    node_wall_ms: Date.now() - wall0, save: t.save };
}

async function editRun(page, id, name, timeoutMs) {
  await nextFrame(page);
  return withTimeout(page.evaluate(async ({ id, name }) => {
    const d = window.rmplanner.data;
    const t = performance.now();
    const res = await d.editClient({ op: 'rename', id, name });
    if (!res.ok) throw new Error(JSON.stringify(res));
    const applied = performance.now();
    await d.saved();
    return { edit_ms: applied - t, edit_to_saved_ms: performance.now() - t };
  }, { id, name }), timeoutMs, 'edit');
}

async function main() {
  const timeoutMs = o.timeoutS * 1000;
  const { server, url } = await startServer();
  const { context, dir } = await launch();
  const res = { clients: o.clients, web: path.relative(ROOT, path.resolve(o.web)), edits: [], assigns: [] };
  try {
    const { page, errors } = await openApp(context, url);
    let t = Date.now();
    const st = await data(page, 'setup', { passphrase: PASS, clients: o.clients });
    if (st.state !== 'open') throw new Error('setup ended in ' + st.state);
    await data(page, 'saved');
    res.setup_ms = Date.now() - t;
    await addManager(page);
    const c0 = await census(page);
    if (c0.managers.length < 2 || c0.clients !== o.clients) throw new Error('book: ' + JSON.stringify(c0.managers) + ' ' + c0.clients);
    const targets = [
      { index: c0.managers.findIndex((m) => m.name === NEW_MANAGER), name: NEW_MANAGER },
      { index: c0.managers.findIndex((m) => m.name !== NEW_MANAGER), name: c0.managers.find((m) => m.name !== NEW_MANAGER).name },
    ].map((x) => Object.assign(x, { id: c0.managers[x.index].id }));
    process.stderr.write(`setup ${res.setup_ms} ms; managers: ${c0.managers.map((m) => m.name).join(', ')}\n`);

    // One-client edits first (a bulk run that is stopped ends the page).
    try {
      for (let e = 0; e < o.runs; e++) {
        const r = await editRun(page, c0.firstClient, '基准客户 Bench ' + e, timeoutMs);
        res.edits.push(r);
        process.stderr.write(`  edit ${e + 1}/${o.runs}: ${r.edit_to_saved_ms.toFixed(1)} ms to saved()\n`);
      }
    } catch (e) {
      if (!(e instanceof Stopped)) throw e;
      res.edit_stopped_s = o.timeoutS;
      process.stderr.write(`  edit stopped: ${e.message}\n`);
    }

    await click(page, 'nav.clients');
    let last = null;
    if (res.edit_stopped_s === undefined) {
      try {
        for (let i = 0; i < o.runs; i++) {
          const target = targets[i % 2];
          const r = await assignRun(page, target, o.clients, timeoutMs);
          const c = await census(page);
          r.verified = c.per[target.id] === o.clients;
          if (!r.verified) throw new Error(`after assign ${i + 1}: ${JSON.stringify(c.per)}`);
          res.assigns.push(r);
          last = target;
          process.stderr.write(`  assign ${i + 1}/${o.runs} → ${target.name}: ${r.click_to_saved_ms.toFixed(0)} ms click→saved() ` +
            `(applied after ${r.click_to_applied_ms.toFixed(0)} ms); all ${o.clients} verified\n`);
        }
      } catch (e) {
        if (!(e instanceof Stopped)) throw e;
        res.assign_stopped_s = o.timeoutS;
        process.stderr.write(`  assign stopped: ${e.message}\n`);
      }
    }
    if (last && res.assign_stopped_s === undefined) {
      const s = await reloadApp(page);
      if (s.state !== 'locked') throw new Error('after reload: ' + s.state);
      await data(page, 'unlock', PASS);
      const c = await census(page);
      res.durable = c.per[last.id] === o.clients;
      if (!res.durable) throw new Error('after reload: ' + JSON.stringify(c.per));
      process.stderr.write(`  reload + unlock: all ${o.clients} still on ${last.name}\n`);
    }
    res.errors = errors;
  } finally {
    await context.close().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
    server.close();
  }

  const med = (xs, k) => median(xs.map((x) => x[k]));
  const fmt = (v, stopped, d = 0) => (stopped !== undefined ? `> ${stopped} s (stopped)` : v === null ? '—' : v.toFixed(d));
  res.median = { click_to_saved_ms: med(res.assigns, 'click_to_saved_ms'), click_to_applied_ms: med(res.assigns, 'click_to_applied_ms'),
    edit_to_saved_ms: med(res.edits, 'edit_to_saved_ms'), edit_ms: med(res.edits, 'edit_ms') };
  const env = { date: new Date().toISOString(), cpus: os.cpus().length, loadavg: os.loadavg().map((x) => Number(x.toFixed(2))) };
  try { env.chromium = require('child_process').execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch (e) { /* not fatal */ }
  fs.mkdirSync(path.dirname(o.out), { recursive: true });
  fs.writeFileSync(o.out, JSON.stringify({ env, result: res }, null, 2));
  const n = o.clients.toLocaleString('en-US');
  console.log(`| ${n} clients, ${res.web} (median of ${o.runs}) | ms |\n|---|---:|`);
  console.log(`| assign all: click → applied (next frames drawn) | ${fmt(res.median.click_to_applied_ms, res.assign_stopped_s)} |`);
  console.log(`| **assign all: click → \`saved()\`** | ${fmt(res.median.click_to_saved_ms, res.assign_stopped_s)} |`);
  console.log(`| one-client rename: apply | ${fmt(res.median.edit_ms, res.edit_stopped_s, 1)} |`);
  console.log(`| **one-client rename → \`saved()\`** | ${fmt(res.median.edit_to_saved_ms, res.edit_stopped_s, 1)} |`);
  console.log(`\n${env.date}, ${env.chromium || 'chromium'}, ${env.cpus} cores, load ${env.loadavg.join(' ')}; ` +
    `assignments verified: ${res.assigns.filter((a) => a.verified).length}/${res.assigns.length}, durable after reload: ${res.durable === true ? 'yes' : 'not checked'}; ` +
    `JSON in ${path.relative(ROOT, o.out)}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
