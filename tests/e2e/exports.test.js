// Nothing readable leaves by default (docs/storage.md, "Backups"): the
// backup is an encrypted file that imports back only with its passphrase;
// plain JSON and CSV need a confirmation that names what leaves, never
// pre-ticked; saved views (which hold search text such as a phone number) are
// records of the encrypted book, never localStorage values.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const { startServer, launch, openWithBook, reloadApp, click, text, fill, nextFrame, waitForStoreState, data } = require('./helpers');

const PASS = 'export 测试 passphrase 2026';
let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });


// exportBundle's default answer as a plain array of byte values (a
// Uint8Array does not cross page.evaluate as one).
const exportBytes = (page, opts) => page.evaluate(async (o) => Array.from(await window.rmplanner.data.exportBundle(o)), opts || {});
const importBytes = (page, bytes, opts) => page.evaluate(([b, o]) => window.rmplanner.data.importBundle(new Uint8Array(b), o), [bytes, opts]);

test('the default export is an encrypted file that imports back only with its passphrase', async () => {
  const { context } = await launch();
  const other = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { passphrase: PASS });
    const names = JSON.parse(await data(page, 'exportBundle', { plain: true })).clients.map((c) => c.name);
    assert.ok(names.length > 10);

    const bytes = await exportBytes(page);
    assert.deepStrictEqual(bytes.slice(0, 4), [0x52, 0x4d, 0x50, 0x4c], 'the envelope magic RMPL');
    assert.strictEqual(bytes[9], 4, 'payload kind: backup');
    const asText = Buffer.from(bytes).toString('utf8');
    assert.throws(() => JSON.parse(asText), 'not readable JSON');
    for (const n of names.slice(0, 20)) assert.ok(!asText.includes(n), `client name ${n} readable in the backup`);
    assert.notStrictEqual((await data(page, 'state')).last_export_at, null, 'an encrypted export counts as a backup');

    // Into another browser profile (an empty book): wrong passphrase → a clear
    // message and nothing applied; the book's passphrase → every client.
    const b = await openWithBook(other.context, url, { passphrase: 'other profile 另一个口令 2026', demo: false });
    const before = (await data(b.page, 'counts')).clients;
    const wrong = await importBytes(b.page, bytes, { passphrase: 'not the passphrase' });
    assert.strictEqual(wrong.ok, false);
    assert.strictEqual(wrong.problems[0].code, 'backup_auth');
    assert.match(wrong.problems[0].message_zh, /口令不正确/);
    assert.match(wrong.problems[0].message_en, /Wrong passphrase/);
    assert.strictEqual((await data(b.page, 'counts')).clients, before, 'nothing applied');
    const none = await importBytes(b.page, bytes, {});
    assert.strictEqual(none.problems[0].code, 'needs_passphrase');
    const right = await importBytes(b.page, bytes, { passphrase: PASS });
    assert.strictEqual(right.ok, true, JSON.stringify(right));
    const imported = JSON.parse(await data(b.page, 'exportBundle', { plain: true })).clients.map((c) => c.name);
    for (const n of names) assert.ok(imported.includes(n), `${n} imported`);

    // An export passphrase of the user's choosing, with a fresh salt.
    const chosen = await exportBytes(page, { passphrase: 'chosen export 口令' });
    assert.notDeepStrictEqual(chosen.slice(16, 32), bytes.slice(16, 32), 'its own salt');
    assert.strictEqual((await importBytes(b.page, chosen, { passphrase: PASS })).ok, false);
    assert.strictEqual((await importBytes(b.page, chosen, { passphrase: 'chosen export 口令' })).ok, true);
    assert.deepStrictEqual(errors, []);
    assert.deepStrictEqual(b.errors, []);
  } finally { await context.close(); await other.context.close(); }
});

test('a plain book exports encrypted only under a chosen passphrase; the dialog asks before plain JSON', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    // No book passphrase to seal under, and never plain by default.
    const refused = await page.evaluate(() => window.rmplanner.data.exportBundle().then(() => 'exported', (e) => e.code));
    assert.strictEqual(refused, 'needs_passphrase');
    const clients = (await data(page, 'counts')).clients;

    await page.evaluate(() => RMBackup.open());
    await page.waitForSelector('#backup-dialog', { state: 'visible' });
    assert.strictEqual(await page.isChecked('#backup-plain-ok'), false, 'the confirmation is never pre-ticked');
    assert.strictEqual(await page.isDisabled('#backup-plain'), true, 'plain export waits for the confirmation');
    const consent = await page.textContent('#backup-plain-text');
    assert.ok(consent.includes(`${clients} 位客户的姓名、证件号、电话`), consent);
    assert.ok(consent.includes(`${clients} clients`), consent);

    // The encrypted export, under an export passphrase typed twice.
    await page.fill('#backup-pass', 'dialog 导出口令 1');
    await page.fill('#backup-pass2', 'dialog 导出口令 1');
    const [enc] = await Promise.all([page.waitForEvent('download'), page.click('#backup-encrypted')]);
    assert.match(enc.suggestedFilename(), /^rmplanner-backup-\d{8}\.rmbackup$/);
    const sealed = fs.readFileSync(await enc.path());
    assert.strictEqual(sealed.subarray(0, 4).toString('latin1'), 'RMPL');

    // Plain JSON once ticked; afterwards the tick is gone again.
    await page.check('#backup-plain-ok');
    const [plain] = await Promise.all([page.waitForEvent('download'), page.click('#backup-plain')]);
    assert.match(plain.suggestedFilename(), /\.json$/);
    assert.strictEqual(JSON.parse(fs.readFileSync(await plain.path(), 'utf8')).clients.length >= clients, true);
    assert.strictEqual(await page.isChecked('#backup-plain-ok'), false);
    assert.strictEqual(await page.isDisabled('#backup-plain'), true);

    // Import through the import dialog: the file and its passphrase, a preview, then the import.
    await page.click('#backup-import');
    await page.waitForSelector('#import-dialog', { state: 'visible' });
    await page.setInputFiles('#import-file', { name: 'b.rmbackup', mimeType: 'application/octet-stream', buffer: sealed });
    await page.waitForFunction(() => /口令/.test(document.getElementById('import-error').textContent));
    await page.fill('#import-pass', 'wrong one');
    await page.click('#import-preview');
    await page.waitForFunction(() => /口令不正确/.test(document.getElementById('import-error').textContent));
    assert.strictEqual(await page.isDisabled('#import-apply'), true, 'nothing to apply without a preview');
    await page.fill('#import-pass', 'dialog 导出口令 1');
    await page.click('#import-preview');
    await page.waitForSelector('#import-summary');
    // The book's own backup: nothing new, so there is nothing to import.
    assert.match(await page.textContent('#import-summary'), /将新增 0 条/);
    assert.strictEqual(await page.isDisabled('#import-apply'), true);
    await page.click('#import-cancel');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('the pipeline CSV (the weekly table) asks first; its opportunity rows have the header\'s ten fields', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    await nextFrame(page);
    await click(page, 'nav.pipeline');
    await click(page, 'pipeline.view.table');
    await click(page, 'pipeline.export');
    assert.match(await text(page, 'pipeline.export.consent'), /个商机的客户姓名、金额/);
    // Not ticked: the export button does nothing.
    let downloaded = false;
    page.on('download', () => { downloaded = true; });
    await click(page, 'pipeline.export.confirm');
    await page.waitForTimeout(300);
    assert.strictEqual(downloaded, false, 'no download before the confirmation');
    await click(page, 'pipeline.export.consent');
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'pipeline.export.confirm')]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    // RFC 4180: split on commas outside quotes.
    const rows = csv.slice(1).split('\r\n').filter((l) => l).map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g).filter((f) => f !== ''));
    assert.ok(rows.length > 1, csv);
    // The title, the header and one row per opportunity (ten fields), then the
    // per-step and total rows and the week's movement (three fields each).
    const opportunities = rows.slice(2).filter((r) => r.length === 10);
    assert.ok(opportunities.length > 0, csv);
    for (const r of rows.slice(1)) assert.ok(r.length === 10 || r.length === 3, `row ${r.join('|')}`);
    const total = rows.find((r) => /^(合计|Total),/.test(r[0]));
    assert.ok(total, csv);
    assert.strictEqual(total[1], `${opportunities.length},`, `row ${total.join('|')}`);
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('a saved view with a phone number in its search never reaches localStorage, and old views move into the book', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { passphrase: PASS });
    const PHONE = '13912345678';
    await click(page, 'nav.clients');
    await fill(page, 'clients.search', PHONE);
    await fill(page, 'clients.views.name', '电话视图');
    await click(page, 'clients.views.save');
    await data(page, 'saved');
    const leaks = await page.evaluate((p) => Object.keys(localStorage).filter((k) => String(localStorage.getItem(k)).includes(p) || k.includes(p)), PHONE);
    assert.deepStrictEqual(leaks, [], 'no localStorage value holds the phone number');
    const views = JSON.parse(await data(page, 'exportBundle', { plain: true })).client_views;
    assert.ok(views.some((v) => v.name === '电话视图' && v.filter.includes(PHONE)));

    // A view an older version left in localStorage moves into the book on open.
    await page.evaluate(() => localStorage.setItem('rmplanner.pref.clients.views',
      JSON.stringify([{ name: '旧视图', filter: { search: '13700001111' } }])));
    await reloadApp(page);
    await page.waitForSelector('#unlock-pass', { state: 'visible' });
    await page.fill('#unlock-pass', PASS);
    await page.press('#unlock-pass', 'Enter');
    await waitForStoreState(page, 'open');
    await nextFrame(page);
    await page.waitForFunction(() => localStorage.getItem('rmplanner.pref.clients.views') === null);
    const after = JSON.parse(await data(page, 'exportBundle', { plain: true })).client_views.map((v) => v.name);
    assert.ok(after.includes('旧视图') && after.includes('电话视图'), JSON.stringify(after));
    // And it survives a reload (it was saved like any edit).
    await data(page, 'saved');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
