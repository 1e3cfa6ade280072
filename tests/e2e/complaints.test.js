// A complaint handled as docs/domain.md §6 prescribes, on the Complaints
// screen: taken down a week late (its next step already overdue, listed
// first and marked), then every step in order — who did it defaults to the
// manager, the responsibility chosen at its step, the remedy typed at its
// own — until it is resolved.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, nextFrame, tracked, text, press, fill, data, localDate } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const SUMMARY = '理财赎回款延迟到账（测试）';

async function replace(page, id, value) {
  await press(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(value);
  await nextFrame(page);
  assert.strictEqual(await text(page, id), value);
}

async function rowOf(page, prefix, wanted, max = 200) {
  for (let i = 0; i < max; i++) {
    const r = await tracked(page, `${prefix}.${i}`);
    if (!r) return -1;
    if (r.text === wanted) return i;
  }
  return -1;
}

test('a complaint through its steps, overdue first, then resolved', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    const book = JSON.parse(await data(page, 'exportBundle', { plain: true }));
    const owner = book.managers.find((m) => m.id === book.settings.owner_manager_id).name;
    const client = book.clients.find((c) => !c.deleted && c.name).name;

    await press(page, 'nav.complaints');
    // The client picker searches as the Clients screen does.
    await fill(page, 'complaints.form.client_search', client);
    const pick = await rowOf(page, 'complaints.form.pick', client, 8);
    assert.ok(pick >= 0, `${client} is offered`);
    await press(page, `complaints.form.pick.${pick}`);
    assert.strictEqual(await text(page, 'complaints.form.client'), client);
    // Received two weeks ago, facts and all: responsibility was due two working days later.
    await replace(page, 'complaints.form.received', await localDate(page, -14));
    await fill(page, 'complaints.form.summary', SUMMARY);
    await fill(page, 'complaints.form.facts', '客户12日赎回，15日仍未到账');
    await press(page, 'complaints.form.save');
    assert.strictEqual(await tracked(page, 'complaints.refusal'), null, 'the complaint was taken');
    assert.strictEqual(await text(page, 'complaints.form.summary'), '', 'the form is emptied');

    // Open, overdue: listed before every complaint that is not.
    const row = await rowOf(page, 'complaints.open', SUMMARY);
    assert.ok(row >= 0, 'listed among the open complaints');
    assert.strictEqual(await text(page, `complaints.open.${row}.next`), 'determine_responsibility');
    assert.ok(await tracked(page, `complaints.open.${row}.overdue`), 'its next step is overdue');
    for (let i = 0; i < row; i++)
      assert.ok(await tracked(page, `complaints.open.${i}.overdue`), `row ${i} above it is overdue too`);

    await press(page, `complaints.open.${row}`, { hover: true });
    assert.strictEqual(await text(page, 'complaint.summary'), SUMMARY);
    assert.strictEqual(await text(page, 'complaint.steps'), '2', 'heard and its facts recorded');
    assert.strictEqual(await text(page, 'complaint.step.0'), 'listen');
    assert.strictEqual(await text(page, 'complaint.step.1.by'), owner);
    assert.ok(await tracked(page, 'complaint.next.overdue'));

    // Determine responsibility: the bank's.
    assert.strictEqual(await text(page, 'complaint.next'), 'determine_responsibility');
    await press(page, 'complaint.next.responsibility');
    await press(page, 'complaint.next.responsibility.bank', { hover: true });
    assert.strictEqual(await text(page, 'complaint.next.responsibility'), 'bank');
    await fill(page, 'complaint.next.note', '系统批处理延迟');
    await press(page, 'complaint.next.save');
    assert.strictEqual(await tracked(page, 'complaints.refusal'), null);
    assert.strictEqual(await text(page, 'complaint.responsibility'), 'bank');
    // Done today: the next step is no longer overdue.
    assert.strictEqual(await tracked(page, 'complaint.next.overdue'), null);

    // Apologise: done by the branch head, named.
    assert.strictEqual(await text(page, 'complaint.next'), 'apologise');
    await fill(page, 'complaint.next.by', '赵行长');
    await press(page, 'complaint.next.save');
    assert.strictEqual(await text(page, 'complaint.step.3.by'), '赵行长');
    assert.strictEqual(await text(page, 'complaint.next.by'), '', 'the next step is the manager\'s again');

    // Agree a remedy.
    assert.strictEqual(await text(page, 'complaint.next'), 'agree_remedy');
    await fill(page, 'complaint.next.remedy', '补偿延迟期间收益');
    await press(page, 'complaint.next.save');
    assert.strictEqual(await text(page, 'complaint.step.4.by'), owner);

    for (const step of ['execute', 'follow_up']) {
      assert.strictEqual(await text(page, 'complaint.next'), step);
      await press(page, 'complaint.next.save');
      assert.strictEqual(await tracked(page, 'complaints.refusal'), null, `${step} was recorded`);
    }
    assert.strictEqual(await text(page, 'complaint.steps'), '7');
    assert.strictEqual(await text(page, 'complaint.resolved'), await localDate(page, 0));
    assert.strictEqual(await tracked(page, 'complaint.next'), null, 'nothing left to do');

    await press(page, 'complaint.back');
    assert.strictEqual(await rowOf(page, 'complaints.open', SUMMARY), -1, 'no longer open');
    assert.ok(await rowOf(page, 'complaints.resolved', SUMMARY) >= 0, 'listed as resolved');
    assert.deepStrictEqual(errors, []);
  } finally {
    await context.close();
  }
});
