// The store's timers in a real browser (docs/storage.md): an encrypted book
// locks itself after the configured idle time, and activity keeps it open; the
// backup reminder appears when the last export is older than a week and goes
// away once the manager exports. Both settings live in localStorage
// (docs/js-hook.md), so the tests set them before the app starts.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, reloadApp, waitForStoreState, data } = require('./helpers');

const PASS = 'idle lock 测试 2026';
let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });


test('an encrypted book locks itself after the idle time, and activity keeps it open', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { passphrase: PASS });
    await data(page, 'editClient', { op: 'add', name: '空闲锁定客户 Idle' });
    // 0.1 minute = 6 s without pointer, wheel or key input. The setting is
    // read on every check, so it applies from the next second.
    await page.mouse.move(100, 300);
    await page.evaluate(() => localStorage.setItem('rmplanner.lockMinutes', '0.1'));

    // Busy: a mouse move every second for longer than the idle time.
    for (let i = 0; i < 9; ++i) {
      await page.mouse.move(200 + i * 10, 300);
      await page.waitForTimeout(1000);
    }
    assert.strictEqual((await data(page, 'state')).state, 'open', 'activity keeps the book open');

    // Idle: the book locks, the unlock form appears and the decrypted book is gone.
    await waitForStoreState(page, 'locked', 20000);
    assert.strictEqual(await page.isVisible('#store-unlock'), true, 'the unlock screen is shown');
    assert.deepStrictEqual(await data(page, 'counts'), {}, 'nothing of the book is readable while locked');

    // The edit made before the lock was saved first and is there after unlocking.
    const st = await data(page, 'unlock', PASS);
    assert.strictEqual(st.state, 'open');
    const names = JSON.parse(await data(page, 'exportBundle', { plain: true })).clients.map((c) => c.name);
    assert.ok(names.includes('空闲锁定客户 Idle'));
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('the backup reminder appears after a week without export and clears on export', async () => {
  const { context } = await launch();
  try {
    const { page } = await openWithBook(context, url, { demo: true });
    // Just set up: the store is new, so no reminder yet.
    assert.strictEqual((await data(page, 'state')).backup_due, false);
    assert.doesNotMatch(await page.textContent('#store-status-text'), /备份/);

    // The last export was eight days ago.
    await page.evaluate(() => localStorage.setItem('rmplanner.lastExportMs', String(Date.now() - 8 * 86400000)));
    await reloadApp(page);
    assert.strictEqual((await data(page, 'state')).backup_due, true);
    const status = await page.textContent('#store-status-text');
    assert.match(status, /已超过 7 天未导出备份/, 'the reminder is shown in Chinese');
    assert.match(status, /No backup exported in the last 7 days/, 'and in English');
    assert.strictEqual(await page.isVisible('#store-export'), true, 'with a way to export at once');

    // Exporting (the hook, as the button does) clears it.
    await data(page, 'exportBundle', { plain: true });
    assert.strictEqual((await data(page, 'state')).backup_due, false);
    await page.waitForFunction(() => !/备份/.test(document.getElementById('store-status-text').textContent), null,
                               { timeout: 5000 });
  } finally { await context.close(); }
});
