// The 360° view's record forms as a manager uses them: each 添加 adds its own
// record (the four buttons once shared one ImGui ID), typed text is never
// dropped without asking, and deleting a client is not a dead end.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, nextFrame, tracked, text, press, fill } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

async function openClient(page, row = 2) {
  await press(page, 'nav.clients');
  // A double-click right after the list appears can land before the rows
  // take clicks: try again until the client opens.
  for (let i = 0; i < 3 && !(await tracked(page, 'client.name')); i++)
    await press(page, `clients.row.${row}`, { hover: true, clickCount: 2 });
  const name = await text(page, 'client.name');
  assert.ok(name.length > 0);
  return name;
}

test('each 添加 on the records tab adds its own record, and nothing else', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    await openClient(page);
    await press(page, 'client.tab.records');
    const count = async (id) => Number(await text(page, id));
    const before = { opp: await count('client.opp.count'), task: await count('client.task.count'),
      complaint: await count('client.complaint.count'), report: await count('client.report.count') };

    await fill(page, 'client.task.title', '寄送理财资料');
    await press(page, 'client.task.add');
    assert.strictEqual(await count('client.task.count'), before.task + 1, 'the task was added');
    await fill(page, 'client.complaint.summary', '网银转账限额过低');
    await press(page, 'client.complaint.add');
    assert.strictEqual(await count('client.complaint.count'), before.complaint + 1, 'the complaint was added');
    await fill(page, 'client.report.points', '关注子女教育金');
    await press(page, 'client.report.add');
    assert.strictEqual(await count('client.report.count'), before.report + 1, 'the report was added');
    // None of these presses added an opportunity or showed its refusal.
    assert.strictEqual(await count('client.opp.count'), before.opp);
    assert.strictEqual(await tracked(page, 'client.opp.error'), null);

    // From the keyboard, Space on the focused task 添加 adds one task only.
    await fill(page, 'client.task.title', '预约面谈');
    await page.keyboard.press('Tab');  // kind
    await nextFrame(page);
    for (let i = 0; i < 12; i++) {
      const focus = await text(page, 'ui.focus');
      if (focus === 'client.task.add') break;
      await page.keyboard.press('Tab');
      await nextFrame(page);
    }
    assert.strictEqual(await text(page, 'ui.focus'), 'client.task.add');
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await nextFrame(page);
    assert.strictEqual(await count('client.task.count'), before.task + 2);
    assert.strictEqual(await count('client.complaint.count'), before.complaint + 1);
    assert.strictEqual(await count('client.report.count'), before.report + 1);
    assert.strictEqual(await count('client.opp.count'), before.opp);
    assert.strictEqual(await tracked(page, 'client.opp.error'), null);
    assert.strictEqual(await text(page, 'ui.duplicate_ids'), '');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('leaving a half-typed complaint, task or report asks first, as the profile does', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    const name = await openClient(page);
    await press(page, 'client.tab.records');
    await fill(page, 'client.complaint.summary', '理财经理未按时回电');
    assert.ok(await tracked(page, 'client.unsaved'), 'the header says there are unsaved changes');
    // Another section: asked, and "keep editing" keeps the text.
    await press(page, 'client.tab.profile');
    assert.ok(await tracked(page, 'client.leave.keep'), 'leaving the section asks');
    await press(page, 'client.leave.keep');
    assert.strictEqual(await text(page, 'client.complaint.summary'), '理财经理未按时回电');
    // Another screen: asked too.
    await press(page, 'nav.today');
    assert.ok(await tracked(page, 'client.leave.keep'), 'leaving the client asks');
    await press(page, 'client.leave.keep');
    assert.strictEqual(await text(page, 'client.name'), name);
    assert.strictEqual(await text(page, 'client.complaint.summary'), '理财经理未按时回电');
    // Back to the list: asked; discard drops the text.
    await press(page, 'client.back');
    await press(page, 'client.leave.discard');
    assert.ok(await tracked(page, 'clients.count'), 'on the client list');
    await press(page, 'clients.row.2', { hover: true, clickCount: 2 });
    await press(page, 'client.tab.records');
    assert.strictEqual(await text(page, 'client.complaint.summary'), '');
    // A task title and a report count as well.
    await fill(page, 'client.task.title', '回访');
    await press(page, 'client.tab.risk');
    assert.ok(await tracked(page, 'client.leave.keep'));
    await press(page, 'client.leave.discard');
    await press(page, 'client.tab.records');
    await fill(page, 'client.report.points', '客户希望增加保障');
    await press(page, 'client.back');
    assert.ok(await tracked(page, 'client.leave.keep'));
    await press(page, 'client.leave.discard');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('after deleting a client the 360° view offers undo and the way back', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    const name = await openClient(page, 4);
    await press(page, 'client.delete');
    await press(page, 'client.confirm.delete');
    assert.strictEqual(await tracked(page, 'client.name'), null);
    assert.match(await text(page, 'client.flash'), /Ctrl\+Z/);
    // Undo brings the client back on the same screen.
    await press(page, 'client.undo_delete');
    assert.strictEqual(await text(page, 'client.name'), name);
    // Deleted again, the way back leads to the list.
    await press(page, 'client.delete');
    await press(page, 'client.confirm.delete');
    await press(page, 'client.back');
    assert.ok(await tracked(page, 'clients.count'), 'on the client list');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
