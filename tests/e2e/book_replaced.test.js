// When the book is replaced under the screens (demo data removed, a restore,
// an import, a lock and unlock), no screen may keep a selection, a cursor or a
// row index into the book that was there before: the UI resets its cached
// state in one place (ui/app_ui.cpp, docs/ui-automation.md "When the book is replaced").
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, tracked, text, press } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

// A frame that throws never comes: wait for one a bounded time, then say so.
async function framesDrawn(page, errors, n = 5) {
  for (let i = 0; i < n; i++) {
    const drawn = await Promise.race([
      page.evaluate(() => window.rmplanner.ui.nextFrame()).then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
    ]);
    assert.ok(drawn, `the UI stopped drawing: ${errors.join(' | ')}`);
  }
}

test('removing the demo data after a row was clicked on Clients leaves every screen drawing', { timeout: 180000 }, async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    await press(page, 'nav.clients');
    // Click a row far down the list: its position is past the end of the
    // (empty) book that follows.
    await press(page, 'clients.row.5', { hover: true });
    assert.strictEqual(await text(page, 'clients.selected'), '1');
    await press(page, 'nav.settings');
    await press(page, 'settings.remove_demo');
    await press(page, 'settings.remove_demo.confirm');
    const r = await tracked(page, 'nav.clients');
    await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
    await framesDrawn(page, errors);
    assert.deepStrictEqual(errors, []);
    assert.strictEqual(await text(page, 'clients.count'), '0');
    assert.strictEqual(await text(page, 'clients.selected'), '0');
    // Every screen still draws.
    for (const screen of ['today', 'clients', 'pipeline', 'planner', 'reports', 'settings']) {
      await press(page, `nav.${screen}`);
      assert.ok(await tracked(page, `nav.${screen}`), `${screen} draws`);
    }
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('a client open in the 360° view is closed when the demo data it belongs to is removed', { timeout: 180000 }, async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    await press(page, 'nav.clients');
    await press(page, 'clients.row.3', { hover: true, clickCount: 2 });
    assert.ok((await text(page, 'client.name')).length > 0);
    await press(page, 'client.tab.records');
    await press(page, 'nav.settings');
    await press(page, 'settings.remove_demo');
    await press(page, 'settings.remove_demo.confirm');
    await framesDrawn(page, errors);
    await press(page, 'nav.clients');
    assert.strictEqual(await text(page, 'clients.count'), '0');
    assert.strictEqual(await tracked(page, 'client.name'), null);
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
