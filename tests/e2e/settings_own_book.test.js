// After "remove all demo data" the book is still one a manager can work in:
// the product catalogue and her own manager record stay, and Settings edits
// her name and branch and the catalogue — saved, and there after a reload
// (docs/commands.md, "Settings").
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, reloadApp, click, press, fill, tracked, text, data } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const book = async (page) => JSON.parse(await data(page, 'exportBundle', { plain: true }));
const live = (records) => (records || []).filter((r) => !r.deleted);

test('removing demo data keeps the catalogue and the manager; Settings edits them', async () => {
  const { context } = await launch({ height: 1080 });
  try {
    const { page, errors } = await openWithBook(context, url);
    const before = await book(page);
    const owner = before.settings.owner_manager_id;
    await click(page, 'nav.settings');
    await press(page, 'settings.remove_demo');
    await press(page, 'settings.remove_demo.confirm');
    await data(page, 'saved');

    const after = await book(page);
    assert.strictEqual(live(after.clients).length, 0, 'the demo clients are gone');
    assert.strictEqual(live(after.products).length, live(before.products).length, 'the catalogue stays');
    assert.ok(live(after.managers).some((m) => m.id === owner), 'the owner manager stays');

    await press(page, 'settings.me.name');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.insertText('林静');
    await press(page, 'settings.me.branch');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.insertText('金融街支行');
    await press(page, 'settings.me.save');
    assert.strictEqual(await tracked(page, 'settings.me.error'), null);
    assert.ok(await tracked(page, 'settings.me.saved'));

    await press(page, 'settings.products.add');
    await fill(page, 'settings.product.form.name', '稳健债券基金');
    await fill(page, 'settings.product.form.code', 'BF-901');
    await press(page, 'settings.product.form.risk.R2');
    await fill(page, 'settings.product.form.return', '3.5');
    await press(page, 'settings.product.form.save');
    assert.strictEqual(await tracked(page, 'settings.product.form.save'), null, 'the dialog closed');
    assert.strictEqual((await data(page, 'saved')).durable, true);

    assert.strictEqual((await reloadApp(page)).state, 'open');
    const reopened = await book(page);
    const me = reopened.managers.find((m) => m.id === owner);
    assert.strictEqual(me.name, '林静');
    const branch = reopened.branches.find((b) => b.id === me.branch_id);
    assert.strictEqual(branch.name, '金融街支行');
    const added = reopened.products.find((p) => p.code === 'BF-901');
    assert.ok(added, 'the new product is in the catalogue');
    assert.strictEqual(added.risk, 'R2');
    assert.strictEqual(added.expected_return_bp, 350);
    await click(page, 'nav.settings');
    assert.strictEqual(await text(page, 'settings.me.name'), '林静');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
