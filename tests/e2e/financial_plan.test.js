// The financial plan (理财规划书) in a real browser (docs/domain.md §4, "How the
// product writes the plan"): a demo client's 360° Plan tab, two goals typed
// like a person, one of them out of reach — the message names that goal and
// the change that makes the plan feasible; saved, handed in, saved again as a
// new version; the plan downloaded as HTML, opened in a page of its own,
// printed to PDF and its first A4 page kept as build/screenshots/financial_plan.png.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const {
  startServer, launch, openWithBook, nextFrame, press, text, tracked, data, localDate,
} = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const SCREENSHOTS = path.join(__dirname, '..', '..', 'build', 'screenshots');
const RATIOS = ['偿付比率', '负债比率', '负债收入比率', '流动性比率', '储蓄比率', '投资与净资产比率'];

// Replaces a text field's content: select all, delete, type through the IME path.
async function replace(page, id, value) {
  await press(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(value);
  await nextFrame(page);
  assert.strictEqual(await text(page, id), value, `field ${id}`);
}

// A client of the owner's whose plan can be judged: a valid risk assessment
// signed in person, no plan yet, a unique name, and enough put by that a
// ¥200,000 goal is within reach whatever the return.
function pickClient(book, today) {
  const owner = book.settings.owner_manager_id;
  const live = (k) => (book[k] || []).filter((x) => !x.deleted);
  const clients = live('clients');
  const named = (n) => clients.filter((c) => c.name === n).length;
  const fen = (o, keys) => keys.reduce((a, k) => a + (o[k] || 0), 0);
  for (const c of clients) {
    if (c.manager_id !== owner || named(c.name) !== 1) continue;
    if (live('financial_plans').some((p) => p.client_id === c.id)) continue;
    const assessed = live('risk_assessments').filter((a) => a.client_id === c.id && a.date <= today)
      .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
    if (!assessed || !assessed.signed_in_person || assessed.valid_until < today) continue;
    const h = live('households').find((x) => x.id === c.household_id);
    if (!h || !h.balance_sheet || !h.income_statement) continue;
    const b = h.balance_sheet, s = h.income_statement;
    const assets = fen(b, ['cash_and_deposits', 'wealth_products', 'bonds', 'funds', 'stocks', 'other_investments']);
    const expenses = fen(s, ['living_expenses', 'debt_service', 'insurance_premiums', 'other_expenses']);
    if (assets - Math.ceil(expenses / 4) >= 30000000) return c;
  }
  return null;
}

test('Plan tab: an infeasible goal is named with its fix; versions; the HTML prints to A4', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    await nextFrame(page);
    const today = await localDate(page, 0);
    const year = Number(today.slice(0, 4));
    const book = JSON.parse(await data(page, 'exportBundle', { plain: true }));
    const client = pickClient(book, today);
    assert.ok(client, 'the demo book has an assessed client with savings and no plan');

    // ---- her 360°, the Plan tab ---------------------------------------------------------
    await press(page, 'nav.clients');
    await press(page, 'clients.search');
    await page.keyboard.insertText(client.name);
    await nextFrame(page);
    assert.strictEqual(await text(page, 'clients.row.0'), client.name);
    await press(page, 'clients.row.0', { hover: true, clickCount: 2 });
    assert.strictEqual(await text(page, 'client.name'), client.name);
    await press(page, 'client.tab.plan');
    assert.strictEqual(await text(page, 'client.plan.versions'), '0');
    assert.strictEqual(await tracked(page, 'client.plan.migrate'), null, 'no goal opportunities to move');
    assert.strictEqual(await text(page, 'client.plan.feasible'), 'unjudged', 'no goals yet');

    // ---- two goals: education within reach, an early retirement out of it --------------
    await press(page, 'client.plan.goal.add');
    await press(page, 'client.plan.goal0.kind');
    await press(page, 'client.plan.goal0.kind.children_education');
    assert.strictEqual(await text(page, 'client.plan.goal0.kind'), 'children_education');
    await replace(page, 'client.plan.goal0.name', '女儿读大学');
    await replace(page, 'client.plan.goal0.amount', '200000');
    await replace(page, 'client.plan.goal0.year', String(year + 6));
    await press(page, 'client.plan.goal.add');
    await press(page, 'client.plan.goal1.kind');
    await press(page, 'client.plan.goal1.kind.retirement');
    await replace(page, 'client.plan.goal1.name', '提前退休');
    await replace(page, 'client.plan.goal1.amount', '900000000');
    await replace(page, 'client.plan.goal1.year', String(year + 5));
    assert.strictEqual(await text(page, 'client.plan.goal1.priority'), '2');

    assert.strictEqual(await text(page, 'client.plan.feasible'), 'no');
    const message = await text(page, 'client.plan.feasibility');
    assert.match(message, /提前退休/, 'the message names the goal out of reach');
    assert.doesNotMatch(message, /女儿读大学/, 'and not the one within reach');
    assert.match(message, /降至|推迟至|多储蓄/, 'it says what change makes the plan feasible');
    assert.match(message, /lower that goal|move it to|more a year|drop that goal/);

    // ---- save, hand in, save again: a new version, the old one kept -------------------------
    await press(page, 'client.plan.save');
    assert.strictEqual(await text(page, 'client.plan.state'), 'draft');
    assert.strictEqual(await text(page, 'client.plan.versions'), '1');
    await press(page, 'client.plan.submit');
    assert.strictEqual(await text(page, 'client.plan.state'), 'submitted');
    await replace(page, 'client.plan.goal1.amount', '1000000');
    await press(page, 'client.plan.save');
    assert.strictEqual(await text(page, 'client.plan.versions'), '2');
    assert.strictEqual(await text(page, 'client.plan.version.1'), 'submitted');
    assert.strictEqual(await text(page, 'client.plan.version.2'), 'draft');
    assert.strictEqual(await text(page, 'client.plan.state'), 'draft');
    const saved = JSON.parse(await data(page, 'exportBundle', { plain: true }))
      .financial_plans.filter((p) => !p.deleted && p.client_id === client.id);
    assert.strictEqual(saved.length, 2);
    assert.deepStrictEqual(saved.map((p) => p.version).sort(), [1, 2]);
    // Goals were typed back to the plan in priority order: education first.
    const v2 = saved.find((p) => p.version === 2);
    assert.deepStrictEqual(v2.goals.map((g) => [g.name, g.amount]), [['女儿读大学', 20000000], ['提前退休', 100000000]]);

    // ---- the HTML file --------------------------------------------------------------------
    const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'client.plan.download')]);
    assert.match(download.suggestedFilename(), /^financial-plan-v2-\d{4}-\d{2}-\d{2}\.html$/);
    const html = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.ok(html.includes(client.name.replace(/&/g, '&amp;').replace(/</g, '&lt;')), 'the client is named');
    for (const r of RATIOS) assert.ok(html.includes(r), `the ratio ${r}`);
    assert.ok(html.includes('<table id="allocation">'), 'the allocation table');
    assert.ok(!/<script/i.test(html), 'no script in the file');
    assert.ok(!/(src|href)="(https?:)?\/\//.test(html), 'nothing fetched from elsewhere');

    // Opened on its own, as the client would, and printed.
    const doc = await context.newPage();
    await doc.setViewportSize({ width: 794, height: 1123 });  // A4 at 96 dpi
    await doc.setContent(html, { waitUntil: 'load' });
    const body = await doc.textContent('body');
    assert.ok(body.includes(client.name));
    for (const r of RATIOS) assert.ok(body.includes(r), `printed ratio ${r}`);
    assert.ok(body.includes('女儿读大学') && body.includes('提前退休'));
    assert.ok(await doc.$$eval('#allocation tbody tr', (rows) => rows.length) >= 1, 'allocation rows');
    assert.strictEqual(await doc.$$eval('#ratios tbody tr', (rows) => rows.length), 6);
    const pdf = await doc.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    assert.strictEqual(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    // The cover and the six parts each start a page.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 7, `${pages} pages`);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await doc.screenshot({ path: path.join(SCREENSHOTS, 'financial_plan.png') });
    await doc.close();
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
