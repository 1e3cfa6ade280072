// The Reports screen's written reports (docs/domain.md §3 "Written reports"),
// driven like a person: the weekly pipeline table (商机进程表) checked against
// the book read through the JS hook (window.rmplanner.data), its CSV and HTML
// downloaded after the plain-export consent and their totals rows compared
// with the same hand count; a communication report written and handed in.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const { startServer, launch, openWithBook, nextFrame, press, text, fill, tracked, data, localDate } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const STEPS = ['find', 'contact', 'needs', 'proposal', 'presentation', 'maintenance'];
const book = async (page) => JSON.parse(await data(page, 'exportBundle', { plain: true }));
const dispatch = (page, command) => page.evaluate((c) => window.rmplanner.data.dispatch(c), command);
// Yuan with two decimals from integer fen, as the CSV writes it (core/search/client_export.h plain_yuan).
const plainYuan = (fen) => `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;
// RFC 4180 rows (the byte-order mark dropped), as exports.test.js reads them.
const csvRows = (csv) => csv.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l)
  .map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g).filter((f) => f !== '')
    .map((f) => f.replace(/,$/, '').replace(/^"(.*)"$/s, '$1').replace(/""/g, '"')));

// The owner's opportunities open at the end of the week holding TODAY, summed per
// step by hand: the demo book is made on the page's date, so nothing in it was
// opened or closed after today, and the steps are today's except for the moves
// this test makes (all today).
function handCount(b, sunday) {
  const owner = b.settings.owner_manager_id;
  const managerOf = new Map(b.clients.map((c) => [c.id, c.manager_id]));
  const mine = b.opportunities.filter((o) => !o.deleted && (o.status || 'open') === 'open' && o.opened_on <= sunday &&
    (o.manager_id || managerOf.get(o.client_id)) === owner);
  const steps = Object.fromEntries(STEPS.map((s) => [s, { count: 0, fen: 0 }]));
  for (const o of mine) {
    steps[o.step || 'find'].count += 1;
    steps[o.step || 'find'].fen += o.expected_amount || 0;
  }
  return { steps, count: mine.length, fen: mine.reduce((a, o) => a + (o.expected_amount || 0), 0) };
}

// Presses ID's export button, ticks the consent, confirms: answers the downloaded file's text.
async function download(page, id) {
  await press(page, id);
  assert.ok((await text(page, `${id}.consent`)).length > 0, 'the consent names what leaves');
  await press(page, `${id}.consent`);
  const [file] = await Promise.all([page.waitForEvent('download'), press(page, `${id}.confirm`)]);
  return { name: file.suggestedFilename(), body: fs.readFileSync(await file.path(), 'utf8') };
}

test('the weekly pipeline table matches the book, and so do its CSV and HTML totals', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    await nextFrame(page);
    const today = await localDate(page, 0);
    const weekday = await page.evaluate(() => (new Date().getDay() + 6) % 7);  // 0 Monday … 6 Sunday
    const monday = await localDate(page, -weekday);
    const sunday = await localDate(page, 6 - weekday);

    // A move this week: the table's movement says one was advanced.
    let b = await book(page);
    const owner = b.settings.owner_manager_id;
    const managerOf = new Map(b.clients.map((c) => [c.id, c.manager_id]));
    const open = b.opportunities.find((o) => !o.deleted && (o.status || 'open') === 'open' && (o.step || 'find') !== 'maintenance' &&
      (o.manager_id || managerOf.get(o.client_id)) === owner);
    assert.ok(open, 'the demo book has an open opportunity before the last step');
    const from = open.step || 'find', to = STEPS[STEPS.indexOf(from) + 1];
    const moved = await dispatch(page, { command: 'move_opportunity', opportunity_id: open.id, step: to });
    assert.strictEqual(moved.ok, true, JSON.stringify(moved));
    b = await book(page);
    assert.deepStrictEqual(b.opportunities.find((o) => o.id === open.id).moves.at(-1), { on: today, from, to });
    const hand = handCount(b, sunday);
    assert.ok(hand.count > 0);

    await press(page, 'nav.reports');
    await press(page, 'reports.tab.pipeline', { hover: true });
    assert.strictEqual(await text(page, 'reports.pipeline.week'), monday);
    for (const s of STEPS)
      assert.strictEqual(await text(page, `reports.pipeline.step.${s}`), `${hand.steps[s].count} ${hand.steps[s].fen}`, s);
    assert.strictEqual(await text(page, 'reports.pipeline.total'), `${hand.count} ${hand.fen}`);
    const advanced = (await text(page, 'reports.pipeline.movement.advanced')).split(' ').map(Number);
    assert.ok(advanced[0] >= 1, 'the move made this week is counted');

    // The CSV: one row per opportunity, a row per step, and the total row.
    const csv = await download(page, 'reports.pipeline.csv');
    assert.match(csv.name, new RegExp(`^pipeline-${monday}\\.csv$`));
    const rows = csvRows(csv.body);
    const total = rows.find((r) => r[0] === '合计' || r[0] === 'Total');
    assert.ok(total, csv.body);
    assert.deepStrictEqual(total.slice(1), [String(hand.count), plainYuan(hand.fen)]);
    const opportunityRows = rows.filter((r) => r.length === 10).length - 1;  // less the header
    assert.strictEqual(opportunityRows, hand.count);

    // The printable page: self-contained, the totals row in its <tfoot>.
    const html = await download(page, 'reports.pipeline.html');
    assert.match(html.name, /\.html$/);
    assert.match(html.body, /@page/);
    assert.doesNotMatch(html.body, /<script/i);
    const feet = [...html.body.matchAll(/<tfoot><tr>(.*?)<\/tr><\/tfoot>/g)].map((m) => m[1]);
    assert.ok(feet.some((f) => f.includes(`>${hand.count}<`) && f.includes(`>${plainYuan(hand.fen)}<`)), feet.join('\n'));

    // Last week's table is read from the moves: the opportunity moved today stands at its old step there.
    await press(page, 'reports.pipeline.prev');
    assert.strictEqual(await text(page, 'reports.pipeline.week'), await localDate(page, -weekday - 7));
    await press(page, 'reports.pipeline.this_week');
    assert.strictEqual(await text(page, 'reports.pipeline.week'), monday);
    assert.strictEqual(await text(page, 'ui.clipped'), '', 'no header cut off');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('a communication report is written about a meeting and handed in; the monthly analysis shows the profit', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    await nextFrame(page);
    await press(page, 'nav.reports');
    await press(page, 'reports.tab.communication', { hover: true });
    await press(page, 'reports.comm.contact');
    const first = await tracked(page, 'reports.comm.contact.0');
    assert.ok(first, 'the book has contacts to report on');
    await press(page, 'reports.comm.contact.0', { hover: true });
    await fill(page, 'reports.comm.key_points', '面谈讨论子女教育金');
    await fill(page, 'reports.comm.needs', '关注稳健收益');
    await fill(page, 'reports.comm.next_actions', '下周提交配置建议');
    await press(page, 'reports.comm.submit');
    assert.strictEqual(await text(page, 'reports.comm.done'), 'submitted');
    const b = await book(page);
    const written = b.communication_reports.find((r) => r.key_points === '面谈讨论子女教育金');
    assert.ok(written, 'the report is in the book');
    assert.strictEqual(written.review, 'submitted');
    assert.ok(written.contact_id, 'it names the contact it reports on');

    // The monthly analysis: the three parts add up to the total shown.
    await press(page, 'reports.tab.monthly', { hover: true });
    const part = async (p) => Number(await text(page, `reports.monthly.profit.${p}`));
    const sum = (await part('deposit')) + (await part('wealth_product')) + (await part('fee_income'));
    assert.strictEqual(await part('total'), sum);
    assert.ok(sum > 0, 'the demo book earns a simulated profit');
    assert.strictEqual(await text(page, 'ui.clipped'), '', 'no header cut off');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
