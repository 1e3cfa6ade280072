// Locking discards the decrypted book for real (docs/storage.md, "Locking"):
// after lock() — the hook, the idle lock, the Settings button — the
// WebAssembly heap holds no client name or ID number (the page scans
// Module.HEAPU8, as a memory dump would), and an idle lock after a failed
// save (a full disk) hides the book all the same and loses nothing.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, reloadApp, launch, openWithBook, waitForStoreState, nextFrame, data } = require('./helpers');

const PASS = 'lock wipe 锁定 清除 2026';
const NAME = '锁屏机密客户 WipeSecretName';
const ID_NUMBER = '11010119900307777X';
let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });


// Which NEEDLES (UTF-8) occur anywhere in the WebAssembly heap.
const inHeap = (page, needles) => page.evaluate((list) => {
  const latin = new TextDecoder('latin1');
  const hay = latin.decode(window.Module.HEAPU8);
  return Object.fromEntries(list.map((n) => [n, hay.includes(latin.decode(new TextEncoder().encode(n)))]));
}, needles);

// A client with NAME and an ID number in the notes, saved.
async function addSecretClient(page, name) {
  const r = await data(page, 'dispatch', { command: 'create_client', name });
  assert.ok(r.ok, JSON.stringify(r));
  const u = await data(page, 'dispatch', { command: 'update_client_profile', client_id: r.created[0],
    changes: { notes: '身份证 ID ' + ID_NUMBER } });
  assert.ok(u.ok, JSON.stringify(u));
  return r.created[0];
}

// lock() resolves, then the page reloads into the unlock screen.
async function lockAndWait(page) {
  const st = await data(page, 'lock');
  assert.strictEqual(st.state, 'locked');
  await waitForStoreState(page, 'locked');
  await page.evaluate(() => window.rmplanner.ready);
}

test('after lock() the WebAssembly heap holds no client name or ID number', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { passphrase: PASS, demo: true });
    const id = await addSecretClient(page, NAME);
    await data(page, 'saved');
    // Show the client, so the screens' own copies (texts, search index) exist too.
    await page.evaluate((cid) => window.rmplanner.data.dispatch({ command: 'update_client_profile', client_id: cid,
      changes: { tags: ['锁屏测试'] } }), id);
    await nextFrame(page);
    await data(page, 'saved');
    const demoName = JSON.parse(await data(page, 'exportBundle', { plain: true })).clients[0].name;
    const needles = [NAME, ID_NUMBER, demoName];
    assert.deepStrictEqual(await inHeap(page, needles), { [NAME]: true, [ID_NUMBER]: true, [demoName]: true },
      'the scan finds the open book (else it proves nothing)');

    await lockAndWait(page);
    assert.strictEqual(await page.isVisible('#unlock-pass'), true, 'the unlock screen is shown');
    assert.deepStrictEqual(await data(page, 'counts'), {});
    assert.deepStrictEqual(await inHeap(page, needles), { [NAME]: false, [ID_NUMBER]: false, [demoName]: false },
      'nothing of the book is left in the heap');

    // The Settings screen's button locks the same way.
    assert.strictEqual((await data(page, 'unlock', PASS)).state, 'open');
    assert.ok((await inHeap(page, [NAME]))[NAME], 'unlocked again');
    await page.evaluate(() => window.RMStorage.api.lock());
    await waitForStoreState(page, 'locked');
    assert.deepStrictEqual(await inHeap(page, needles), { [NAME]: false, [ID_NUMBER]: false, [demoName]: false });
    assert.strictEqual((await data(page, 'unlock', PASS)).state, 'open');
    assert.ok(JSON.parse(await data(page, 'exportBundle', { plain: true })).clients.some((c) => c.name === NAME));
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('the idle lock after a failed save hides the book, keeps the edit sealed, and loses nothing', async () => {
  const { context } = await launch();
  try {
    const { page } = await openWithBook(context, url, { passphrase: PASS, demo: true });
    await data(page, 'saved');
    // The disk is full from now on (until the page reloads).
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
    await addSecretClient(page, NAME);
    const failed = await page.evaluate(() => window.rmplanner.data.saved().then(() => null, (e) => e.code));
    assert.strictEqual(failed, 'quota_exceeded');
    assert.ok((await data(page, 'state')).failure, 'the status says the save failed');

    // Idle for 3 s: the book locks although it could not be saved.
    await page.evaluate(() => localStorage.setItem('rmplanner.lockMinutes', '0.05'));
    await waitForStoreState(page, 'locked', 30000);
    await page.evaluate(() => window.rmplanner.ready);
    assert.strictEqual(await page.isVisible('#unlock-pass'), true, 'the book is hidden behind the unlock screen');
    assert.deepStrictEqual(await inHeap(page, [NAME, ID_NUMBER]), { [NAME]: false, [ID_NUMBER]: false });
    // What stays in the tab is sealed: neither the name nor the ID number reads from it.
    const kept = await page.evaluate(() => sessionStorage.getItem('rmplanner.sealedUnsaved') || '');
    assert.ok(kept.length > 0, 'the unsaved state is kept, sealed');
    const plain = Buffer.from(JSON.parse(kept).data, 'base64').toString('latin1');
    for (const n of [NAME, ID_NUMBER]) assert.ok(!plain.includes(Buffer.from(n).toString('latin1')), `${n} sealed`);

    // Unlock (the disk has room again): the edit is back and saved.
    await page.evaluate(() => localStorage.setItem('rmplanner.lockMinutes', '15'));
    assert.strictEqual((await data(page, 'unlock', PASS)).state, 'open');
    await data(page, 'saved');
    let book = JSON.parse(await data(page, 'exportBundle', { plain: true }));
    let c = book.clients.find((x) => x.name === NAME);
    assert.ok(c && c.notes.includes(ID_NUMBER), 'the edit made before the failed save is there');
    assert.strictEqual(await page.evaluate(() => sessionStorage.getItem('rmplanner.sealedUnsaved')), null,
      'the sealed copy is dropped once it is back in the book');

    // And it is durable: a reload opens it from IndexedDB.
    await reloadApp(page);
    assert.strictEqual((await data(page, 'unlock', PASS)).state, 'open');
    book = JSON.parse(await data(page, 'exportBundle', { plain: true }));
    c = book.clients.find((x) => x.name === NAME);
    assert.ok(c && c.notes.includes(ID_NUMBER));
  } finally { await context.close(); }
});
