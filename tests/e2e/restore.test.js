// Restore points in a real browser (docs/storage.md, "Saving, opening,
// compacting, retaining"): Settings opens the dialog, a restore puts the book
// back as it was at that snapshot as one undoable edit that is saved like any
// other, and a damaged snapshot is listed as such, can be downloaded and
// deleted, never restored.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, reloadApp, press, nextFrame, data } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const liveNames = async (page) =>
  JSON.parse(await data(page, 'exportBundle', { plain: true })).clients.filter((c) => !c.deleted).map((c) => c.name);

test('Settings → restore points: restore, undo, and the restore survives a reload', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    const points = await data(page, 'restorePoints');
    assert.strictEqual(points.length, 1, 'setup saved the first snapshot');
    assert.strictEqual(points[0].damaged, false);

    // Work done after the snapshot: a new client and a renamed one.
    const firstId = JSON.parse(await data(page, 'exportBundle', { plain: true })).clients[0].id;
    const firstName = (await liveNames(page))[0];
    assert.strictEqual((await data(page, 'editClient', { op: 'add', name: '还原后消失 Gone' })).ok, true);
    assert.strictEqual((await data(page, 'editClient', { op: 'rename', id: firstId, name: '改过的名字 Renamed' })).ok, true);
    await data(page, 'saved');

    // Through the UI: Settings → 还原点… → restore → confirm.
    await press(page, 'nav.settings');
    await press(page, 'settings.restore_points');
    await page.waitForSelector('#restore-overlay:not([hidden])');
    const restoreButton = page.locator('#restore-list li button', { hasText: '恢复到此' }).first();
    await restoreButton.click();
    await page.locator('#restore-list li button', { hasText: '确认恢复' }).first().click();
    await page.waitForFunction(() => /已恢复/.test(document.getElementById('restore-message').textContent));
    // The new client and its household (create_client makes both), and the renamed one.
    assert.match(await page.textContent('#restore-message'), /Restored: 3 records put back/);

    let names = await liveNames(page);
    assert.ok(!names.includes('还原后消失 Gone'), 'the client made after the snapshot is gone');
    assert.ok(names.includes(firstName) && !names.includes('改过的名字 Renamed'), 'the rename is undone');
    assert.strictEqual((await data(page, 'counts')).clients, 400);

    // Esc closes the dialog; Ctrl+Z in the app undoes the restore.
    await page.keyboard.press('Escape');
    assert.strictEqual(await page.isHidden('#restore-overlay'), true);
    await page.mouse.click(640, 400);
    await page.keyboard.press('Control+z');
    await nextFrame(page);
    names = await liveNames(page);
    assert.ok(names.includes('还原后消失 Gone') && names.includes('改过的名字 Renamed'), 'undo brings today back');

    // Redo, save, reload: the restore is what was saved.
    await page.keyboard.press('Control+y');
    await nextFrame(page);
    await data(page, 'saved');
    await reloadApp(page);
    names = await liveNames(page);
    assert.ok(!names.includes('还原后消失 Gone') && names.includes(firstName));
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('a damaged snapshot is listed as damaged, can be deleted, and is never restored', async () => {
  const { context } = await launch();
  try {
    const { page } = await openWithBook(context, url, { demo: true });
    await data(page, 'editClient', { op: 'add', name: '快照之后 After' });
    await data(page, 'saved');
    // Damage the only snapshot in IndexedDB (one flipped byte), then reload:
    // the open falls back to an empty book plus the journal and says so.
    const damaged = await page.evaluate(async () => {
      const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
      const db = await req(indexedDB.open('/store'));
      const tx = db.transaction('FILE_DATA', 'readwrite');
      const store = tx.objectStore('FILE_DATA');
      const keys = (await req(store.getAllKeys())).map(String);
      const key = keys.find((k) => /snap-\d+\.rms$/.test(k));
      const entry = await req(store.get(key));
      const bytes = new Uint8Array(entry.contents);
      bytes[bytes.length - 40] ^= 0xff;
      entry.contents = bytes;
      await req(store.put(entry, key));
      db.close();
      return key.split('/').pop();
    });
    const st = await reloadApp(page);
    assert.ok(st.problems.length > 0, 'the open reports the damaged file');
    assert.strictEqual(await page.isVisible('#store-restore'), true, 'the status offers the restore points');

    await page.click('#store-restore');
    await page.waitForSelector('#restore-overlay:not([hidden])');
    const row = page.locator(`#restore-list li[data-name="${damaged}"]`);
    assert.match(await row.textContent(), /已损坏/);
    assert.strictEqual(await row.locator('button', { hasText: '恢复到此' }).count(), 0, 'no restore for a damaged file');
    await row.locator('button', { hasText: '删除' }).click();
    await row.locator('button', { hasText: '确认删除' }).click();
    await page.waitForFunction(() => /已删除/.test(document.getElementById('restore-message').textContent));
    const left = await data(page, 'restorePoints');
    assert.ok(!left.some((p) => p.name === damaged), 'the damaged file is gone once the user deleted it');
  } finally { await context.close(); }
});

test('the mount reads only the newest snapshot; restore points stay stored until needed', async () => {
  // idb_store.js "deferred files": a week of restore points must not multiply
  // the mount's IndexedDB read, and a sync must never take a file the mount
  // left in IndexedDB for one to delete.
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    const inMemory = () => page.evaluate(() => FS.readdir('/store').filter((n) => /^(snap|jrnl)-/.test(n)).sort());
    const stored = () => page.evaluate(async () => {
      const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
      const db = await req(indexedDB.open('/store'));
      const keys = await req(db.transaction('FILE_DATA').objectStore('FILE_DATA').getAllKeys());
      db.close();
      return keys.map((k) => String(k).split('/').pop()).filter((n) => /^(snap|jrnl)-/.test(n)).sort();
    });
    const firstName = (await liveNames(page))[0];
    const id = JSON.parse(await data(page, 'exportBundle', { plain: true })).clients[0].id;

    // Make the setup's snapshot two days old, so retention keeps it as that
    // day's restore point; then saved edits, one journal entry each, until
    // the journal outgrows a quarter of the snapshot and a save compacts.
    const [older] = await inMemory();
    await page.evaluate(async (name) => {
      const t = Date.now() - 2 * 86400000;
      FS.utime('/store/' + name, t, t);
      await new Promise((res, rej) => FS.syncfs(false, (e) => (e ? rej(e) : res())));
    }, older);
    const last = await page.evaluate(async ({ cid, first }) => {
      const compacted = () => FS.readdir('/store').some((n) => n.startsWith('snap-') && n !== first);
      let i = 0;
      for (; i < 300 && !compacted(); i++) {
        await window.rmplanner.data.editClient({ op: 'rename', id: cid, name: '改名 Renamed ' + i });
        await window.rmplanner.data.saved();
      }
      await window.rmplanner.data.editClient({ op: 'rename', id: cid, name: '改名 Renamed last' });
      await window.rmplanner.data.saved();
      return i;
    }, { cid: id, first: older });
    const files = await stored();
    const snaps = files.filter((n) => n.startsWith('snap-'));
    assert.strictEqual(snaps.length, 2, `${last} edits: a compaction kept the old snapshot as a restore point: ${files}`);
    const newer = snaps.find((n) => n !== older);
    const journal = files.filter((n) => n.startsWith('jrnl-'));
    assert.ok(journal.length >= 1 && journal.every((n) => n.slice(5) > newer.slice(5)), `only entries after the new snapshot are kept: ${files}`);
    assert.deepStrictEqual(await inMemory(), journal.concat([newer]), 'after retention the restore point went back to IndexedDB only');

    // Reload: only key.rmk and the newest snapshot are read.
    await reloadApp(page);
    let mount = (await data(page, 'timings')).mount;
    assert.strictEqual(mount.files, 2 + journal.length);
    assert.strictEqual(mount.deferred_files, 1);
    assert.deepStrictEqual(await inMemory(), journal.concat([newer]));
    assert.ok((await liveNames(page)).includes('改名 Renamed last'));

    // A save syncs with the restore point still in IndexedDB only: it stays.
    await data(page, 'editClient', { op: 'add', name: '加载之后 After mount' });
    await data(page, 'saved');
    await reloadApp(page);
    assert.strictEqual((await data(page, 'timings')).mount.deferred_files, 1, 'the save kept the restore point');
    const listed = await inMemory();
    const points = await data(page, 'restorePoints');
    assert.deepStrictEqual(points.map((p) => [p.name, p.damaged]), [[newer, false], [older, false]]);
    assert.ok(points[1].bytes > 1000, 'read on demand, with its size');
    assert.deepStrictEqual(await inMemory(), listed, 'listed, then left in IndexedDB only again');

    // Restoring from it works as from any restore point.
    const r = await data(page, 'restore', older);
    assert.strictEqual(r.ok, true);
    assert.ok((await liveNames(page)).includes(firstName), 'the book is back as it was two days ago');
    await data(page, 'saved');
    assert.ok(!(await inMemory()).includes(older), 'the restore point it was read from is left in IndexedDB only');
    assert.ok((await stored()).includes(older), 'and is still stored');

    // A damaged newest snapshot: the open reads the rest and falls back to the older one.
    await reloadApp(page);
    await page.evaluate(async (name) => {
      const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
      const db = await req(indexedDB.open('/store'));
      const store = db.transaction('FILE_DATA', 'readwrite').objectStore('FILE_DATA');
      const entry = await req(store.get('/store/' + name));
      const bytes = new Uint8Array(entry.contents);
      bytes[bytes.length - 40] ^= 0xff;
      entry.contents = bytes;
      await req(store.put(entry, '/store/' + name));
      db.close();
    }, (await inMemory()).filter((n) => n.startsWith('snap-')).pop());
    const st = await reloadApp(page);
    assert.strictEqual(st.state, 'open');
    assert.ok(st.problems.some((p) => p.code === 'older_snapshot_used'), JSON.stringify(st.problems));
    assert.strictEqual((await data(page, 'counts')).clients, 400);
    await data(page, 'saved');

    // A passphrase (here: encrypting the demo store) re-seals the restore
    // points the mount left in IndexedDB too: after a reload they still open.
    await reloadApp(page);
    assert.ok((await data(page, 'timings')).mount.deferred_files >= 1, 'a restore point is left stored');
    await data(page, 'setPassphrase', '', '还原点口令 restore 2026');
    assert.strictEqual((await reloadApp(page)).state, 'locked');
    assert.strictEqual((await data(page, 'unlock', '还原点口令 restore 2026')).state, 'open');
    const after = (await data(page, 'restorePoints')).filter((p) => !p.damaged && !p.newest);
    assert.ok(after.length >= 1, JSON.stringify(after));
    assert.strictEqual((await data(page, 'restore', after[after.length - 1].name)).ok, true, 'it opens under the new key');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
