// The Client 360° view and the new-client wizard in a real browser, driven
// like a person: clicks on widgets found by id (ui.itemRect), Chinese typed
// through the IME path, values read back from tracked text.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openApp, nextFrame, rect, click, screenshot } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const HEIGHT = 800;

// A book to work in: the in-memory demo book, or the first-run setup when storage asks for it.
async function ensureBook(page) {
  await page.evaluate(async () => {
    const d = window.rmplanner.data;
    const st = d && d.state ? await d.state() : null;
    if (st && st.state === 'needs_setup') await d.setup({ demo: true });
  });
  await nextFrame(page);
}

async function itemRect(page, id) {
  return page.evaluate((i) => window.rmplanner.ui.itemRect(i), id);
}

// Scrolls the widget into view (mouse wheel over the screen area) and returns its rectangle.
async function reveal(page, id) {
  for (let n = 0; n < 40; n++) {
    await nextFrame(page);
    const r = await itemRect(page, id);
    if (r && r.visible && r.y >= 0 && r.y + r.h <= HEIGHT - 4) return r;
    await page.mouse.move(760, 420);
    await page.mouse.wheel(0, !r || r.y + r.h > HEIGHT - 4 ? 160 : -160);
  }
  throw new Error(`widget ${id} cannot be scrolled into view`);
}

async function press(page, id) {
  const r = await reveal(page, id);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await nextFrame(page);
}

// Clicks a text field, types TEXT through the IME path, then leaves the field.
async function fill(page, id, text) {
  await press(page, id);
  await page.keyboard.insertText(text);
  await nextFrame(page);
  assert.strictEqual((await rect(page, id)).text, text, `field ${id}`);
}

async function text(page, id) {
  return (await rect(page, id)).text;
}

test('new client with a Chinese name and a lunar birthday; finances, ratios, undo, risk and suitability', async () => {
  const { context } = await launch({ width: 1280, height: HEIGHT });
  try {
    const { page, errors } = await openApp(context, url);
    await ensureBook(page);

    // ---- the wizard (Ctrl+N) -----------------------------------------------------------
    await page.keyboard.press('Control+n');
    await nextFrame(page);
    assert.strictEqual(await text(page, 'newclient.step'), '0');
    await fill(page, 'newclient.name', '王小明');
    await fill(page, 'newclient.birthday', '1985-08-15');
    await press(page, 'newclient.birthday.lunar');
    // The lunar birthday shows its solar date (Mid-Autumn 1985 was 29 September).
    assert.match(await text(page, 'newclient.birthday.solar'), /1985-09-29/);
    // Bad money is refused inline; the wizard stays on the page.
    await fill(page, 'newclient.ada', '12万');
    await press(page, 'newclient.next');
    assert.strictEqual(await text(page, 'newclient.step'), '0');
    assert.ok((await text(page, 'newclient.ada.error')).length > 0, 'an inline message for the bad amount');
    await press(page, 'newclient.ada');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await page.keyboard.insertText('1200000');
    await nextFrame(page);
    await screenshot(page, 'new-client');
    await press(page, 'newclient.next');
    assert.strictEqual(await text(page, 'newclient.step'), '1');
    await fill(page, 'newclient.mobile', '13800138000');
    await press(page, 'newclient.next');
    assert.strictEqual(await text(page, 'newclient.step'), '2');
    await fill(page, 'newclient.spouse_name', '李丽');
    // Pre-tax income is asked once: the client's (with the spouse's) is the household's.
    await fill(page, 'newclient.income', '600000');
    await fill(page, 'newclient.aftertax', '480000');
    await fill(page, 'newclient.living', '240000');  // the wizard's rows are the 360° view's (cv::kIncome)
    await press(page, 'newclient.next');
    assert.strictEqual(await text(page, 'newclient.step'), '3');
    await press(page, 'newclient.goal.add');
    await fill(page, 'newclient.goal0.label', '女儿出国留学');
    await fill(page, 'newclient.goal0.amount', '800000');
    await press(page, 'newclient.next');
    assert.strictEqual(await text(page, 'newclient.step'), '4');
    await press(page, 'newclient.next');  // the assessment is optional
    assert.strictEqual(await text(page, 'newclient.step'), '5');
    const review = await text(page, 'newclient.review');
    assert.match(review, /王小明/);
    assert.match(review, /1985-09-29/);
    await press(page, 'newclient.create');

    // ---- the 360° view of the new client -------------------------------------------------------
    assert.strictEqual(await text(page, 'client.name'), '王小明');
    assert.strictEqual(await text(page, 'client.profile.birthday'), '1985-08-15');
    assert.strictEqual(await text(page, 'client.profile.name'), '王小明');

    // The wizard's goal is a goal of her draft financial plan (docs/domain.md §4), not a sale.
    await press(page, 'client.tab.plan');
    assert.strictEqual(await text(page, 'client.plan.goal0.name'), '女儿出国留学');
    assert.strictEqual(await text(page, 'client.plan.goal0.amount'), '800,000');
    assert.strictEqual(await text(page, 'client.plan.state'), 'draft');

    // Balance sheet: a bad amount is refused with a message and nothing is applied.
    await press(page, 'client.tab.finances');
    await fill(page, 'client.fin.cash', '200000');
    await fill(page, 'client.fin.real_estate', '800000');
    await fill(page, 'client.fin.mortgage', '380000');
    await fill(page, 'client.fin.stocks', '12a');
    await press(page, 'client.save');
    assert.ok((await text(page, 'client.fin.stocks.error')).length > 0);
    assert.match(await text(page, 'client.flash'), /1/);
    await press(page, 'client.fin.stocks');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await nextFrame(page);
    await page.keyboard.press('Control+s');
    await nextFrame(page);
    assert.strictEqual((await itemRect(page, 'client.fin.stocks.error')), null);
    assert.strictEqual(await text(page, 'client.ratio.solvency'), '0.62');
    assert.strictEqual(await text(page, 'client.ratio.debt'), '0.38');
    assert.strictEqual(await text(page, 'client.verdict.solvency'), '健康');
    // liquidity: 200,000 × 12 / 240,000 = 10 months; savings: 240,000 / 480,000
    assert.strictEqual(await text(page, 'client.ratio.liquidity'), '10.00');
    assert.strictEqual(await text(page, 'client.ratio.savings'), '0.50');
    await reveal(page, 'client.ratio.solvency');
    await screenshot(page, 'client-360');

    // A second edit, then Ctrl+Z restores the previous figures.
    await fill(page, 'client.fin.other_loans', '120000');
    await press(page, 'client.save');
    assert.strictEqual(await text(page, 'client.ratio.solvency'), '0.50');
    await page.keyboard.press('Control+z');
    await nextFrame(page);
    assert.strictEqual(await text(page, 'client.ratio.solvency'), '0.62');
    assert.strictEqual(await text(page, 'client.fin.other_loans'), '');

    // ---- risk assessment with the client ---------------------------------------------------------
    await press(page, 'client.tab.risk');
    assert.strictEqual(await text(page, 'client.risk.level'), '');
    await press(page, 'client.risk.take');
    for (let q = 0; q < 10; q++) await press(page, `client.risk.q${q}.o0`);
    // Signed by the client in person: an unsigned assessment supports no recommendation (docs/domain.md §5).
    await press(page, 'client.risk.signed');
    assert.strictEqual(await text(page, 'client.risk.signed'), 'ticked');
    await press(page, 'client.risk.submit');
    assert.strictEqual(await text(page, 'client.risk.signed_in_person'), 'yes');
    const level = await text(page, 'client.risk.level');
    assert.match(level, /^C[1-5]$/);
    assert.strictEqual(await text(page, 'client.risk_level'), level);
    assert.strictEqual(await text(page, 'client.risk.valid'), 'valid');

    // A product above the level is refused, with the reason.
    await fill(page, 'client.suit.search', 'STK-GN');
    await press(page, 'client.suit.product.STK-GN');
    assert.strictEqual(await text(page, 'client.suit.verdict'), 'refused');
    const reasons = [];
    for (let i = 0; i < 5; i++) {
      const r = await itemRect(page, `client.suit.reason.${i}`);
      if (r) reasons.push(r.text);
    }
    assert.ok(reasons.some((r) => r.includes('R5') && r.includes(level)), reasons.join(' | '));
    // A savings account is suitable.
    await press(page, 'client.suit.search');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Backspace');
    await page.keyboard.insertText('SAV-01');
    await nextFrame(page);
    await press(page, 'client.suit.product.SAV-01');
    assert.strictEqual(await text(page, 'client.suit.verdict'), 'allowed');

    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('unsaved edits: leaving asks to keep editing or discard; Esc cancels', async () => {
  const { context } = await launch({ width: 1280, height: HEIGHT });
  try {
    const { page, errors } = await openApp(context, url);
    await ensureBook(page);
    await page.keyboard.press('Control+n');
    await nextFrame(page);
    await fill(page, 'newclient.name', '赵六');
    for (let s = 0; s < 5; s++) await press(page, 'newclient.next');
    await press(page, 'newclient.create');
    assert.strictEqual(await text(page, 'client.name'), '赵六');

    // Edit the name, try to leave for another section: asked; keep editing keeps the edit.
    await press(page, 'client.profile.employer');
    await page.keyboard.insertText('招商银行');
    await nextFrame(page);
    await press(page, 'client.tab.holdings');
    await press(page, 'client.leave.keep');
    assert.strictEqual(await text(page, 'client.profile.employer'), '招商银行');
    // Discard drops it and moves on.
    await press(page, 'client.tab.holdings');
    await press(page, 'client.leave.discard');
    await press(page, 'client.tab.profile');
    assert.strictEqual(await text(page, 'client.profile.employer'), '');
    // Esc (outside a field) cancels an edit.
    await press(page, 'client.profile.employer');
    await page.keyboard.insertText('工商银行');
    await page.keyboard.press('Escape');  // leaves the field (ImGui reverts only the active edit)
    await nextFrame(page);
    await page.keyboard.press('Escape');  // cancels the form
    await nextFrame(page);
    assert.strictEqual(await text(page, 'client.profile.employer'), '');
    // Deleting asks first; cancel keeps the client.
    await press(page, 'client.delete');
    await press(page, 'client.confirm.cancel');
    assert.strictEqual(await text(page, 'client.name'), '赵六');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
