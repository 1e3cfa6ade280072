// Destructive actions have one look and one confirmation (docs/ui-style.md
// "Destructive actions"): a titled dialog that names what goes and says
// whether Ctrl+Z takes it back; copying says it copied; a book that is not
// stored says so.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openApp, openWithBook, tracked, text, press } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

test('deleting, closing an opportunity and removing the demo data each ask in a titled dialog', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    // Delete client: set apart from Save, asks, says Ctrl+Z undoes it.
    await press(page, 'nav.clients');
    for (let i = 0; i < 3 && !(await tracked(page, 'client.name')); i++)
      await press(page, 'clients.row.1', { hover: true, clickCount: 2 });
    const save = await tracked(page, 'client.discard'), del = await tracked(page, 'client.delete');
    assert.ok(del.x - (save.x + save.w) >= 24, `删除客户 is set apart from Save (${del.x - (save.x + save.w)} px)`);
    await press(page, 'client.delete');
    assert.ok((await text(page, 'client.confirm.delete.title')).length > 0, 'the dialog has a title');
    assert.match(await text(page, 'client.confirm.delete.hint'), /Ctrl\+Z/);
    await press(page, 'client.confirm.cancel');
    assert.ok((await text(page, 'client.name')).length > 0, 'cancel keeps the client');

    // Won / Lost close only after a confirmation.
    await press(page, 'nav.pipeline');
    await press(page, 'pipeline.view.table');
    const first = await text(page, 'pipeline.row.0');
    await press(page, 'pipeline.lost.0');
    assert.strictEqual(await text(page, 'pipeline.row.0'), first, 'not closed before the confirmation');
    assert.ok((await text(page, 'pipeline.close.confirm.title')).length > 0);
    await press(page, 'pipeline.close.cancel');
    assert.strictEqual(await text(page, 'pipeline.row.0'), first);
    await press(page, 'pipeline.won.0');
    await press(page, 'pipeline.close.confirm');
    assert.notStrictEqual(await text(page, 'pipeline.row.0'), first, 'closed after the confirmation');

    // Copy says it copied.
    await press(page, 'nav.reports');
    await press(page, 'reports.tab.work_log', { hover: true });
    assert.doesNotMatch(await text(page, 'reports.weekly.copy'), /已复制|Copied/);
    await press(page, 'reports.weekly.copy');
    assert.match(await text(page, 'reports.weekly.copy'), /已复制|Copied/);

    // Remove demo data: the dialog's title bar names the action, and it says
    // it cannot be undone.
    await press(page, 'nav.settings');
    await press(page, 'settings.remove_demo');
    assert.ok((await text(page, 'settings.remove_demo.confirm.title')).length > 0, 'the title bar is not empty');
    assert.match(await text(page, 'settings.remove_demo.confirm.hint'), /无法撤销|cannot be undone/);
    await press(page, 'settings.remove_demo.cancel');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('a demo book in memory (?demo=N) says it is not stored', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openApp(context, url + '?demo=500');
    assert.match(await text(page, 'banner.memory'), /不会保存|not stored/);
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
