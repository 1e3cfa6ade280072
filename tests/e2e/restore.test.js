// Restore points in a real browser (issue 5: "a way out … restore a
// snapshot"): Settings opens the dialog, a restore puts the book back as it
// was at that snapshot as one undoable edit that is saved like any other, and
// a damaged snapshot is listed as such, can be downloaded and deleted, never
// restored.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, reloadApp, press, nextFrame } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const data = (page, fn, ...args) => page.evaluate(([f, a]) => window.rmplanner.data[f](...a), [fn, args]);
const liveNames = async (page) =>
  JSON.parse(await data(page, 'exportBundle')).clients.filter((c) => !c.deleted).map((c) => c.name);

test('Settings → restore points: restore, undo, and the restore survives a reload', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    const points = await data(page, 'restorePoints');
    assert.strictEqual(points.length, 1, 'setup saved the first snapshot');
    assert.strictEqual(points[0].damaged, false);

    // Work done after the snapshot: a new client and a renamed one.
    const firstId = JSON.parse(await data(page, 'exportBundle')).clients[0].id;
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
    assert.match(await page.textContent('#restore-message'), /Restored: 2 records put back/);

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
