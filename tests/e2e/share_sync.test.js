// Sync through the bank's WebDAV share, in two browser profiles — a manager
// and her supervisor — against each real server: Apache 2.4 + mod_dav (If-Match
// honoured) and nginx + dav-ext (the hostile case: conditional requests
// ignored, no getetag), started here on 127.0.0.1 by tests/support/dav_ctl.sh
// with the CORS headers of docs/deploy.md (the app is served from another
// port). docs/data-format.md, "Sync"; web/js/share_sync.js.
//
// The manager sets the share up in Settings → Sync: a wrong password and an
// unreachable server each give their plain message, the right one connects.
// She edits offline (the status says the change waits), comes online, and
// the sync runs by itself. The supervisor pulls her hand-in and another
// manager's (pushed by the CLI), comments, approves, reassigns a client and
// notes it, and pushes. The manager, who meanwhile edited the same note,
// syncs: the review is in her book and the note is a conflict she resolves.
// The server stopped mid-push: a plain message, work goes on, the retry
// succeeds and the share holds every edit. Pointed at an empty folder, a
// sync deletes nothing.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const RMEnvelope = require('../../web/js/envelope.js');
const { startServer, launch, openWithBook, reloadApp, data, press, text, tracked, otherManagersBook } = require('./helpers');

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.resolve(ROOT, process.env.RM_BUILD || 'build/native', 'rmplanner');
const DAV = path.join(ROOT, 'build', 'dav-e2e');
const CTL = path.join(ROOT, 'tests', 'support', 'dav_ctl.sh');
const SHARE_PASS = 'branch 网点 share 2026';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-share-sync-'));

function ctl(...args) {
  const r = spawnSync('bash', [CTL, args[0], DAV, ...args.slice(1)], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, `dav_ctl.sh ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

let server, url, dav, closedPort, plainServer, plainOrigin;
const shareOrigins = [];
// A port nothing listens on: the unreachable server.
const freePort = () => new Promise((resolve) => {
  const probe = require('net').createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
test.before(async () => {
  ({ server, url } = await startServer(shareOrigins));
  dav = JSON.parse(ctl('start', new URL(url).origin));
  // The page's CSP names the shares, as docs/deploy.md asks for a share on another origin.
  closedPort = await freePort();
  // A web server that is no WebDAV share and sends no CORS headers.
  ({ server: plainServer, url: plainOrigin } = await startServer());
  plainOrigin = plainOrigin.replace(/\/$/, '');
  shareOrigins.push(`http://127.0.0.1:${dav.apache}`, `http://127.0.0.1:${dav.nginx}`, `http://127.0.0.1:${closedPort}`,
    plainOrigin);
});
test.after(async () => {
  server.close();
  plainServer.close();
  ctl('stop', 'all');
  fs.rmSync(tmp, { recursive: true, force: true });
});

const book = async (page) => JSON.parse(await data(page, 'exportBundle', { plain: true }));
const dispatch = async (page, command) => {
  const r = await data(page, 'dispatch', command);
  assert.ok(r.ok, JSON.stringify(r));
  return r;
};
const sync = (page, fn, ...args) => page.evaluate(([f, a]) => window.rmplanner.sync[f](...a), [fn, args]);
const statusText = (page) => page.evaluate(() => document.getElementById('store-status-text').textContent);
const byId = (list, id) => list.find((x) => x.id === id);

// Until the page's sync status satisfies OK (the automatic sync runs by itself).
async function waitForSync(page, ok, ms = 60000) {
  const until = Date.now() + ms;
  for (;;) {
    const s = await sync(page, 'status');
    if (ok(s)) return s;
    if (Date.now() > until) throw new Error('sync status never came: ' + JSON.stringify(s));
    await page.waitForTimeout(200);
  }
}

// Another manager's book, pushed to the share by the CLI (plain bundle JSON:
// the page opens those as they are).
function otherManager(shareUrl, seed, name) {
  const { file, book: b } = otherManagersBook(tmp, seed, name, 30);
  fs.writeFileSync(path.join(tmp, 'pw'), dav.password + '\n');
  const r = spawnSync(CLI, ['sync', shareUrl, '--book', file, '--user', dav.user, '--password-file', path.join(tmp, 'pw')],
    { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, `${CLI} sync: ${r.stderr}`);
  return b.settings.owner_manager_id;
}

// The bundle on the share at REL, opened as the page sealed it.
async function onShare(kind, rel) {
  const bytes = fs.readFileSync(path.join(DAV, kind, 'share', rel));
  assert.ok(RMEnvelope.looksLikeEnvelope(bytes), `${rel} is encrypted on the share`);
  return JSON.parse(new TextDecoder().decode(await RMEnvelope.openBackup(SHARE_PASS, bytes)));
}

async function openSyncDialog(page) {
  await press(page, 'nav.settings');
  await press(page, 'settings.sync');
  await page.waitForSelector('#sync-dialog', { state: 'visible' });
}
async function fillSync(page, fields) {
  for (const [id, v] of Object.entries(fields)) await page.fill('#sync-' + id, v);
}
// The dialog's answer after clicking BUTTON: its message or its error.
async function answer(page, button) {
  await page.click('#sync-' + button);
  const read = async () => ({ message: await page.textContent('#sync-message'), error: await page.textContent('#sync-error') });
  try {
    await page.waitForFunction(() => !document.getElementById('sync-now').disabled &&
      (document.getElementById('sync-error').textContent || !/…/.test(document.getElementById('sync-message').textContent)),
    null, { polling: 100, timeout: 60000 });
  } catch (e) {
    throw new Error(`no answer to ${button}: ${JSON.stringify(await read())} ${JSON.stringify(await sync(page, 'status'))}`);
  }
  return read();
}

for (const kind of ['apache', 'nginx']) {
  test(`sync through ${kind}: offline edits, the supervisor's review, a conflict, the server stopped mid-push, an empty folder`, async () => {
    const shareUrl = `http://127.0.0.1:${dav[kind]}/`;
    const size = { width: 1280, height: 1000 };
    const mgr = await launch(size);
    const sup = await launch(size);
    try {
      const m = await openWithBook(mgr.context, url, { passphrase: 'manager 客户经理 book 2026' });
      const s = await openWithBook(sup.context, url, { passphrase: 'supervisor 主管 book 2026', demo: false });
      await dispatch(s.page, { command: 'update_own_profile', name: '张主管' });
      await dispatch(s.page, { command: 'set_own_role', role: 'supervisor' });
      const chen = otherManager(shareUrl, kind === 'apache' ? 2 : 3, '陈静');

      // Her week: a plan handed in, and the clients this test follows.
      let mb = await book(m.page);
      const owner = mb.settings.owner_manager_id;
      const hers = mb.clients.filter((c) => !c.deleted && c.manager_id === owner);
      const [pa, ra, rb] = hers.filter((c) => hers.filter((d) => d.name === c.name).length === 1);
      const plan = (await dispatch(m.page, { command: 'save_financial_plan', client_id: pa.id,
        goals: [{ name: '退休', amount: 300000000, year: 2045 }], risk_level: 'C3', recommendations: '稳健配置' })).created[0];
      await dispatch(m.page, { command: 'submit_for_review', id: plan });

      // Settings → Sync: a wrong password, an unreachable server, then the right ones.
      await openSyncDialog(m.page);
      await fillSync(m.page, { url: shareUrl, user: dav.user, password: 'wrong-pass', passphrase: SHARE_PASS });
      let a = await answer(m.page, 'test');
      assert.match(a.error, /拒绝了用户名或密码/);
      assert.match(a.error, /refused the user name or password/);
      await fillSync(m.page, { url: `http://127.0.0.1:${closedPort}/` });
      a = await answer(m.page, 'test');
      assert.match(a.error, /无法连接共享文件夹/);
      assert.match(a.error, /cannot be reached/);
      // The app's own web server answers PROPFIND 405: no WebDAV there.
      await fillSync(m.page, { url });
      a = await answer(m.page, 'test');
      assert.match(a.error, /WebDAV/);
      // Another origin that sends no CORS headers: the browser withholds its answers.
      await fillSync(m.page, { url: plainOrigin + '/share/' });
      a = await answer(m.page, 'test');
      assert.match(a.error, /CORS/);
      await fillSync(m.page, { url: shareUrl, password: dav.password });
      a = await answer(m.page, 'test');
      assert.strictEqual(a.error, '');
      assert.match(a.message, /Connected/);
      a = await answer(m.page, 'save');
      assert.match(a.message, /encrypted, inside this book/);
      await m.page.click('#sync-close');
      const settings = await sync(m.page, 'settings');
      assert.deepStrictEqual([settings.configured, settings.remembered, settings.has_password], [true, true, true]);
      // The password is in the encrypted store, never in localStorage.
      const ls = await m.page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
      assert.ok(!ls.includes(dav.password) && !ls.includes(SHARE_PASS), 'no secret in localStorage');

      // Offline: an edit waits, and the status says so; online, it syncs by itself.
      await mgr.context.setOffline(true);
      await dispatch(m.page, { command: 'update_client_profile', client_id: rb.id, changes: { employer: '离线编辑集团' } });
      await m.page.waitForFunction(() => /Offline/.test(document.getElementById('store-status-text').textContent), null, { polling: 100 });
      assert.match(await statusText(m.page), /离线.*待同步|待同步.*离线|离线/);
      assert.ok((await sync(m.page, 'status')).pending >= 1);
      // "Sync now" offline: a plain answer, and the automatic sync backs off…
      await openSyncDialog(m.page);
      a = await answer(m.page, 'now');
      assert.match(a.error, /cannot be reached/);
      await m.page.click('#sync-close');
      assert.ok((await sync(m.page, 'status')).next_auto_ms - Date.now() > 20000);
      // …until the network returns: then it syncs at once, by itself.
      await mgr.context.setOffline(false);
      let st = await waitForSync(m.page, (x) => x.last_verified_ms && x.pending === 0 && !x.running, 15000);
      assert.strictEqual(st.error, null);
      assert.match(await statusText(m.page), /Synced · \d\d:\d\d/);
      let shared = await onShare(kind, `managers/${owner}/book.rmplanner`);
      assert.strictEqual(byId(shared.clients, rb.id).employer, '离线编辑集团', 'the offline edit reached the share');
      const handIns = fs.readdirSync(path.join(DAV, kind, 'share', 'managers', owner, 'hand-ins'));
      assert.strictEqual(handIns.length, 1);
      // Nothing changed since: nothing is pushed (the same book, the same hand-in).
      let again = await sync(m.page, 'syncNow');
      assert.strictEqual(again.status, 'synced', JSON.stringify(again));
      assert.deepStrictEqual(again.pushed, [], 'an unchanged book pushes nothing');
      assert.strictEqual(fs.readdirSync(path.join(DAV, kind, 'share', 'managers', owner, 'hand-ins')).length, 1);
      assert.ok(!fs.readFileSync(path.join(DAV, kind, 'share', 'managers', owner, 'hand-ins', handIns[0])).includes(Buffer.from(pa.name)),
        'no client name readable on the share');

      // The supervisor pulls both managers' hand-ins, reviews, reassigns, pushes.
      await sync(s.page, 'configure', { url: shareUrl, user: dav.user, password: dav.password, passphrase: SHARE_PASS });
      let r = await sync(s.page, 'syncNow');
      assert.strictEqual(r.status, 'synced', JSON.stringify(r));
      let sb = await book(s.page);
      assert.ok(byId(sb.managers, owner) && byId(sb.managers, chen), 'both managers pulled');
      assert.strictEqual(byId(sb.financial_plans, plan).review, 'submitted');
      await dispatch(s.page, { command: 'comment_on_review', id: plan, text: '退休目标请再核实' });
      await dispatch(s.page, { command: 'approve', id: plan });
      await dispatch(s.page, { command: 'reassign_clients', client_ids: [ra.id], manager_id: chen });
      await dispatch(s.page, { command: 'update_client_profile', client_id: ra.id, changes: { notes: '主管：已移交陈静' } });
      r = await sync(s.page, 'syncNow');
      assert.strictEqual(r.status, 'synced', JSON.stringify(r));
      assert.ok(r.pushed.some((p) => p.path.startsWith(`reviews/${owner}/`)), JSON.stringify(r.pushed));

      // Meanwhile she notes the same client; then syncs from the dialog.
      await dispatch(m.page, { command: 'update_client_profile', client_id: ra.id, changes: { notes: '经理：客户下月出国' } });
      await openSyncDialog(m.page);
      a = await answer(m.page, 'now');
      assert.strictEqual(a.error, '');
      assert.match(a.message, /1 conflict to resolve/);
      await m.page.click('#sync-close');
      mb = await book(m.page);
      assert.strictEqual(byId(mb.financial_plans, plan).review, 'approved');
      assert.ok((mb.review_comments || []).some((c) => c.subject_id === plan && c.text === '退休目标请再核实'));
      assert.strictEqual(byId(mb.clients, ra.id).manager_id, chen, 'reassigned');
      await press(m.page, 'nav.today');
      assert.match(await text(m.page, 'today.conflict.0'), /经理：客户下月出国|主管：已移交陈静/);
      await press(m.page, 'today.conflict.0.take');
      assert.strictEqual(await tracked(m.page, 'today.conflict.0'), null);
      const resolved = byId((await book(m.page)).clients, ra.id).notes;

      // The server stops as her next push begins: a plain message, work goes
      // on — an edit made while the push is in flight is kept.
      await dispatch(m.page, { command: 'update_client_profile', client_id: rb.id, changes: { job_title: '总经理' } });
      let stopped = false;
      await m.page.route(`${shareUrl}**`, async (route) => {
        if (route.request().method() === 'PUT' && !stopped) {
          stopped = true;
          await dispatch(m.page, { command: 'update_client_profile', client_id: pa.id, changes: { job_title: '财务总监' } });
          ctl('stop', kind);
        }
        await route.continue();
      });
      r = await sync(m.page, 'syncNow');
      assert.ok(stopped, 'a push began');
      assert.strictEqual(r.status, 'share_failed', JSON.stringify(r));
      assert.ok(['connection_dropped', 'unreachable'].includes(r.error.code), JSON.stringify(r.error));
      await m.page.waitForFunction(() => /Sync failed/.test(document.getElementById('store-status-text').textContent), null,
        { polling: 100 });
      assert.match(await statusText(m.page), /同步失败/);
      assert.strictEqual(byId((await book(m.page)).clients, pa.id).job_title, '财务总监', 'the edit made during the push stays');
      st = await sync(m.page, 'status');
      assert.ok(st.pending >= 1, 'the edits wait for the next sync');
      assert.ok(st.next_auto_ms - Date.now() > 20000, 'the automatic sync backs off after a failure');
      await m.page.unroute(`${shareUrl}**`);
      ctl('restart', kind);
      r = await sync(m.page, 'syncNow');
      assert.strictEqual(r.status, 'synced', JSON.stringify(r));
      shared = await onShare(kind, `managers/${owner}/book.rmplanner`);
      assert.strictEqual(byId(shared.clients, rb.id).job_title, '总经理');
      assert.strictEqual(byId(shared.clients, pa.id).job_title, '财务总监');
      assert.strictEqual(byId(shared.clients, rb.id).employer, '离线编辑集团');
      assert.strictEqual(byId(shared.clients, ra.id).notes, resolved);
      st = await sync(m.page, 'status');
      assert.deepStrictEqual([st.error, st.pending], [null, 0]);

      // The settings survive a reload (sealed in the store) and a passphrase change.
      await data(m.page, 'setPassphrase', 'manager 客户经理 book 2026', 'manager 客户经理 book 2027 新');
      await reloadApp(m.page);
      await data(m.page, 'unlock', 'manager 客户经理 book 2027 新');
      const kept = await sync(m.page, 'settings');
      assert.deepStrictEqual([kept.configured, kept.url, kept.has_password], [true, shareUrl, true]);
      r = await sync(m.page, 'syncNow');
      assert.strictEqual(r.status, 'synced', JSON.stringify(r));

      // An empty folder deletes nothing: the book is pushed there, whole.
      const before = await data(m.page, 'counts');
      await sync(m.page, 'configure', { url: shareUrl + 'empty/', user: dav.user, password: dav.password, passphrase: SHARE_PASS });
      r = await sync(m.page, 'syncNow');
      assert.strictEqual(r.status, 'synced', JSON.stringify(r));
      assert.deepStrictEqual(await data(m.page, 'counts'), before);
      shared = await onShare(kind, `empty/managers/${owner}/book.rmplanner`);
      assert.strictEqual(shared.clients.filter((c) => !c.deleted).length, before.clients);

      // The share's answers a sync expects (404 for a file not there yet, 405 to
      // MKCOL of a folder that is, 401 to the wrong password, a refused
      // connection, the CORS refusal tested above) are logged by the browser as
      // failed loads, not errors of the page.
      const pageErrors = (errors) => errors.filter((e) => !/^Failed to load resource: /.test(e) &&
        !e.startsWith(`Access to fetch at '${plainOrigin}/share/'`));
      assert.deepStrictEqual(pageErrors(s.errors), []);
      assert.deepStrictEqual(pageErrors(m.errors), []);
    } finally {
      await sup.context.close();
      await mgr.context.close();
    }
  });
}
