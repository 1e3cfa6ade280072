// A plan file sealed to the supervisor's public key (docs/data-format.md,
// "Sealed to a public key"), through files only, in three browser profiles:
// the supervisor makes a key pair in the backup dialog and downloads her
// public key file; the manager imports it there (upload) and exports a file
// "encrypted to my supervisor" (download); the supervisor imports that file
// (upload) and has the manager's clients; a third supervisor with another
// key is told the file is for another key, by fingerprint, and her book is
// unchanged. The private key is in no export.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const os = require('os');
const {
  startServer, launch, openWithBook, reloadApp, waitForStoreState, data, clientNames, press, text, openBackupDialog,
  importFile,
} = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-sealed-plan-'));

// A supervisor's key pair made in the dialog; answers the downloaded
// public key file's path and its fingerprint.
async function makeKeyPair(page, name, employeeNo) {
  await openBackupDialog(page);
  await page.fill('#keys-name', name);
  await page.fill('#keys-employee-no', employeeNo);
  await page.click('#keys-create');
  await page.waitForSelector('#keys-download', { state: 'visible' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#keys-download')]);
  assert.match(download.suggestedFilename(), /\.pub\.json$/);
  const file = path.join(tmp, `${employeeNo}.pub.json`);
  await download.saveAs(file);
  const pub = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.strictEqual(pub.kind, 'rmplanner-public-key');
  assert.strictEqual(pub.name, name);
  assert.match(pub.fingerprint, /^[0-9a-f]{64}$/);
  assert.deepStrictEqual(Object.keys(pub).sort(), ['algorithm', 'employee_no', 'fingerprint', 'kind', 'name', 'spki', 'version']);
  await page.click('#backup-close');
  return { file, fingerprint: pub.fingerprint };
}

test('manager → supervisor: a file sealed to her public key opens only on her device', async () => {
  // Tall windows: the dialogs are long, and every button must be clickable.
  const size = { width: 1280, height: 1600 };
  const sup = await launch(size);
  const mgr = await launch(size);
  const third = await launch(size);
  try {
    const s = await openWithBook(sup.context, url, { passphrase: 'supervisor 主管 book 2026', demo: false });
    const m = await openWithBook(mgr.context, url, { passphrase: 'manager 客户经理 book 2026' });
    const t = await openWithBook(third.context, url, { passphrase: 'third 另一位主管 book 2026', demo: false });

    // The supervisor's key pair; the private key is non-extractable and in no export.
    const supKey = await makeKeyPair(s.page, '张主管', 'S0017');
    const otherKey = await makeKeyPair(t.page, '王主管', 'S0099');
    assert.notStrictEqual(supKey.fingerprint, otherKey.fingerprint);
    const extractable = await s.page.evaluate(() => new Promise((resolve) => {
      const req = indexedDB.open('rmplanner-keys');
      req.onsuccess = () => {
        const get = req.result.transaction(['keys']).objectStore('keys').get('own_key_pair');
        get.onsuccess = () => resolve(get.result.privateKey.extractable);
      };
    }));
    assert.strictEqual(extractable, false, 'the private key cannot be read out');
    const supPlain = await data(s.page, 'exportBundle', { plain: true });
    assert.ok(!supPlain.includes('privateKey') && !supPlain.includes(supKey.fingerprint), 'no key material in the book');

    // The manager imports the public key file once (an upload); it stays after a reload.
    await openBackupDialog(m.page);
    await m.page.setInputFiles('#keys-supervisor-file', supKey.file);
    await m.page.waitForFunction(() => /张主管/.test(document.getElementById('keys-supervisor-status').textContent));
    assert.match(await m.page.textContent('#keys-message'), /核对指纹/);
    const short = supKey.fingerprint.slice(0, 4);
    assert.ok((await m.page.textContent('#backup-supervisor-choice')).includes(short), 'the choice names the fingerprint');
    assert.strictEqual(await m.page.isChecked('#backup-use-supervisor'), false);
    await m.page.click('#backup-close');
    await data(m.page, 'saved');
    await reloadApp(m.page);
    await waitForStoreState(m.page, 'locked');
    await data(m.page, 'unlock', 'manager 客户经理 book 2026');
    await waitForStoreState(m.page, 'open');
    assert.strictEqual((await data(m.page, 'supervisorKey')).fingerprint, supKey.fingerprint, 'kept across the reload');

    // The export: encrypted to the supervisor, downloaded.
    const names = await clientNames(m.page);
    assert.ok(names.length > 10);
    await openBackupDialog(m.page);
    await m.page.check('#backup-use-supervisor');
    assert.strictEqual(await m.page.isVisible('#backup-new-fields'), false);
    const [download] = await Promise.all([m.page.waitForEvent('download'), m.page.click('#backup-encrypted')]);
    assert.match(download.suggestedFilename(), /^rmplanner-plan-\d{8}\.rmplan$/);
    const sealedPath = path.join(tmp, 'plan.rmplan');
    await download.saveAs(sealedPath);
    await m.page.waitForFunction(() => /张主管/.test(document.getElementById('backup-message').textContent));
    const sealed = fs.readFileSync(sealedPath);
    assert.strictEqual(sealed.subarray(0, 4).toString('latin1'), 'RMPL');
    assert.strictEqual(sealed.readUInt16LE(4), 3, 'envelope version 3');
    assert.strictEqual(sealed[9], 5, 'payload kind: sealed');
    assert.strictEqual(sealed.subarray(64, 96).toString('hex'), supKey.fingerprint, 'the header names the recipient');
    for (const n of names.slice(0, 20)) assert.ok(!sealed.includes(Buffer.from(n)), `client name ${n} readable in the file`);

    // A third profile with another key: told whose key it is for; nothing changes.
    const before = await data(t.page, 'counts');
    const refused = await importFile(t.page, sealedPath);
    assert.match(refused.error, /另一把密钥/);
    assert.match(refused.error, /another key/);
    assert.ok(refused.error.includes(short + ' ' + supKey.fingerprint.slice(4, 8)), refused.error);
    assert.deepStrictEqual(await data(t.page, 'counts'), before, 'nothing applied');
    const hookRefusal = await t.page.evaluate((b) => window.rmplanner.data.importBundle(new Uint8Array(b)), Array.from(sealed));
    assert.strictEqual(hookRefusal.ok, false);
    assert.strictEqual(hookRefusal.problems[0].code, 'wrong_key');

    // Damaged and truncated copies: refused on the supervisor's own device too.
    const bad = Buffer.from(sealed);
    bad[bad.length - 100] ^= 1;
    const damaged = await s.page.evaluate((b) => window.rmplanner.data.importBundle(new Uint8Array(b)), Array.from(bad));
    assert.strictEqual(damaged.problems[0].code, 'corrupted');
    const cut = await s.page.evaluate((b) => window.rmplanner.data.importBundle(new Uint8Array(b)), Array.from(sealed.subarray(0, 1000)));
    assert.strictEqual(cut.problems[0].code, 'truncated');
    assert.strictEqual((await data(s.page, 'counts')).clients || 0, 0, 'nothing applied');

    // The supervisor: the upload opens with her private key; the clients arrive.
    const done = await importFile(s.page, sealedPath);
    assert.strictEqual(done.error, '', done.error);
    const got = await clientNames(s.page);
    for (const n of names) assert.ok(got.includes(n), `${n} imported`);

    assert.deepStrictEqual(s.errors, []);
    assert.deepStrictEqual(m.errors, []);
    assert.deepStrictEqual(t.errors, []);
  } finally {
    await sup.context.close();
    await mgr.context.close();
    await third.context.close();
  }
});

// The weekly hand-in (docs/data-format.md, "Weekly hand-in"): the manager
// chooses "this week's hand-in" in the same dialog, sealed to her
// supervisor; the supervisor's import brings the clients and the pipeline,
// this week's work logs and not the older ones, and leaves her settings.
// A hand-in is no backup: the backup reminder's export time stays.
test("manager → supervisor: the week's hand-in, sealed, carries the week and not the whole book", async () => {
  const size = { width: 1280, height: 1600 };
  const sup = await launch(size);
  const mgr = await launch(size);
  try {
    const s = await openWithBook(sup.context, url, { passphrase: 'supervisor 主管 book 2026', demo: false });
    const m = await openWithBook(mgr.context, url, { passphrase: 'manager 客户经理 book 2026' });
    const supKey = await makeKeyPair(s.page, '张主管', 'S0017');
    await openBackupDialog(m.page);
    await m.page.setInputFiles('#keys-supervisor-file', supKey.file);
    await m.page.waitForFunction(() => /张主管/.test(document.getElementById('keys-supervisor-status').textContent));
    await m.page.click('#backup-close');

    const book = JSON.parse(await data(m.page, 'exportBundle', { plain: true }));
    const exportedAt = (await data(m.page, 'state')).last_export_at;
    const monday = await m.page.evaluate(() => {
      const d = new Date();
      d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const thisWeek = book.work_log.filter((w) => !w.deleted && w.date >= monday);
    assert.ok(book.work_log.length > thisWeek.length, 'the demo book has older work logs');

    await openBackupDialog(m.page);
    assert.strictEqual(await m.page.isChecked('#backup-what-book'), true, 'the whole book is the default');
    await m.page.check('#backup-what-hand-in');
    await m.page.check('#backup-use-supervisor');
    const [download] = await Promise.all([m.page.waitForEvent('download'), m.page.click('#backup-encrypted')]);
    assert.match(download.suggestedFilename(), /^rmplanner-handin-\d{8}\.rmplan$/);
    const handInPath = path.join(tmp, 'handin.rmplan');
    await download.saveAs(handInPath);
    await m.page.waitForFunction(() => /张主管/.test(document.getElementById('backup-message').textContent));
    await m.page.click('#backup-close');
    assert.strictEqual((await data(m.page, 'state')).last_export_at, exportedAt, 'a hand-in does not count as a backup');

    const ownerBefore = JSON.parse(await data(s.page, 'exportBundle', { plain: true })).settings.owner_manager_id;
    const done = await importFile(s.page, handInPath);
    assert.strictEqual(done.error, '', done.error);
    const got = JSON.parse(await data(s.page, 'exportBundle', { plain: true }));
    assert.strictEqual(got.clients.length, book.clients.length, 'every client');
    assert.strictEqual((got.opportunities || []).length, (book.opportunities || []).length, 'the pipeline table');
    const logs = (got.work_log || []).filter((w) => !w.deleted);
    assert.deepStrictEqual(logs.map((w) => w.id).sort(), thisWeek.map((w) => w.id).sort(), "only this week's work logs");
    const awaiting = book.communication_reports.filter((r) => r.review === 'submitted').map((r) => r.id);
    assert.ok(awaiting.length > 0);
    for (const id of awaiting) assert.ok(got.communication_reports.some((r) => r.id === id), `report ${id} awaiting review`);
    assert.strictEqual(got.settings.owner_manager_id, ownerBefore, "the supervisor's settings stay hers");

    // Her desk: the Branch screen names the manager with her clients and the
    // reports waiting for review, the figures of `rmplanner branch-report`.
    await press(s.page, 'nav.branch');
    assert.strictEqual(await text(s.page, 'branch.managers'), '1');
    const owner = book.managers.find((x) => x.id === book.settings.owner_manager_id);
    assert.strictEqual(await text(s.page, 'branch.manager.0.name'), owner.name);
    assert.strictEqual(await text(s.page, 'branch.manager.0.clients'), String(book.clients.filter((c) => !c.deleted).length));
    const submitted = book.communication_reports.filter((r) => !r.deleted && r.review === 'submitted').length;
    assert.strictEqual(await text(s.page, 'branch.manager.0.reports_awaiting'), String(submitted));
    assert.deepStrictEqual(s.errors, []);
    assert.deepStrictEqual(m.errors, []);
  } finally {
    await sup.context.close();
    await mgr.context.close();
  }
});
