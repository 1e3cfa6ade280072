// Storage in a real browser (docs/storage.md, "In the browser"): the book
// survives reloads and kills (SIGKILL of the whole browser), nothing readable reaches IndexedDB when
// encryption is on, wrong passphrases are refused, lock/unlock, quota errors
// lose nothing, an early save cannot wipe the store, a second tab is read-only
// (and takes over safely), the store is read while the app loads, and no
// IndexedDB still runs.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openApp, openWithBook, reloadApp, searchIndexedDb, waitForStoreState, data, clientNames } = require('./helpers');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { startChromium, killAll } = require('../../bench/crash_browser.js');

const PASS = 'correct horse 马 42';
let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

// The bundle without its export stamp, for exact comparisons across reloads.
const bundleBody = async (page) => (await data(page, 'exportBundle', { plain: true })).replace(/"exported_(at|by)": "[^"]*"/g, '');

// In the page: resolves once a save is under way (between the seal and the
// syncfs callback), so the test can kill the page right then.
const editAndWaitForSaving = (page, name) => page.evaluate(async (n) => {
  const r = await window.rmplanner.data.editClient({ op: 'add', name: n });
  if (!r.ok) throw new Error(JSON.stringify(r));
  await new Promise((res) => {
    const t = setInterval(() => { if (window.RMStorage.state().saving) { clearInterval(t); res(); } }, 1);
  });
}, name);

// From the next navigation on, the page's transactions of MODE on the store's
// database report their end MS late (only the first such one when ONCE), as
// on a slow disk: the data is read, the code waiting for it does not know yet.
// window.__lateTx counts the transactions held back.
function slowTransactionEnd(page, { mode, ms, once = false }) {
  return page.addInitScript(({ mode, ms, once }) => {
    window.__lateTx = 0;
    const desc = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete');
    Object.defineProperty(IDBTransaction.prototype, 'oncomplete', {
      configurable: true,
      get() { return desc.get.call(this); },
      set(fn) {
        if (this.db.name !== '/store' || this.mode !== mode || (once && window.__lateTx)) return desc.set.call(this, fn);
        window.__lateTx++;
        return desc.set.call(this, (e) => setTimeout(() => fn.call(this, e), ms));
      },
    });
  }, { mode, ms, once });
}

test('first run with demo data: edits and imports are saved and survive a reload', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openApp(context, url);
    let st = await data(page, 'state');
    assert.strictEqual(st.state, 'needs_setup');
    assert.strictEqual(await page.isVisible('#store-setup'), true, 'the first-run form is shown');
    st = await data(page, 'setup', { demo: true });
    assert.strictEqual(st.state, 'open');
    assert.strictEqual(st.encrypted, false);
    assert.strictEqual((await data(page, 'counts')).clients, 400);

    const added = await data(page, 'editClient', { op: 'add', name: '测试客户甲 Alpha' });
    assert.strictEqual(added.ok, true);
    const firstId = JSON.parse(await data(page, 'exportBundle', { plain: true })).clients[0].id;
    assert.strictEqual((await data(page, 'editClient', { op: 'rename', id: firstId, name: '改名客户乙 Beta' })).ok, true);
    // A broken bundle is refused with problems in both languages; nothing applied.
    const bad = await data(page, 'importBundle', '{"format": "rmplanner-bundle", "clients": 5}');
    assert.strictEqual(bad.ok, false);
    assert.ok(bad.problems.length > 0 && bad.problems[0].message_zh && bad.problems[0].message_en);
    // Importing the book itself changes nothing.
    const same = await data(page, 'importBundle', await data(page, 'exportBundle', { plain: true }));
    assert.strictEqual(same.ok, true);
    assert.strictEqual(same.added, 0);

    const s = await data(page, 'saved');
    assert.strictEqual(s.durable, true);
    assert.match(await page.textContent('#store-status'), /已保存 · \d\d:\d\d/);
    const before = await bundleBody(page);

    st = await reloadApp(page);
    assert.strictEqual(st.state, 'open');
    assert.deepStrictEqual(st.problems, []);
    assert.strictEqual((await data(page, 'counts')).clients, 401);
    const names = await clientNames(page);
    assert.ok(names.includes('测试客户甲 Alpha') && names.includes('改名客户乙 Beta'));
    assert.strictEqual(await bundleBody(page), before, 'the reloaded book is the saved book, record for record');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('the browser killed after an edit, during a save, or after its renderer crashed mid-save: the book reopens as saved, all or nothing', async () => {
  // A real kill: SIGKILL to Chromium's whole process group (bench/crash_browser.js),
  // no unload, no flush. After each, the book must be exactly what was saved
  // before, or that plus the edit in flight — never less, never a torn file.
  // bench/crash_trials.js does this at random moments, 100 times.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rmplanner-kill-'));
  let run = await startChromium(profile);
  const open = async () => {
    const page = run.context.pages()[0] || await run.context.newPage();
    await page.goto(url);
    await page.evaluate(() => window.rmplanner.ready);
    return page;
  };
  const reopen = async () => {
    run = await startChromium(profile);
    const page = await open();
    const st = await data(page, 'unlock', PASS);
    assert.strictEqual(st.state, 'open');
    assert.deepStrictEqual(st.problems, [], 'no torn file, no gap');
    return page;
  };
  const sorted = (xs) => [...xs].sort();
  // The book after a kill is BEFORE, or BEFORE plus NAME (the edit in flight).
  const allOrNothing = (found, before, name) => {
    const with_ = sorted([...before, name]);
    assert.ok(JSON.stringify(sorted(found)) === JSON.stringify(sorted(before)) || JSON.stringify(sorted(found)) === JSON.stringify(with_),
      `after the kill the book is the saved one, with or without "${name}" (${found.length} clients, ${before.length} saved)`);
    return found;
  };
  try {
    let page = await open();
    await data(page, 'setup', { passphrase: PASS, demo: true });
    await data(page, 'editClient', { op: 'add', name: '已确认客户 Confirmed' });
    assert.strictEqual((await data(page, 'saved')).durable, true);
    let saved = await clientNames(page);

    // 1. Killed right after an edit, before its save could start.
    await data(page, 'editClient', { op: 'add', name: '未保存客户 Unsaved' });
    await killAll(run);
    page = await reopen();
    saved = allOrNothing(await clientNames(page), saved, '未保存客户 Unsaved');
    assert.ok(saved.includes('已确认客户 Confirmed'), 'what saved() confirmed is there');

    // 2. Killed while a save is under way (sealed, the IndexedDB transaction running).
    for (let i = 0; i < 3; i++) {
      const name = '保存中客户 InFlight ' + i;
      await editAndWaitForSaving(page, name);
      await killAll(run);
      page = await reopen();
      saved = allOrNothing(await clientNames(page), saved, name);
    }

    // 3. The renderer crashes while a save is under way, then the browser is killed.
    await editAndWaitForSaving(page, '崩溃中客户 RendererCrash');
    const cdp = await run.context.newCDPSession(page);
    // Page.crash never answers (the target is gone): wait briefly instead.
    await Promise.race([cdp.send('Page.crash').catch(() => {}), new Promise((r) => setTimeout(r, 2000))]);
    await killAll(run);
    page = await reopen();
    saved = allOrNothing(await clientNames(page), saved, '崩溃中客户 RendererCrash');
    assert.ok(saved.includes('已确认客户 Confirmed'));
    // And it still saves.
    await data(page, 'editClient', { op: 'add', name: '之后 After' });
    assert.strictEqual((await data(page, 'saved')).durable, true);
  } finally {
    await killAll(run);
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('encrypted: IndexedDB holds no plain text; wrong passphrase refused; lock, unlock, change passphrase', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { passphrase: PASS, demo: true });
    assert.strictEqual((await data(page, 'state')).encrypted, true);
    await data(page, 'editClient', { op: 'add', name: '机密客户王五 SecretWang' });
    await data(page, 'saved');
    const book = JSON.parse(await data(page, 'exportBundle', { plain: true }));
    const needles = ['机密客户王五', 'SecretWang', book.clients[0].name, book.clients[1].name, '"clients"', 'rmplanner-bundle'];
    const idb = await searchIndexedDb(page, needles);
    assert.ok(idb.files.some((f) => /snap-\d{12}\.rms$/.test(f.key)), 'a snapshot is stored');
    assert.ok(idb.files.some((f) => f.key.endsWith('/key.rmk')), 'the key file is stored');
    for (const n of needles) assert.deepStrictEqual(idb.hits[n], [], `"${n}" found in plain text in IndexedDB`);

    // Reload: locked until the passphrase is given; the wrong one is refused.
    let st = await reloadApp(page);
    assert.strictEqual(st.state, 'locked');
    assert.deepStrictEqual(await data(page, 'counts'), {}, 'nothing decrypted while locked');
    await page.fill('#unlock-pass', 'not the passphrase');
    await page.press('#unlock-pass', 'Enter');
    await page.waitForFunction(() => document.getElementById('unlock-error').textContent.length > 0);
    const msg = await page.textContent('#unlock-error');
    assert.match(msg, /口令不正确/);
    assert.match(msg, /Wrong passphrase/);
    assert.strictEqual((await data(page, 'state')).state, 'locked');
    const refused = await page.evaluate((p) => window.rmplanner.data.unlock(p).then(() => null, (e) => e.code), 'wrong again');
    assert.strictEqual(refused, 'wrong_passphrase');
    // The right one, typed into the form as a person (or a password manager) would.
    await page.fill('#unlock-pass', PASS);
    await page.press('#unlock-pass', 'Enter');
    await page.waitForFunction(() => window.RMStorage.state().state === 'open');
    assert.strictEqual(await page.isVisible('#store-overlay'), false);
    assert.ok((await clientNames(page)).includes('机密客户王五 SecretWang'));

    // Lock on demand clears the book (the page reloads into the unlock
    // screen: tests/e2e/lock_wipe.test.js); unlock re-reads it from IndexedDB.
    st = await data(page, 'lock');
    assert.strictEqual(st.state, 'locked');
    await waitForStoreState(page, 'locked');
    assert.deepStrictEqual(await data(page, 'counts'), {});
    assert.strictEqual(await page.isVisible('#unlock-pass'), true);
    st = await data(page, 'unlock', PASS);
    assert.strictEqual(st.state, 'open');
    assert.strictEqual((await data(page, 'counts')).clients, 401);

    // Change the passphrase: the old one stops working, the new one opens everything.
    const wrongOld = await page.evaluate(() => window.rmplanner.data.setPassphrase('nope nope', 'whatever 口令 strong 123').then(() => null, (e) => e.code));
    assert.strictEqual(wrongOld, 'wrong_passphrase');
    await data(page, 'setPassphrase', PASS, 'new passphrase 新口令');
    st = await reloadApp(page);
    assert.strictEqual(st.state, 'locked');
    const old = await page.evaluate((p) => window.rmplanner.data.unlock(p).then(() => null, (e) => e.code), PASS);
    assert.strictEqual(old, 'wrong_passphrase');
    st = await data(page, 'unlock', 'new passphrase 新口令');
    assert.strictEqual(st.state, 'open');
    assert.deepStrictEqual(st.problems, []);
    assert.ok((await clientNames(page)).includes('机密客户王五 SecretWang'));
    const after = await searchIndexedDb(page, ['机密客户王五', 'SecretWang']);
    assert.deepStrictEqual(after.hits['SecretWang'], []);
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('quota exceeded: a clear message, nothing lost, and the retry saves after space is back', async () => {
  const { context } = await launch();
  try {
    const { page } = await openWithBook(context, url);
    await data(page, 'saved');
    await page.evaluate(() => {
      window.__put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
    await data(page, 'editClient', { op: 'add', name: '空间不足客户 QuotaClient' });
    const failure = await page.evaluate(() => window.rmplanner.data.saved().then(() => null,
      (e) => ({ code: e.code, zh: e.message_zh, en: e.message_en })));
    assert.ok(failure, 'saved() rejects while the store is full');
    assert.strictEqual(failure.code, 'quota_exceeded');
    const st = await data(page, 'state');
    assert.strictEqual(st.dirty, true, 'the change is still waiting in memory');
    assert.strictEqual(st.failure.code, 'quota_exceeded');
    const status = await page.textContent('#store-status');
    assert.match(status, /保存失败/);
    assert.match(status, /存储空间已满/);
    assert.match(status, /Storage is full/);
    assert.strictEqual(await page.isVisible('#store-export'), true, 'export is offered as the way out');
    assert.ok((await clientNames(page)).includes('空间不足客户 QuotaClient'));

    await page.evaluate(() => { IDBObjectStore.prototype.put = window.__put; });
    const ok = await data(page, 'saved');
    assert.strictEqual(ok.durable, true);
    assert.match(await page.textContent('#store-status'), /已保存/);
    const after = await reloadApp(page);
    assert.deepStrictEqual(after.problems, []);
    assert.ok((await clientNames(page)).includes('空间不足客户 QuotaClient'));
  } finally { await context.close(); }
});

test('a save someone waits for goes before the redraw of a big book, which follows it', async () => {
  // At 10 000 clients the first frame after an edit re-derives the planner's
  // figures for tens of ms; saved() must not wait behind it (saver.js,
  // "Durability first"), and the held frame must still be drawn.
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { passphrase: PASS, demo: true, clients: 10000 });
    const added = await data(page, 'editClient', { op: 'add', name: '等待保存客户 Durable' });
    assert.ok(added.ok, JSON.stringify(added));
    await data(page, 'saved');
    for (let i = 0; i < 3; ++i) {
      await page.evaluate(() => window.rmplanner.ui.nextFrame());
      const r = await page.evaluate(async ({ id, name }) => {
        const d = window.rmplanner.data;
        const edit = await d.editClient({ op: 'rename', id, name });
        await d.saved();
        const save = (await d.timings()).lastSave;
        await window.rmplanner.ui.nextFrame();
        return { ok: edit.ok, framesDuringSave: save.frames_ms, journal: save.journal_bytes };
      }, { id: added.id, name: '等待保存客户 Durable ' + i });
      assert.ok(r.ok);
      assert.ok(r.journal > 0, 'the edit was saved as a journal entry');
      assert.strictEqual(r.framesDuringSave, 0, `save ${i}: no frame was drawn while it was under way`);
    }
    // nextFrame() above resolves only once a frame has been drawn: the held
    // frames were drawn after each save.
    assert.ok((await clientNames(page)).includes('等待保存客户 Durable 2'));
    assert.strictEqual((await page.evaluate(() => window.rmplanner.ui.itemRect('nav.today'))).visible, true);
    assert.deepStrictEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the unlock screen warms as much heap as the last open used, and frees it for the open', async () => {
  // heap_bridge.js "warming the heap": the page faults of a big open are paid
  // while the passphrase is typed. The warmed block must be freed again
  // before the open (else the book would be built beside it).
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { passphrase: PASS, demo: true, clients: 3000 });
    const heapInUse = () => page.evaluate(() => Module._rm_heap_in_use());
    await reloadApp(page);
    assert.strictEqual((await data(page, 'unlock', PASS)).state, 'open');
    await page.evaluate(() => window.rmplanner.ui.nextFrame());
    const hint = Number(await page.evaluate(() => localStorage.getItem('rmplanner.heapBytesOfOpen')));
    const snapshot = (await data(page, 'timings')).open.snapshot_bytes;
    assert.ok(hint > snapshot + (8 << 20), `the open's allocations are recorded (${hint} bytes)`);

    // A locked page that warms nothing: what it has in use on its own.
    await page.evaluate(() => localStorage.setItem('rmplanner.heapBytesOfOpen', '0'));
    assert.strictEqual((await reloadApp(page)).state, 'locked');
    const ownUse = await heapInUse();
    assert.strictEqual((await data(page, 'timings')).mount.warm_bytes, undefined);

    await page.evaluate((h) => localStorage.setItem('rmplanner.heapBytesOfOpen', String(h)), hint);
    assert.strictEqual((await reloadApp(page)).state, 'locked');
    let mount;
    for (let i = 0; i < 100 && (!mount || mount.warm_bytes !== hint); i++) {
      if (mount) await page.waitForTimeout(100);
      mount = (await data(page, 'timings')).mount;
    }
    assert.strictEqual(mount.warm_bytes, hint, 'the whole block was touched');
    assert.ok(mount.warm_ms > 0);
    assert.ok(await page.evaluate(() => HEAPU8.length) >= hint, 'the heap grew to hold the warmed block');
    const inUse = await heapInUse();
    assert.ok(Math.abs(inUse - ownUse) < (1 << 20), `the block went back to malloc once warmed (${inUse} vs ${ownUse})`);

    assert.strictEqual((await data(page, 'unlock', PASS)).state, 'open');
    assert.strictEqual((await data(page, 'counts')).clients, 3000);
    assert.deepStrictEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the store is read while the app loads; when that read is slow, the unlock screen comes first and an unlock waits for it', async () => {
  // early_read.js: the page that holds the writer's lock reads the files an open
  // needs (the early read) while app.js and app.wasm load; the mount takes
  // them from there. key.rmk is answered first, so when the read is slow
  // the passphrase can be typed (and derived) while the snapshot is still
  // being read.
  const { context } = await launch();
  try {
    let { page, errors } = await openWithBook(context, url, { passphrase: PASS, demo: true, clients: 10000 });
    await data(page, 'editClient', { op: 'add', name: '读取期间解锁 Early' });
    await data(page, 'saved');
    // Only a page holding the writer's lock as it loads reads early. After a
    // reload or a navigation, Chromium grants the new page the lock only
    // some 0.5 s after the old one let go — after the mount — so the new page
    // opens as a tab taking over (session.js) and reads on its own: a new
    // page after the old one closed is what starts with the lock.
    const reopen = async (beforeLoad) => {
      await page.close();
      page = await context.newPage();
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      if (beforeLoad) await beforeLoad(page);
      await page.goto(url);
    };
    await reopen();
    await page.evaluate(() => window.rmplanner.ready);
    assert.strictEqual((await data(page, 'state')).state, 'locked');
    assert.strictEqual((await data(page, 'unlock', PASS)).state, 'open');
    let t = await data(page, 'timings');
    assert.ok(t.mount.early_read_ms > 0, 'the mount used the early read: ' + JSON.stringify(t));
    assert.ok(t.mount.files >= 2 && t.mount.bytes > 1e6, 'key.rmk and the snapshot came from it');
    assert.strictEqual((await data(page, 'counts')).clients, 10001);
    assert.ok((await clientNames(page)).includes('读取期间解锁 Early'));

    // The early read's transaction ends 1.5 s late: the key has been read,
    // the snapshot not yet.
    await reopen((p) => slowTransactionEnd(p, { mode: 'readonly', ms: 1500 }));
    const early = await page.evaluate(async (pass) => {
      await window.rmplanner.ready;
      const d = window.rmplanner.data;
      const seen = { state: (await d.state()).state, form: !document.getElementById('store-unlock').hidden,
        readDone: (await d.timings()).mount.idb_read_ms !== undefined };
      seen.unlocked = (await d.unlock(pass)).state;
      return seen;
    }, PASS);
    assert.deepStrictEqual(early, { state: 'locked', form: true, readDone: false, unlocked: 'open' });
    t = await data(page, 'timings');
    assert.ok(t.mount.idb_read_ms > 0 && t.mount.files >= 2, 'the read finished before the open');
    assert.ok(t.mount.early_read_ms >= 1500, 'from the (late) early read');
    assert.ok(t.open.kdf_ms > 0);
    assert.strictEqual((await data(page, 'counts')).clients, 10001);
    assert.ok((await clientNames(page)).includes('读取期间解锁 Early'));
    assert.deepStrictEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('out of memory while opening: a clear message, the book stays locked, and nothing is marked damaged', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { passphrase: PASS, demo: true });
    await data(page, 'editClient', { op: 'add', name: '内存不足之前 Before' });
    await data(page, 'saved');
    assert.strictEqual((await reloadApp(page)).state, 'locked');
    // The heap cannot grow: malloc answers 0.
    await page.evaluate(() => { window.__alloc = Module._rm_store_alloc; Module._rm_store_alloc = () => 0; });
    await page.fill('#unlock-pass', PASS);
    await page.press('#unlock-pass', 'Enter');
    await page.waitForFunction(() => document.getElementById('unlock-error').textContent.length > 0);
    assert.match(await page.textContent('#unlock-error'), /内存不足.*Not enough memory/s);
    const st = await data(page, 'state');
    assert.strictEqual(st.state, 'locked');
    assert.strictEqual(await page.isVisible('#store-unlock'), true, 'the unlock form stays for a retry');

    await page.evaluate(() => { Module._rm_store_alloc = window.__alloc; });
    const open = await data(page, 'unlock', PASS);
    assert.strictEqual(open.state, 'open');
    assert.deepStrictEqual(open.problems, [], 'no file was taken for damaged');
    assert.ok((await clientNames(page)).includes('内存不足之前 Before'));
    assert.deepStrictEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a save requested before the initial load has finished cannot wipe the store', async () => {
  const { context, dir } = await launch();
  let ctx = context;
  try {
    const { page } = await openWithBook(ctx, url);
    await data(page, 'editClient', { op: 'add', name: '早存测试 EarlySave' });
    await data(page, 'saved');
    const stored = await data(page, 'counts');
    await ctx.close();

    ({ context: ctx } = await launch({ userDataDir: dir }));
    const p = ctx.pages()[0] || await ctx.newPage();
    // Delay the opening of the store's IndexedDB database, and record every
    // write to it with the storage state at that moment.
    await p.addInitScript(() => {
      window.__rw = [];
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (name, ...rest) {
        const req = open.call(this, name, ...rest);
        if (name !== '/store') return req;
        const desc = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess');
        Object.defineProperty(req, 'onsuccess', {
          get() { return desc.get.call(req); },
          set(fn) { desc.set.call(req, (e) => setTimeout(() => fn.call(req, e), 1500)); },
        });
        return req;
      };
      // The load itself reads in a read-write transaction (IDBFS's reconcile),
      // so count the writes: puts and deletes.
      for (const op of ['put', 'delete', 'clear']) {
        const orig = IDBObjectStore.prototype[op];
        IDBObjectStore.prototype[op] = function (...args) {
          if (this.transaction.db.name === '/store') {
            window.__rw.push({ op, key: String(args[1] ?? args[0]), state: window.RMStorage ? window.RMStorage.state().state : 'none' });
          }
          return orig.apply(this, args);
        };
      }
    });
    await p.goto(url);
    await p.waitForFunction(() => window.rmplanner && window.rmplanner.data && window.RMStorage.state().state === 'loading');
    // Every way a save can be asked for, while the load is still running.
    const early = await p.evaluate(async () => {
      const out = {};
      out.saved = await window.rmplanner.data.saved().then(() => 'resolved', (e) => e.code);
      window.RMStorage.changed();
      window.dispatchEvent(new Event('pagehide'));
      document.dispatchEvent(new Event('visibilitychange'));
      out.edit = (await window.rmplanner.data.editClient({ op: 'add', name: 'x' })).ok;
      out.import = (await window.rmplanner.data.importBundle('{}')).ok;
      out.state = window.RMStorage.state().state;
      return out;
    });
    assert.strictEqual(early.state, 'loading', 'the load was still running');
    assert.strictEqual(early.saved, 'not_writable');
    assert.strictEqual(early.edit, false);
    assert.strictEqual(early.import, false);
    await new Promise((r) => setTimeout(r, 1200));  // past the debounce and a poll
    await p.evaluate(() => window.rmplanner.ready);
    const rw = await p.evaluate(() => window.__rw);
    assert.deepStrictEqual(rw.filter((t) => t.state === 'loading'), [], 'no write before the load finished');
    assert.deepStrictEqual(await data(p, 'counts'), stored);
    await data(p, 'saved');
    const st = await reloadApp(p);
    assert.strictEqual(st.state, 'open');
    assert.deepStrictEqual(await data(p, 'counts'), stored);
    assert.ok((await clientNames(p)).includes('早存测试 EarlySave'));
  } finally { await ctx.close(); }
});

test('a second tab opens read-only, never writes, and takes over when the first closes', async () => {
  const { context } = await launch();
  try {
    const { page } = await openWithBook(context, url);
    await data(page, 'saved');
    const second = await context.newPage();
    await second.goto(url);
    await second.evaluate(() => window.rmplanner.ready);
    const st = await data(second, 'state');
    assert.strictEqual(st.state, 'read_only');
    assert.strictEqual(st.writable, false);
    assert.strictEqual((await data(second, 'timings')).mount.early_read_ms, null,
      'only the writer reads the store before the app has loaded');
    assert.strictEqual((await data(second, 'counts')).clients, 400, 'the second tab shows the book');
    const status = await second.textContent('#store-status');
    assert.match(status, /只读/);
    assert.match(status, /Read-only/);
    const edit = await data(second, 'editClient', { op: 'add', name: '第二标签 SecondTab' });
    assert.strictEqual(edit.ok, false);
    assert.strictEqual(edit.problem.code, 'not_writable');
    const before = await searchIndexedDb(page, ['第二标签']);
    await second.evaluate(() => { window.RMStorage.changed(); window.dispatchEvent(new Event('pagehide')); });
    await new Promise((r) => setTimeout(r, 1500));
    const after = await searchIndexedDb(page, ['第二标签']);
    assert.deepStrictEqual(after.files, before.files, 'the second tab wrote nothing');
    // The first tab still saves.
    assert.strictEqual((await data(page, 'state')).writable, true);
    await data(page, 'editClient', { op: 'add', name: '第一标签 FirstTab' });
    assert.strictEqual((await data(page, 'saved')).durable, true);

    // The writing tab closes: the read-only one takes over, re-reads what the
    // other tab saved last, says so, and saves from now on.
    await page.close();
    await waitForStoreState(second, 'open', 20000);
    assert.strictEqual((await data(second, 'state')).writable, true);
    const names = JSON.parse(await data(second, 'exportBundle', { plain: true })).clients.map((c) => c.name);
    assert.ok(names.includes('第一标签 FirstTab'), 'the other tab\'s last save is there');
    assert.match(await second.textContent('#store-status-text'), /本页已重新读取数据.*this tab re-read the book/s);
    assert.strictEqual((await data(second, 'editClient', { op: 'add', name: '接管后 AfterTakeover' })).ok, true);
    assert.strictEqual((await data(second, 'saved')).durable, true);
    await reloadApp(second);
    const again = JSON.parse(await data(second, 'exportBundle', { plain: true })).clients.map((c) => c.name);
    assert.ok(again.includes('第一标签 FirstTab') && again.includes('接管后 AfterTakeover'));
  } finally { await context.close(); }
});

test('a tab granted the lock while its own load is still running re-reads before it writes', async () => {
  // The second tab starts read-only; the first saves and closes while the
  // second's load has read the store but not yet finished. The lock then
  // comes to a tab holding an older copy: writing from it would delete the
  // first tab's last save (IDBFS's reconcile deletes what memory lacks).
  const { context } = await launch();
  try {
    const { page } = await openWithBook(context, url);
    await data(page, 'saved');
    const second = await context.newPage();
    // The second tab's load: its transaction (read-only, idb_store.js
    // reconcile) reports its end 2 s late.
    await slowTransactionEnd(second, { mode: 'readonly', ms: 2000, once: true });
    await second.goto(url);
    await second.waitForFunction(() => window.__lateTx > 0);
    await data(page, 'editClient', { op: 'add', name: '关闭前保存 LastSave' });
    assert.strictEqual((await data(page, 'saved')).durable, true);
    await page.close();

    await second.evaluate(() => window.rmplanner.ready);
    await waitForStoreState(second, 'open', 20000);
    await second.waitForFunction(() => window.rmplanner.data.state().then((s) => s.writable));
    const names = async () => JSON.parse(await data(second, 'exportBundle', { plain: true })).clients.map((c) => c.name);
    assert.ok((await names()).includes('关闭前保存 LastSave'), 'the first tab\'s last save is in the book');
    assert.strictEqual((await data(second, 'editClient', { op: 'add', name: '接管后 After' })).ok, true);
    assert.strictEqual((await data(second, 'saved')).durable, true);
    await reloadApp(second);
    const after = await names();
    assert.ok(after.includes('关闭前保存 LastSave') && after.includes('接管后 After'), 'both saves are stored');
  } finally { await context.close(); }
});

test('without IndexedDB the app runs in memory and offers export', async () => {
  const { context } = await launch();
  try {
    const page = context.pages()[0] || await context.newPage();
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function () { throw new DOMException('IndexedDB is disabled', 'InvalidStateError'); };
    });
    await page.goto(url);
    await page.evaluate(() => window.rmplanner.ready);
    let st = await data(page, 'state');
    assert.strictEqual(st.memory_only, true);
    assert.strictEqual(await page.isVisible('#store-memory'), true);
    await page.click('#memory-demo');
    await page.waitForFunction(() => window.RMStorage.state().state === 'open');
    st = await data(page, 'state');
    assert.strictEqual(st.writable, false);
    assert.strictEqual((await data(page, 'counts')).clients, 400);
    const status = await page.textContent('#store-status');
    assert.match(status, /隐私/);
    assert.match(status, /private browsing/);
    assert.strictEqual(await page.isVisible('#store-export'), true);
    assert.ok((await data(page, 'exportBundle', { plain: true })).includes('rmplanner-bundle'));
  } finally { await context.close(); }
});
