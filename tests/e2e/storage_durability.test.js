// What "saved" means, tested where it can break (docs/storage.md, "What saved
// means"): a request-level IndexedDB error or an abort at commit never ends
// in "saved"; a save's transaction asks for strict durability; leaving with
// an unsaved edit asks first; a page whose key is stale (the passphrase was
// changed in another tab) never writes under it; a page without Web Locks
// opens read-only; a plain key file next to sealed data is refused.
// Faults are injected in the page before the app loads (addInitScript).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openApp, openWithBook, reloadApp, searchIndexedDb, waitForStoreState,
  nextFrame, data, clientNames } = require('./helpers');

const PASS = 'durable 口令 2026';
const NEW_PASS = 'changed 新口令 2027';
let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const rejection = (page, fn, ...args) => page.evaluate(([f, a]) => window.rmplanner.data[f](...a).then(() => null,
  (e) => ({ code: e.code, zh: e.message_zh, en: e.message_en })), [fn, args]);
// The stored files as {key: size}, to show that nothing was written.
const storedFiles = async (page) => Object.fromEntries((await searchIndexedDb(page, [])).files.map((f) => [f.key, f.size]));

// From the next navigation on: window.__fault = {kind, match, count} makes
// the next COUNT puts on the store whose key matches MATCH fail —
// 'constraint': the request fails asynchronously with a ConstraintError (an
// add() of a key that exists, a real request-level error event);
// 'abort': the put succeeds and the transaction is aborted right after it,
// before it can commit (as a quota error at commit does).
function injectPutFaults(page) {
  return page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put, add = IDBObjectStore.prototype.add;
    window.__fault = null;
    IDBObjectStore.prototype.put = function (value, key) {
      const f = window.__fault;
      if (!f || f.count <= 0 || this.transaction.db.name !== '/store' || !new RegExp(f.match).test(String(key))) {
        return put.call(this, value, key);
      }
      f.count--;
      f.hits = (f.hits || 0) + 1;
      if (f.kind === 'constraint') return add.call(this, value, '/store/key.rmk');
      const req = put.call(this, value, key);
      const tx = this.transaction;
      req.addEventListener('success', () => tx.abort());
      return req;
    };
  });
}

async function faultedSaveLosesNothing(kind, wantCode) {
  const { context } = await launch();
  try {
    const page = context.pages()[0] || await context.newPage();
    await injectPutFaults(page);
    const { errors } = await openWithBook(context, url, { passphrase: PASS, demo: true });
    await data(page, 'saved');
    const before = await storedFiles(page);
    // Every save fails until the fault is cleared (an automatic save may
    // come first; saved() then retries, and must fail as well).
    await page.evaluate((k) => { window.__fault = { kind: k, match: 'jrnl-\\d{12}\\.rmj$', count: 1e9 }; }, kind);
    const name = '故障客户 Fault ' + kind;
    assert.ok((await data(page, 'editClient', { op: 'add', name })).ok);
    const failed = await rejection(page, 'saved');
    assert.ok(await page.evaluate(() => window.__fault.hits) >= 1, 'the fault was hit');
    assert.ok(failed, 'saved() does not report a save whose journal entry was not stored');
    assert.strictEqual(failed.code, wantCode);
    const st = await data(page, 'state');
    assert.ok(st.dirty || st.saving, 'the edit is not taken for saved');
    assert.strictEqual(st.failure.code, wantCode);
    assert.ok((await clientNames(page)).includes(name), 'the edit waits in memory');
    assert.match(await page.textContent('#store-status'), /保存失败.*Save failed/s);
    assert.deepStrictEqual(await storedFiles(page), before, 'the failed save changed nothing stored');

    // The retry (the fault cleared) stores it, and it is there after a reload.
    await page.evaluate(() => { window.__fault.count = 0; });
    assert.strictEqual((await data(page, 'saved')).durable, true);
    assert.strictEqual(await reloadApp(page).then((s) => s.state), 'locked');
    assert.strictEqual((await data(page, 'unlock', PASS)).state, 'open');
    assert.deepStrictEqual((await data(page, 'state')).problems, []);
    assert.ok((await clientNames(page)).includes(name));
    // The page itself reports no error: the failure is the status's to show.
    assert.deepStrictEqual(errors.filter((e) => !/ConstraintError|AbortError/.test(e)), []);
  } finally { await context.close(); }
}

test('a ConstraintError on the journal entry\'s put is a failed save, not a saved one', async () => {
  await faultedSaveLosesNothing('constraint', 'write_failed');
});

test('a save aborted at commit is a failed save, and nothing of it is stored', async () => {
  await faultedSaveLosesNothing('abort', 'write_failed');
});

test('the transactions that carry a save ask for strict durability', async () => {
  const { context } = await launch();
  try {
    const page = context.pages()[0] || await context.newPage();
    await page.addInitScript(() => {
      window.__tx = [];
      const transaction = IDBDatabase.prototype.transaction;
      IDBDatabase.prototype.transaction = function (...args) {
        const t = transaction.apply(this, args);
        if (this.name === '/store') window.__tx.push({ mode: t.mode, durability: t.durability });
        return t;
      };
    });
    await openWithBook(context, url, { demo: true });
    assert.ok((await data(page, 'editClient', { op: 'add', name: '严格持久 Strict' })).ok);
    assert.strictEqual((await data(page, 'saved')).durable, true);
    const writes = (await page.evaluate(() => window.__tx)).filter((t) => t.mode === 'readwrite');
    assert.ok(writes.length >= 2, 'the setup and the edit were saved');
    assert.deepStrictEqual(writes.filter((t) => t.durability !== 'strict'), [], 'every read-write transaction is strict');
  } finally { await context.close(); }
});

test('leaving with an unsaved edit asks first and starts the save; once saved, the page closes without asking', async () => {
  const { context } = await launch();
  try {
    const { page } = await openWithBook(context, url, { demo: true });
    await data(page, 'saved');
    // The browser shows a beforeunload prompt only after the person has
    // interacted with the page.
    await page.mouse.click(640, 400);
    await nextFrame(page);
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.type()); d.dismiss().catch(() => {}); });  // "stay on the page"
    assert.ok((await data(page, 'editClient', { op: 'add', name: '离开前 BeforeLeaving' })).ok);
    await page.close({ runBeforeUnload: true });
    for (let i = 0; i < 50 && !dialogs.length; i++) await page.waitForTimeout(100);
    assert.deepStrictEqual(dialogs, ['beforeunload'], 'the page asked before leaving');
    // It stayed, and the save the prompt started has made the edit durable.
    await page.waitForFunction(() => window.RMStorage.state().dirty === false && !window.RMStorage.state().saving);
    assert.strictEqual((await data(page, 'saved')).durable, true);
    const closed = new Promise((r) => page.once('close', r));
    await page.close({ runBeforeUnload: true });
    await closed;
    assert.deepStrictEqual(dialogs, ['beforeunload'], 'nothing unsaved: no prompt');

    const again = await context.newPage();
    await again.goto(url);
    await again.evaluate(() => window.rmplanner.ready);
    assert.ok((await clientNames(again)).includes('离开前 BeforeLeaving'));
  } finally { await context.close(); }
});

test('a read-only tab that takes over after the passphrase was changed asks for it and writes nothing under the old key', async () => {
  const { context } = await launch();
  try {
    const { page: first } = await openWithBook(context, url, { passphrase: PASS, demo: true });
    assert.ok((await data(first, 'editClient', { op: 'add', name: '改口令之前 BeforeChange' })).ok);
    await data(first, 'saved');
    const second = await context.newPage();
    await second.goto(url);
    await second.evaluate(() => window.rmplanner.ready);
    assert.strictEqual((await data(second, 'unlock', PASS)).state, 'read_only');

    await data(first, 'setPassphrase', PASS, NEW_PASS);
    assert.ok((await data(first, 'editClient', { op: 'add', name: '改口令之后 AfterChange' })).ok);
    await data(first, 'saved');
    const stored = await storedFiles(first);
    await first.close();

    // The second tab gets the lock: its key is the old one.
    const st = await waitForStoreState(second, 'locked', 20000);
    assert.strictEqual(st.problems[0].code, 'key_changed');
    assert.strictEqual(await second.isVisible('#store-unlock'), true, 'the unlock form asks for the current passphrase');
    assert.match(await second.textContent('#unlock-error'), /口令已在另一个标签页.*passphrase was changed in another tab/s);
    assert.deepStrictEqual(await data(second, 'counts'), {}, 'the book opened with the old key is gone');
    await second.waitForTimeout(1500);  // past the debounce and a poll
    assert.deepStrictEqual(await storedFiles(second), stored, 'nothing was written');
    const old = await rejection(second, 'unlock', PASS);
    assert.strictEqual(old.code, 'wrong_passphrase');

    const open = await data(second, 'unlock', NEW_PASS);
    assert.strictEqual(open.state, 'open');
    assert.strictEqual(open.writable, true);
    assert.deepStrictEqual(open.problems, []);
    const names = await clientNames(second);
    assert.ok(names.includes('改口令之前 BeforeChange') && names.includes('改口令之后 AfterChange'));
    assert.ok((await data(second, 'editClient', { op: 'add', name: '接管后 Taken' })).ok);
    assert.strictEqual((await data(second, 'saved')).durable, true);
    assert.strictEqual((await reloadApp(second)).state, 'locked');
    assert.strictEqual((await data(second, 'unlock', NEW_PASS)).problems.length, 0);
    assert.ok((await clientNames(second)).includes('接管后 Taken'));
  } finally { await context.close(); }
});

test('a read-only plain tab that takes over after the book was encrypted asks for the passphrase', async () => {
  const { context } = await launch();
  try {
    const { page: first } = await openWithBook(context, url, { demo: true });
    await data(first, 'saved');
    const second = await context.newPage();
    await second.goto(url);
    await second.evaluate(() => window.rmplanner.ready);
    assert.strictEqual((await data(second, 'state')).state, 'read_only');
    await data(first, 'setPassphrase', null, NEW_PASS);
    const stored = await storedFiles(first);
    await first.close();
    const st = await waitForStoreState(second, 'locked', 20000);
    assert.strictEqual(st.encrypted, true);
    await second.waitForTimeout(1500);
    assert.deepStrictEqual(await storedFiles(second), stored, 'nothing plain was written');
    assert.strictEqual((await data(second, 'unlock', NEW_PASS)).state, 'open');
  } finally { await context.close(); }
});

test('a save finds the stored key changed under it: nothing is written, the page locks and asks', async () => {
  const { context } = await launch();
  try {
    const { page } = await openWithBook(context, url, { passphrase: PASS, demo: true });
    await data(page, 'saved');
    // Another writer (no Web Lock held, a bug) stored a key file of another
    // passphrase; this page does not know.
    await page.evaluate(async (p) => {
      const k = await RMEnvelope.createKeyFile(p);
      const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
      const db = await req(indexedDB.open('/store'));
      const store = db.transaction('FILE_DATA', 'readwrite').objectStore('FILE_DATA');
      const entry = await req(store.get('/store/key.rmk'));
      entry.contents = k.keyFile;
      await req(store.put(entry, '/store/key.rmk'));
      db.close();
    }, NEW_PASS);
    const stored = await storedFiles(page);
    assert.ok((await data(page, 'editClient', { op: 'add', name: '旧密钥 OldKey' })).ok);
    const failed = await rejection(page, 'saved');
    // Refused as key_changed, or — when the automatic save met the changed
    // key first and locked the page — as not writable.
    assert.ok(failed, 'the save is refused');
    assert.ok(['key_changed', 'not_writable'].includes(failed.code), failed.code);
    const st = await waitForStoreState(page, 'locked');
    assert.strictEqual(st.problems[0].code, 'key_changed');
    assert.deepStrictEqual(await data(page, 'counts'), {});
    assert.match(await page.textContent('#unlock-error'), /无法用旧密钥保存.*cannot be saved under the old key/s);
    assert.deepStrictEqual(await storedFiles(page), stored, 'nothing was written under the old key');
  } finally { await context.close(); }
});

test('without Web Locks the page opens read-only and says why', async () => {
  const { context } = await launch();
  try {
    const { page: first } = await openWithBook(context, url, { demo: true });
    await data(first, 'saved');
    await first.close();
    const page = await context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'locks', { configurable: true, get: () => undefined });
    });
    await page.goto(url);
    await page.evaluate(() => window.rmplanner.ready);
    const st = await data(page, 'state');
    assert.strictEqual(st.state, 'read_only');
    assert.strictEqual(st.writable, false);
    assert.strictEqual((await data(page, 'counts')).clients, 400, 'the book is shown');
    assert.match(await page.textContent('#store-status-text'), /Web Locks.*只读.*Read-only.*Web Locks/s);
    const stored = await storedFiles(page);
    const edit = await data(page, 'editClient', { op: 'add', name: '无锁 NoLocks' });
    assert.strictEqual(edit.ok, false);
    await page.evaluate(() => { window.RMStorage.changed(); window.dispatchEvent(new Event('pagehide')); });
    await page.waitForTimeout(1500);
    assert.deepStrictEqual(await storedFiles(page), stored, 'nothing was written');
  } finally { await context.close(); }
});

test('a plain key file next to encrypted data is refused: nothing opens, nothing is written', async () => {
  const { context } = await launch();
  try {
    const { page } = await openWithBook(context, url, { passphrase: PASS, demo: true });
    assert.ok((await data(page, 'editClient', { op: 'add', name: '降级攻击 Downgrade' })).ok);
    await data(page, 'saved');
    // The attacker swaps key.rmk for a plain key check.
    await page.evaluate(async () => {
      const C = RMEnvelope.constants;
      const plain = RMEnvelope.sealPlain(C.KIND.keyCheck, 0, new TextEncoder().encode(C.KEY_CHECK_TEXT));
      const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
      const db = await req(indexedDB.open('/store'));
      const store = db.transaction('FILE_DATA', 'readwrite').objectStore('FILE_DATA');
      const entry = await req(store.get('/store/key.rmk'));
      entry.contents = plain;
      await req(store.put(entry, '/store/key.rmk'));
      db.close();
    });
    const stored = await storedFiles(page);
    const st = await reloadApp(page);
    assert.strictEqual(st.state, 'failed');
    assert.strictEqual(st.writable, false);
    assert.strictEqual(st.problems[0].code, 'plain_key_sealed_data');
    assert.match(await page.textContent('#store-status-text'), /密钥文件是未加密的.*key file is unencrypted/s);
    assert.deepStrictEqual(await data(page, 'counts'), {}, 'nothing was opened');
    await page.waitForTimeout(1500);
    assert.deepStrictEqual(await storedFiles(page), stored, 'nothing was written');
    const idb = await searchIndexedDb(page, ['降级攻击', 'Downgrade']);
    assert.deepStrictEqual(idb.hits['Downgrade'], [], 'no plain text stored');
  } finally { await context.close(); }
});

module.exports = { injectPutFaults };
