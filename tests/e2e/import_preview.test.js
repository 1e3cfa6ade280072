// Importing a file as a manager does it (docs/data-format.md, "Importing
// safely"): she drops a plan file on the window or picks it, sees what it
// will change per kind with names before anything changes, must confirm a
// file that deletes many records, gets a restore point and can undo the whole
// import in one step; a damaged, truncated or newer file changes nothing and
// says why.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, nextFrame, data, click, text, tracked } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const liveClients = async (page) => JSON.parse(await data(page, 'exportBundle', { plain: true }))
  .clients.filter((c) => !c.deleted);
const liveNames = async (page) => (await liveClients(page)).map((c) => c.name);
// Demo names repeat (three 张斌): a client is told by its id.
const nameOf = async (page, id) => { const c = (await liveClients(page)).find((x) => x.id === id); return c ? c.name : null; };

// Drops TEXT as a file named NAME on the app's canvas, as a person drags it from the desktop.
async function dropFile(page, name, text) {
  const dt = await page.evaluateHandle(([n, t]) => {
    const d = new DataTransfer();
    d.items.add(new File([t], n, { type: 'application/json' }));
    return d;
  }, [name, text]);
  await page.dispatchEvent('#canvas', 'drop', { dataTransfer: dt });
}

// A manager's book before and after she deleted six clients and renamed one:
// the two plan files the test imports.
async function twoVersions() {
  const { context } = await launch();
  try {
    const { page } = await openWithBook(context, url);
    const before = await data(page, 'exportBundle', { plain: true });
    const clients = JSON.parse(before).clients.filter((c) => !c.deleted);
    const gone = clients.slice(10, 16);
    for (const c of gone) assert.strictEqual((await data(page, 'dispatch', { command: 'delete_record', kind: 'client', id: c.id })).ok, true);
    const renamed = clients[20];
    const r = await data(page, 'dispatch', { command: 'update_client_profile', client_id: renamed.id, changes: { name: '改名后的客户' } });
    assert.strictEqual(r.ok, true, JSON.stringify(r));
    const after = await data(page, 'exportBundle', { plain: true });
    return { before, after, gone, renamed };
  } finally { await context.close(); }
}

test('a dropped file is previewed per kind with names, many deletions need a tick, a restore point is taken, one undo reverts it', async () => {
  const files = await twoVersions();
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true, clients: 1 });
    const first = await data(page, 'importBundle', files.before);
    assert.strictEqual(first.ok, true, JSON.stringify(first));
    assert.ok(first.added > 400 && Array.isArray(first.kinds), 'the hook answers with the merge report');

    // Through the hook, deleting six clients without the confirmation is refused and changes nothing.
    const refused = await data(page, 'importBundle', files.after);
    assert.strictEqual(refused.ok, false);
    assert.strictEqual(refused.problems[0].code, 'confirm_deletions');
    assert.match(refused.problems[0].message_zh, /将删除 6 条记录/);
    assert.strictEqual(await nameOf(page, files.renamed.id), files.renamed.name, 'nothing applied');

    const pointsBefore = (await data(page, 'restorePoints')).map((p) => p.name);
    await dropFile(page, 'plan.json', files.after);
    await page.waitForSelector('#import-summary', { state: 'visible' });
    assert.match(await page.textContent('#import-summary'), /更新 1 条、删除 6 条/);
    const clientsLine = await page.textContent('#import-kinds li[data-kind="clients"]');
    assert.ok(clientsLine.includes('改名后的客户'), `the updated client is named: ${clientsLine}`);
    for (const c of files.gone) assert.ok(clientsLine.includes(c.name), `the deleted ${c.name} is named: ${clientsLine}`);
    assert.strictEqual(await nameOf(page, files.renamed.id), files.renamed.name, 'the preview changed nothing');

    // Six deletions: the import waits for the tick.
    assert.strictEqual(await page.isVisible('#import-confirm'), true);
    assert.strictEqual(await page.isDisabled('#import-apply'), true);
    await page.check('#import-confirm-deletions');
    await page.click('#import-apply');
    await page.waitForFunction(() => /已导入/.test(document.getElementById('import-message').textContent));
    assert.match(await page.textContent('#import-message'), /导入前已保存还原点/);
    assert.strictEqual(await nameOf(page, files.renamed.id), '改名后的客户');
    for (const c of files.gone) assert.strictEqual(await nameOf(page, c.id), null, `${c.name} deleted`);
    const pointsAfter = await data(page, 'restorePoints');
    assert.ok(pointsAfter.some((p) => !pointsBefore.includes(p.name)),
      `a restore point was saved before the import: ${JSON.stringify(pointsBefore)} → ${JSON.stringify(pointsAfter.map((p) => p.name))}`);

    // One undo reverts the whole import.
    await page.click('#import-cancel');
    await page.click('#canvas');
    await page.keyboard.press('Control+z');
    await nextFrame(page);
    assert.strictEqual(await nameOf(page, files.renamed.id), files.renamed.name, 'the rename is undone');
    for (const c of files.gone) assert.strictEqual(await nameOf(page, c.id), c.name, `${c.name} is back`);
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('a truncated, damaged or newer file says what is wrong and changes nothing', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url);
    const book = await data(page, 'exportBundle', { plain: true });
    const before = await liveNames(page);
    const newer = JSON.parse(book);
    newer.schema_version = 999;
    newer.clients[0].name = '来自新版本';
    const cases = [
      ['truncated.json', book.slice(0, Math.floor(book.length / 2))],
      ['damaged.json', book.replace('"clients"', '"clients":{"x":') ],
      ['newer.json', JSON.stringify(newer)],
    ];
    for (const [name, text] of cases) {
      await dropFile(page, name, text);
      await page.waitForFunction(() => document.getElementById('import-error').textContent.length > 0);
      const shown = await page.textContent('#import-error');
      assert.ok(shown.length > 10, `${name}: ${shown}`);
      assert.strictEqual(await page.isDisabled('#import-apply'), true, `${name}: nothing to apply`);
      await page.click('#import-cancel');
    }
    // Picked rather than dropped, the same file reads the same way.
    await page.evaluate(() => RMImport.open());
    await page.setInputFiles('#import-file', { name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(newer)) });
    await page.waitForFunction(() => document.getElementById('import-error').textContent.length > 0);
    assert.match(await page.textContent("#import-error"), /更新版本/);
    await page.click('#import-cancel');
    assert.deepStrictEqual(await liveNames(page), before, 'nothing changed');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('a field edited on both sides is listed as a conflict on Today and on the client, and resolved with one click', async () => {
  const a = await launch();
  const b = await launch();
  try {
    const { page: pa } = await openWithBook(a.context, url);
    // Another person's device (a demo book's owner is the same demo manager on every device).
    const { page: pb, errors } = await openWithBook(b.context, url, { passphrase: '另一台设备 correct horse 2026', demo: false });
    assert.strictEqual((await data(pb, 'importBundle', await data(pa, 'exportBundle', { plain: true }))).ok, true);
    const client = JSON.parse(await data(pa, 'exportBundle', { plain: true })).clients.filter((c) => !c.deleted)[3];
    // Each side renames the client without having seen the other's name.
    const rename = (page, name) => data(page, 'dispatch', { command: 'update_client_profile', client_id: client.id, changes: { name } });
    assert.strictEqual((await rename(pb, '乙方的名字')).ok, true);
    assert.strictEqual((await rename(pa, '甲方的名字')).ok, true);
    const theirs = await data(pa, 'exportBundle', { plain: true });

    const preview = await data(pb, 'previewImport', theirs);
    assert.strictEqual(preview.conflicts.length, 1, JSON.stringify(preview.conflicts));
    assert.strictEqual(preview.conflicts[0].field, 'name');
    const r = await data(pb, 'importBundle', theirs);
    assert.strictEqual(r.ok, true);
    assert.strictEqual(r.conflicts.length, 1);

    await pb.click('#canvas');
    await click(pb, 'nav.today');
    const line = await text(pb, 'today.conflict.0');
    assert.ok(line.includes('乙方的名字') && line.includes('甲方的名字'), `both values are shown: ${line}`);
    await click(pb, 'today.conflict.0.take');
    assert.strictEqual(await tracked(pb, 'today.conflict.0'), null, 'resolved: no longer listed');
    assert.strictEqual(await nameOf(pb, client.id), r.conflicts[0].other_value, 'the other value was taken');
    assert.strictEqual((await data(pb, 'previewImport', theirs)).conflicts.length, 0, 'the same file brings it back no more');
    assert.deepStrictEqual(errors, []);
  } finally { await a.context.close(); await b.context.close(); }
});
