// Imports that would cost the manager her book (docs/storage.md, "Import
// limits" and "Clocks"): a file of junk records is refused before the loader
// builds it, and nothing is applied; a file whose stamps lie far in the future
// or whose counter is near the maximum is applied with those stamps clamped.
// Either way the page keeps running and the next edit is saved.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, reloadApp, waitForStoreState, data } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });


// The book still takes an edit and saves it, and it is there after a reload.
async function stillSaves(page) {
  const book = JSON.parse(await data(page, 'exportBundle', { plain: true }));
  const name = '导入后仍可保存 still saves';
  const r = await data(page, 'editClient', { op: 'rename', id: book.clients[0].id, name });
  assert.strictEqual(r.ok, true, JSON.stringify(r));
  assert.strictEqual((await data(page, 'saved')).durable, true);
  // The page before the reload may still be letting go of the writer's
  // lock (it just dropped 30 MB of text): this page opens read-only and takes
  // over as soon as the lock comes (session.js).
  await reloadApp(page);
  assert.strictEqual((await waitForStoreState(page, 'open')).state, 'open');
  const after = JSON.parse(await data(page, 'exportBundle', { plain: true }));
  assert.strictEqual(after.clients.find((c) => c.id === book.clients[0].id).name, name);
}

test('30 MB of empty records is refused with a plain reason; the book and the page go on', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url);
    const counts = await data(page, 'counts');
    const r = await page.evaluate(async () => {
      // The records come before the envelope, so nothing tells the loader
      // early that they are not a book: only the limit on values held does.
      const tail = '"format":"rmplanner-bundle","schema_version":3,"exported_by":"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",' +
        '"exported_at":"2026-01-05T10:00:00.000Z"}';
      const junk = new Array(10000000).fill('{}').join(',');
      return window.rmplanner.data.importBundle('{"clients":[' + junk + '],' + tail);
    });
    assert.strictEqual(r.ok, false, JSON.stringify(r).slice(0, 400));
    assert.strictEqual(r.problems[0].code, 'too_many_records', JSON.stringify(r.problems[0]));
    assert.ok(r.problems[0].message_zh && r.problems[0].message_en);
    assert.deepStrictEqual(await data(page, 'counts'), counts, 'nothing was applied');
    await stillSaves(page);
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('stamps a year ahead or a counter at the maximum: clamped, applied, and the clock never wraps', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url);
    const book = JSON.parse(await data(page, 'exportBundle', { plain: true }));
    const client = book.clients[1];
    const actor = client.created.split(':')[2];
    for (const stamp of [`${Date.now() + 365 * 86400000}:0:${actor}`, `${Date.now() - 1000}:4294967295:${actor}`]) {
      const edited = JSON.parse(JSON.stringify(book));
      const c = edited.clients.find((x) => x.id === client.id);
      c.name = '来自未来 from the future';
      c.updated = stamp;
      const r = await data(page, 'importBundle', JSON.stringify(edited));
      // A clock error is no reason to refuse the file (docs/storage.md, "Clocks"):
      // the stamp is pulled back, so the edits made after it still order after it.
      assert.strictEqual(r.ok, true, JSON.stringify(r).slice(0, 400));
    }
    await stillSaves(page);
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
