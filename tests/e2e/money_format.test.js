// Money reads one way everywhere (core/money.h): a 360° form shows a client's
// assets with the grouping a statement prints ("9,499,926", not "9499926"),
// and an amount typed without commas is shown with them once the field is left.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, click, press, tracked, text, data } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

test('the 360° form writes amounts with thousands separators', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url);
    const r = await data(page, 'dispatch', { command: 'create_client', name: '金额测试',
      average_daily_assets: 949992600 });
    assert.strictEqual(r.ok, true, JSON.stringify(r));
    await click(page, 'nav.clients');
    await press(page, 'clients.search');
    await page.keyboard.insertText('金额测试');
    await press(page, 'clients.row.0', { hover: true, clickCount: 2 });
    await press(page, 'client.tab.profile');
    assert.strictEqual(await text(page, 'client.profile.ada'), '9,499,926');

    await press(page, 'client.profile.elsewhere');
    await page.keyboard.insertText('1234567.5');
    assert.strictEqual(await text(page, 'client.profile.elsewhere'), '1234567.5', 'as typed while typing');
    await press(page, 'client.profile.ada');  // leave the field
    assert.strictEqual(await text(page, 'client.profile.elsewhere'), '1,234,567.50');
    await press(page, 'client.discard');
    assert.ok(await tracked(page, 'client.name'));
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
