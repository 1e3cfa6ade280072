// Today's side lists read in date order, as a manager works through them:
// maturities soonest first, open tasks longest overdue first, each task naming
// its client (docs/ui-automation.md, "Today").
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, click, tracked, data, localDate } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });


// The texts of ID.0, ID.1, … as the last frame drew them.
async function texts(page, prefix) {
  const out = [];
  for (let i = 0; i < 500; i++) {
    const r = await tracked(page, `${prefix}${i}`);
    if (!r) break;
    out.push(r.text);
  }
  return out;
}

const sorted = (list) => [...list].sort();

test('maturities and tasks are listed by date, and a task names its client', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url);
    const book = JSON.parse(await data(page, 'exportBundle', { plain: true }));
    const [a, b, c] = book.clients.filter((x) => !x.deleted).slice(5, 8);
    const product = book.products.find((p) => !p.deleted);
    // Added in the reverse of their dates: the book's order is not the list's.
    for (const [client, days] of [[a, 12], [b, 2], [c, 7]]) {
      const r = await data(page, 'dispatch', { command: 'add_holding', client_id: client.id, product_id: product.id,
        amount: 100000000, start: await localDate(page, -300), maturity: await localDate(page, days) });
      assert.strictEqual(r.ok, true, JSON.stringify(r));
    }
    for (const [client, days, title] of [[a, -1, '回电 A'], [b, -20, '补资料 B'], [c, -5, '送生日卡 C']]) {
      const r = await data(page, 'dispatch', { command: 'create_task', client_id: client.id, title,
        due: await localDate(page, days) });
      assert.strictEqual(r.ok, true, JSON.stringify(r));
    }
    await click(page, 'nav.today');

    const maturityDates = await texts(page, 'today.maturity.date.');
    assert.ok(maturityDates.length >= 3, `three maturities at least: ${maturityDates}`);
    assert.deepStrictEqual(maturityDates, sorted(maturityDates), 'maturities soonest first');

    const tasks = await texts(page, 'today.task.');
    const dues = tasks.map((t) => t.slice(0, 10));
    assert.deepStrictEqual(dues, sorted(dues), `tasks longest overdue first: ${tasks.join(' | ')}`);
    for (const [client, title] of [[a, '回电 A'], [b, '补资料 B'], [c, '送生日卡 C']]) {
      const line = tasks.find((t) => t.endsWith(title));
      assert.ok(line, `the task ${title} is listed`);
      assert.ok(line.includes(client.name), `the task names its client: ${line}`);
    }
    assert.ok(tasks.findIndex((t) => t.endsWith('补资料 B')) < tasks.findIndex((t) => t.endsWith('送生日卡 C')));
    assert.ok(tasks.findIndex((t) => t.endsWith('送生日卡 C')) < tasks.findIndex((t) => t.endsWith('回电 A')));
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('the plan\'s overdue count and the rules\' overdue figure agree with what the screen explains', async () => {
  const { context } = await launch({ height: 1080 });
  try {
    const { page, errors } = await openWithBook(context, url);
    await click(page, 'nav.today');
    const [entries, overdue] = (await tracked(page, 'today.agenda.count')).text.split(' ').map(Number);
    const reasons = await texts(page, 'today.agenda.reason.');
    assert.strictEqual(reasons.length, entries);
    // An entry whose reason says 已逾期 is counted and marked as overdue.
    const marked = reasons.filter((r) => r.startsWith('[逾期]'));
    for (const r of reasons) if (r.includes('已逾期')) assert.ok(r.startsWith('[逾期]'), `marked overdue: ${r}`);
    assert.strictEqual(overdue, marked.length, 'the heading counts the entries marked overdue');
    // The rules' figure counts rule periods; the note under it says so, with
    // the same numbers as the figure and the plan.
    const figure = Number((await tracked(page, 'today.compliance.overdue')).text);
    assert.ok(figure > 0, 'the demo book has overdue rule periods');
    const note = (await tracked(page, 'today.compliance.overdue_note')).text;
    assert.ok(note.includes(`${figure} 项`) && note.includes(`补做其中 ${overdue} 位`), note);
    // A rule of a tier other than the one shown says why.
    const tiers = await texts(page, 'today.agenda.tier.');
    reasons.forEach((r, i) => {
      if (r.includes('6-4-2') && tiers[i] !== 'A') assert.ok(r.includes('按原等级计'), `${tiers[i]}: ${r}`);
    });
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('a greeting fits the day it is for: a birthday in three days is wished early, today\'s as today', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url);
    const soon = await localDate(page, 3);
    const today = await localDate(page, 0);
    // 1984 is a leap year, so any month-day of this year exists in it.
    for (const [name, day] of [['早寿星', soon], ['今寿星', today]]) {
      const r = await data(page, 'dispatch', { command: 'create_client', name, birthday: `1984${day.slice(4)}` });
      assert.strictEqual(r.ok, true, JSON.stringify(r));
    }
    await click(page, 'nav.today');
    const greetings = await texts(page, 'today.greeting.copy.');
    const early = greetings.find((g) => g.startsWith('早寿星'));
    assert.ok(early, `a greeting for the birthday in three days: ${greetings.join(' | ')}`);
    assert.ok(!early.includes('今天'), `not wished as today: ${early}`);
    const [, m, d] = soon.split('-').map(Number);
    assert.ok(early.includes(`${m}月${d}日是您的生日`) && early.includes('提前祝您'), `names the day, wishes early: ${early}`);
    const now = greetings.find((g) => g.startsWith('今寿星'));
    assert.ok(now && now.includes('今天是您的生日'), `today's birthday is today's: ${now}`);
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
