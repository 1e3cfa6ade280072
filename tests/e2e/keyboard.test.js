// A real task with the keyboard only (docs/ui-automation.md, "Keyboard"): after
// the book is open, not one mouse event. Tab / Shift+Tab move the focus (read
// back through the "ui.focus" pseudo-id, as a person watches the focus frame),
// Space and Enter press, Esc closes, Ctrl+K searches, Alt+N opens the wizard,
// Ctrl+Z / Ctrl+Y undo and redo.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, nextFrame, tracked, text, agendaNames } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const focused = async (page) => {
  const r = await tracked(page, 'ui.focus');
  return r ? r.text : '';
};

// Presses KEY (Tab by default) until the widget ID has the focus.
async function focusOn(page, id, { key = 'Tab', max = 80 } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    const f = await focused(page);
    if (f === id) return;
    seen.push(f);
    await page.keyboard.press(key);
    await nextFrame(page);
  }
  throw new Error(`${key} never reached ${id}; focus went ${seen.slice(-12).join(' → ')}`);
}

async function key(page, k) {
  await page.keyboard.press(k);
  await nextFrame(page);
}

// Starts counting mouse events in the page: the tests assert there were none.
const watchMouse = (page) => page.evaluate(() => {
  window.__mouseEvents = 0;
  for (const t of ['pointerdown', 'pointerup', 'wheel']) window.addEventListener(t, () => { window.__mouseEvents++; }, true);
});

test('keyboard only: open a client, record contacts, Esc, undo and redo, search, new client', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url);
    await watchMouse(page);

    // ---- Today → the first entry's 360° view (查看), its timeline, a contact --------------------
    const first = await text(page, 'today.agenda.row.0');
    await focusOn(page, 'today.agenda.open.0');
    await key(page, 'Enter');
    assert.strictEqual(await text(page, 'client.name'), first, 'Enter opened the 360° view');
    await focusOn(page, 'client.tab.timeline');
    await key(page, 'Space');
    const contacts = Number(await text(page, 'client.contacts.count'));
    await focusOn(page, 'client.contact.channel.phone');
    await key(page, 'Space');
    await focusOn(page, 'client.contact.notes');
    await page.keyboard.insertText('键盘录入：客户约下周面谈');
    await nextFrame(page);
    await focusOn(page, 'client.contact.add');
    await key(page, 'Space');
    assert.strictEqual(Number(await text(page, 'client.contacts.count')), contacts + 1, 'the contact is recorded');
    assert.strictEqual(await text(page, 'client.contact.0.notes'), '键盘录入：客户约下周面谈');
    await key(page, 'Control+z');
    assert.strictEqual(Number(await text(page, 'client.contacts.count')), contacts, 'Ctrl+Z undid it');
    await key(page, 'Control+y');
    assert.strictEqual(Number(await text(page, 'client.contacts.count')), contacts + 1, 'Ctrl+Y redid it');

    // ---- back to Today through the navigation: the entry has left the plan --------------------
    await focusOn(page, 'nav.today', { key: 'Shift+Tab' });
    await key(page, 'Space');
    assert.ok(!(await agendaNames(page)).includes(first), `${first} left today's plan`);

    // ---- the record dialog: Esc cancels, Enter on 保存 saves, undo / redo ----------------------
    const next = await text(page, 'today.agenda.row.0');
    await focusOn(page, 'today.agenda.record.0');
    await key(page, 'Space');
    assert.ok(await tracked(page, 'today.record.save'), 'Space opened the record dialog');
    await focusOn(page, 'today.record.notes');
    await page.keyboard.insertText('先取消');
    await nextFrame(page);
    await key(page, 'Escape');
    assert.strictEqual(await tracked(page, 'today.record.save'), null, 'Esc closed the dialog');
    assert.strictEqual(await text(page, 'today.agenda.row.0'), next, 'nothing was recorded');
    await focusOn(page, 'today.agenda.record.0');
    await key(page, 'Enter');
    assert.ok(await tracked(page, 'today.record.save'), 'Enter opened the record dialog');
    await focusOn(page, 'today.record.channel.phone');
    await key(page, 'Space');
    await focusOn(page, 'today.record.notes');
    await page.keyboard.insertText('电话问候');
    await nextFrame(page);
    await focusOn(page, 'today.record.save');
    await key(page, 'Enter');
    assert.strictEqual(await tracked(page, 'today.record.save'), null, 'saved and closed');
    assert.ok(!(await agendaNames(page)).includes(next), `${next} left the plan`);
    await key(page, 'Control+z');
    assert.ok((await agendaNames(page)).includes(next), 'Ctrl+Z brought the entry back');
    await key(page, 'Control+y');
    assert.ok(!(await agendaNames(page)).includes(next), 'Ctrl+Y recorded it again');

    // ---- Ctrl+K: the search field takes the typing at once ------------------------------------
    await key(page, 'Control+k');
    assert.strictEqual(await focused(page), 'clients.search', 'Ctrl+K puts the cursor in the search field');
    await page.keyboard.insertText(first);
    await nextFrame(page);
    assert.strictEqual(await text(page, 'clients.row.0'), first, 'the client is found');
    await key(page, 'Escape');

    // ---- Alt+N: the wizard; Esc asks, and abandoning closes it ---------------------------------
    await key(page, 'Alt+n');
    assert.strictEqual(await text(page, 'newclient.step'), '0');
    await focusOn(page, 'newclient.name');
    await page.keyboard.insertText('键盘客户');
    await nextFrame(page);
    await key(page, 'Tab');  // leave the field: the name stays
    assert.strictEqual(await text(page, 'newclient.name'), '键盘客户');
    await key(page, 'Escape');
    assert.ok(await tracked(page, 'newclient.cancel.confirm'), 'Esc asks before abandoning');
    await focusOn(page, 'newclient.cancel.confirm');
    await key(page, 'Enter');
    assert.strictEqual(await tracked(page, 'newclient.step'), null, 'the wizard closed');

    assert.strictEqual(await page.evaluate(() => window.__mouseEvents), 0, 'no mouse event at all');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

// The Clients table from the search field, without a click: Enter leaves the
// field for the table, ↓ puts the cursor on the first row, Enter opens it;
// Esc in the table goes back to the search field, ↓ there enters the table.
test('keyboard only: Ctrl+K, type, then Enter, ↓ and Enter open the first match', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url);
    await watchMouse(page);
    const name = await text(page, 'today.agenda.row.0');
    await key(page, 'Control+k');
    await page.keyboard.insertText(name);
    await nextFrame(page);
    assert.strictEqual(await text(page, 'clients.row.0'), name);
    await key(page, 'Enter');      // leaves the field
    assert.notStrictEqual(await focused(page), 'clients.search', 'Enter left the search field');
    await key(page, 'ArrowDown');  // the table's cursor on the first row
    assert.strictEqual(await text(page, 'clients.selected'), '1', '↓ put the cursor (and the selection) on row 0');
    await key(page, 'Space');      // Space takes the row out of the selection, and back in
    assert.strictEqual(await text(page, 'clients.selected'), '0');
    await key(page, 'Space');
    assert.strictEqual(await text(page, 'clients.selected'), '1');
    await key(page, 'Escape');     // back to the search field, the typing kept
    assert.strictEqual(await focused(page), 'clients.search', 'Esc went back to the search field');
    assert.strictEqual(await text(page, 'clients.search'), name);
    await key(page, 'ArrowDown');  // ↓ in the field: into the table, the cursor where it was
    assert.notStrictEqual(await focused(page), 'clients.search', '↓ left the search field');
    assert.strictEqual(await text(page, 'clients.search'), name);
    await key(page, 'Enter');      // opens it
    assert.strictEqual(await text(page, 'client.name'), name);
    assert.strictEqual(await page.evaluate(() => window.__mouseEvents), 0);
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

// The whole list by keyboard: ↓ from the field lands on row 0, End on the
// last row, Home back on row 0, Enter opens the row under the cursor.
test('keyboard only: the Clients table moves with ↓, End, Home and opens with Enter', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url);
    await watchMouse(page);
    await key(page, 'Control+k');
    const first = await text(page, 'clients.row.0');
    const second = await text(page, 'clients.row.1');
    await key(page, 'ArrowDown');  // from the empty field straight onto row 0
    assert.strictEqual(await text(page, 'clients.selected'), '1');
    await key(page, 'ArrowDown');
    await key(page, 'End');
    await key(page, 'Home');
    await key(page, 'ArrowDown');
    const sorting = await text(page, 'clients.row.0');
    assert.strictEqual(sorting, first, 'the keys did not sort the table');
    await key(page, 'Enter');
    assert.strictEqual(await text(page, 'client.name'), second, 'Enter opened row 1');
    assert.strictEqual(await page.evaluate(() => window.__mouseEvents), 0);
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
