// The browser store's snapshot payload (docs/storage.md, "Snapshot payload"):
// snapshots are written in the binary snapshot codec; a store whose snapshot is
// bundle JSON (written before the codec) still opens, and its snapshot is
// replaced by a binary one with the next save; journal entries stay JSON
// deltas; nothing is readable in IndexedDB.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openApp, reloadApp, searchIndexedDb, waitForStoreState, data } = require('./helpers');

const PASS = 'format test 格式 2026';
let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });


// In the page, with the passphrase: every stored snapshot and journal entry,
// opened, as {name, first} (the payload's first character) — what format
// each file's payload is in.
const payloads = (page) => page.evaluate(async (pass) => {
  const dir = '/store';
  const key = (await RMEnvelope.unlock(pass, FS.readFile(dir + '/key.rmk'))).key;
  const out = [];
  for (const name of FS.readdir(dir).sort()) {
    if (!/^(snap|jrnl)-\d{12}\.(rms|rmj)$/.test(name)) continue;
    const plain = await RMEnvelope.open(key, FS.readFile(dir + '/' + name));
    out.push({ name, first: String.fromCharCode(plain[0]), size: plain.length });
  }
  return out;
}, PASS);

test('an old JSON-snapshot store opens, and the next save replaces the snapshot with a binary one', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openApp(context, url);
    await data(page, 'setup', { passphrase: PASS, demo: true });
    await data(page, 'saved');
    let files = await payloads(page);
    assert.ok(files.some((f) => f.name.startsWith('snap-') && f.first !== '{'), 'a new store writes a binary snapshot');

    // The book as bundle JSON, and a journal entry on top of it.
    const book = JSON.parse(await data(page, 'exportBundle', { plain: true }));
    const names = book.clients.slice(0, 5).map((c) => c.name);
    await data(page, 'lock');
    // The lock reloads the page into the unlock screen; the store's files are
    // in memory once the mount's read is done.
    await waitForStoreState(page, 'locked');
    await page.waitForFunction(() => { try { return window.FS.readdir('/store').some((n) => n.startsWith('snap-')); } catch (e) { return false; } });

    // Make the store an old one: only key.rmk and a JSON snapshot of the book,
    // sealed under the store's key, as the app wrote them before the codec.
    await page.evaluate(async ({ pass, text }) => {
      const dir = '/store';
      const k = await RMEnvelope.unlock(pass, FS.readFile(dir + '/key.rmk'));
      for (const n of FS.readdir(dir)) if (/^(snap|jrnl)-/.test(n)) FS.unlink(dir + '/' + n);
      const sealed = await RMEnvelope.seal(k.key, k.salt, k.iterations, RMEnvelope.constants.KIND.snapshot, 7,
        new TextEncoder().encode(text));
      FS.writeFile(dir + '/snap-000000000007.rms', sealed);
      await new Promise((res, rej) => FS.syncfs(false, (e) => (e ? rej(e) : res())));
    }, { pass: PASS, text: JSON.stringify(book) });

    let st = await reloadApp(page);
    assert.strictEqual(st.state, 'locked');
    await data(page, 'unlock', PASS);
    st = await data(page, 'state');
    assert.strictEqual(st.state, 'open');
    assert.deepStrictEqual(st.problems, []);
    assert.strictEqual((await data(page, 'timings')).open.snapshot_format, 'json', 'the JSON snapshot was read');
    assert.strictEqual((await data(page, 'counts')).clients, 400);

    // Opening a JSON snapshot schedules a compaction; an edit is journalled.
    const renamed = await data(page, 'editClient', { op: 'rename', id: book.clients[1].id, name: '格式客户 Format' });
    assert.strictEqual(renamed.ok, true);
    await data(page, 'saved');
    files = await payloads(page);
    const snaps = files.filter((f) => f.name.startsWith('snap-'));
    const journal = files.filter((f) => f.name.startsWith('jrnl-'));
    assert.ok(snaps.length >= 1 && snaps.every((f) => f.first !== '{'), 'no JSON snapshot is left: ' + JSON.stringify(files));
    assert.ok(!snaps.some((f) => f.name === 'snap-000000000007.rms'), 'the JSON snapshot was retired');
    assert.ok(journal.length >= 1 && journal.every((f) => f.first === '{'), 'journal entries are JSON deltas');

    const idb = await searchIndexedDb(page, names.concat(['格式客户']));
    assert.ok(idb.files.length >= 3, 'key, snapshot and journal are stored');
    for (const [needle, keys] of Object.entries(idb.hits)) assert.deepStrictEqual(keys, [], needle + ' is readable in IndexedDB');

    // The binary snapshot and the journal open again, record for record.
    const before = (await data(page, 'exportBundle', { plain: true })).replace(/"exported_(at|by)": "[^"]*"/g, '');
    st = await reloadApp(page);
    await data(page, 'unlock', PASS);
    const t = await data(page, 'timings');
    assert.strictEqual(t.open.snapshot_format, 'binary');
    assert.ok(t.open.open_ms > 0 && t.open.kdf_ms > 0 && t.open.parse_ms >= 0, JSON.stringify(t.open));
    assert.strictEqual((await data(page, 'exportBundle', { plain: true })).replace(/"exported_(at|by)": "[^"]*"/g, ''), before);
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('setup sizes the demo book; timings() reports the phases of an open and a save', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openApp(context, url);
    for (const bad of [0, -5, 50001, 2.5, '100']) {
      const code = await page.evaluate(([p, n]) => window.rmplanner.data.setup({ passphrase: p, clients: n })
        .then(() => null, (e) => e.code), [PASS, bad]);
      assert.strictEqual(code, 'bad_demo_size', 'clients: ' + bad);
    }
    const empty = await data(page, 'timings');
    assert.strictEqual(empty.open, null);
    assert.ok(empty.mount && empty.mount.idb_read_ms >= 0);

    await data(page, 'setup', { passphrase: PASS, demo: true, clients: 1200 });
    await data(page, 'saved');
    assert.strictEqual((await data(page, 'counts')).clients, 1200);
    let t = await data(page, 'timings');
    assert.ok(t.lastSave.snapshot_bytes > 0 && t.lastSave.syncfs_ms >= 0, 'the first save is a snapshot');
    assert.strictEqual(t.lastSave.snapshot_format, 'binary');

    await reloadApp(page);
    await data(page, 'unlock', PASS);
    await page.evaluate(() => window.rmplanner.ui.nextFrame());
    t = await data(page, 'timings');
    for (const k of ['idb_read_ms', 'kdf_ms', 'decrypt_ms', 'copy_ms', 'parse_ms', 'replay_ms', 'workspace_ms',
      'open_ms', 'first_frame_ms', 'usable_ms']) {
      assert.strictEqual(typeof t.open[k], 'number', k + ' is reported');
    }
    assert.strictEqual(t.open.clients, 1200);
    assert.ok(t.open.kdf_ms > 50, 'PBKDF2 with 600 000 rounds takes time');

    const added = await data(page, 'editClient', { op: 'add', name: '计时客户 Timed' });
    await data(page, 'saved');
    t = await data(page, 'timings');
    assert.ok(added.ok && t.lastSave.journal_bytes > 0 && t.lastSave.total_ms > 0, JSON.stringify(t.lastSave));
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
