// Commands through the hook (rmplanner.data.dispatch, docs/js-hook.md): a
// contact recorded for a demo client is saved and is there after a reload;
// a refused command (a contact dated tomorrow) answers the problem in both
// languages and changes nothing.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, reloadApp, data, localDate } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const contactsWith = (book, notes) => book.contacts.filter((c) => c.notes === notes && !c.deleted);

test('record_contact through dispatch is saved and survives a reload; a future date is refused', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url);
    const book = JSON.parse(await data(page, 'exportBundle', { plain: true }));
    const client = book.clients[3];
    const notes = '命令钩子测试 dispatch hook test';
    const today = await localDate(page, 0);

    const r = await data(page, 'dispatch', { command: 'record_contact', client_id: client.id, date: today,
      channel: 'phone', notes });
    assert.strictEqual(r.ok, true, JSON.stringify(r));
    assert.ok(r.changed >= 1, JSON.stringify(r));
    assert.strictEqual((await data(page, 'saved')).durable, true);

    const st = await reloadApp(page);
    assert.strictEqual(st.state, 'open');
    const after = JSON.parse(await data(page, 'exportBundle', { plain: true }));
    const found = contactsWith(after, notes);
    assert.strictEqual(found.length, 1, 'the contact is in the reopened book');
    assert.strictEqual(found[0].client_id, client.id);
    assert.strictEqual(found[0].date, today);

    // Refused: nothing changes, nothing waits to be saved.
    const counts = await data(page, 'counts');
    const bad = await data(page, 'dispatch', { command: 'record_contact', client_id: client.id,
      date: await localDate(page, 1), channel: 'phone', notes: '未来 future' });
    assert.strictEqual(bad.ok, false, JSON.stringify(bad));
    assert.strictEqual(bad.problem.code, 'date_in_future');
    assert.ok(bad.problem.message_zh && bad.problem.message_en, JSON.stringify(bad.problem));
    assert.deepStrictEqual(await data(page, 'counts'), counts);
    assert.strictEqual((await data(page, 'state')).dirty, false);
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
