// The pipeline board (docs/domain.md §3): an opportunity moves between the
// six steps by dragging its card with the mouse, or from the keyboard
// (Ctrl+→ / Ctrl+← on the selected card); every move is kept with its date
// (`moves`) for the weekly pipeline table, and the suggestions view offers
// only suitable products.
const { test } = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, nextFrame, tracked, text, press, data, localDate } = require('./helpers');

const STEPS = ['find', 'contact', 'needs', 'proposal', 'presentation', 'maintenance'];
let url, server;
test.before(async () => { ({ url, server } = await startServer()); });
test.after(() => server.close());

const opportunities = async (page) => JSON.parse(await data(page, 'exportBundle', { plain: true })).opportunities
  .filter((o) => !o.deleted && (o.status || 'open') === 'open');

// The card's step and title, as the board shows them ("needs|养老目标基金").
const card = async (page, n) => {
  const [step, ...title] = (await text(page, `pipeline.card.${n}`)).split('|');
  return { step, title: title.join('|') };
};

test('drag a card to the next step with the mouse, then move one with the keyboard', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    await press(page, 'nav.pipeline');
    assert.ok(await tracked(page, 'pipeline.view.board'), 'the board is the first view');
    // A card on screen whose step has a next one.
    let n = 0;
    while ((await card(page, n)).step === 'maintenance' || !(await tracked(page, `pipeline.card.${n}`)).visible) n++;
    const before = await card(page, n);
    const next = STEPS[STEPS.indexOf(before.step) + 1];

    // Mouse: press on the card, move in small steps to the next column's drop zone, release.
    const from = await tracked(page, `pipeline.card.${n}`);
    const to = await tracked(page, `pipeline.column.${next}.head`);
    assert.ok(from.visible && to.visible, 'card and column on screen');
    await page.mouse.move(from.x + from.w / 2, from.y + from.h / 2);
    await page.mouse.down();
    await nextFrame(page);
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(from.x + from.w / 2 + ((to.x + to.w / 2) - (from.x + from.w / 2)) * i / 10,
        from.y + from.h / 2 + ((to.y + to.h / 2) - (from.y + from.h / 2)) * i / 10);
      await nextFrame(page);
    }
    await page.mouse.up();
    await nextFrame(page);
    const dragged = await card(page, n);
    assert.strictEqual(dragged.title, before.title, 'the same opportunity (cards keep their order)');
    assert.strictEqual(dragged.step, next, `dragged from ${before.step} to ${next}`);
    const today = await localDate(page, 0);
    const saved = (await opportunities(page)).filter((o) => o.title === before.title && (o.step || 'find') === next && o.moves);
    assert.strictEqual(saved.length, 1, 'the book holds the move');
    assert.deepStrictEqual(saved[0].moves.at(-1), { on: today, from: before.step, to: next }, 'the move is kept with its date');

    // Keyboard: select another card (a click selects it and opens its editor), Ctrl+→ moves it on.
    let k = 0;
    while (k === n || (await card(page, k)).step === 'maintenance' || !(await tracked(page, `pipeline.card.${k}`)).visible) k++;
    const other = await card(page, k);
    await press(page, `pipeline.card.${k}`);
    assert.strictEqual(await text(page, 'pipeline.edit.step'), other.step, 'the editor shows the selected card');
    await page.keyboard.press('Control+ArrowRight');
    await nextFrame(page);
    const onward = STEPS[STEPS.indexOf(other.step) + 1];
    assert.strictEqual((await card(page, k)).step, onward, 'Ctrl+→ moved the selected card a step on');
    await page.keyboard.press('Control+ArrowLeft');
    await nextFrame(page);
    assert.strictEqual((await card(page, k)).step, other.step, 'Ctrl+← moved it back');
    // ↓ selects the next card of the column; Enter opens it in the editor.
    const cursor = await text(page, 'pipeline.board.cursor');
    assert.ok(cursor.length > 0, 'a card is selected');

    // The editor saves probability, source and expected close (update_opportunity).
    await press(page, `pipeline.card.${k}`);
    await press(page, 'pipeline.edit.source');
    await press(page, 'pipeline.edit.source.client_referral', { hover: true });
    assert.strictEqual(await text(page, 'pipeline.edit.source'), 'client_referral', 'the combo shows the channel chosen');
    await press(page, 'pipeline.edit.save');
    // Titles repeat in the demo book: the selected card's id names it.
    const selected = await text(page, 'pipeline.board.cursor');
    const edited = (await opportunities(page)).find((o) => o.id === selected);
    assert.strictEqual(edited.title, other.title);
    assert.strictEqual(edited.source, 'client_referral');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('suggestions name why and pass suitability; one opens an opportunity', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    await press(page, 'nav.pipeline');
    await press(page, 'pipeline.view.suggestions');
    const count = Number(await text(page, 'pipeline.suggestions.count'));
    assert.ok(count > 0, 'the demo book has suggestions');
    const product = await text(page, 'pipeline.suggestion.0.product');
    const method = await text(page, 'pipeline.suggestion.0.why');
    assert.ok(['repeat', 'up_sell', 'cross_sell'].includes(method), method);
    const before = (await opportunities(page)).length;
    await press(page, 'pipeline.suggestion.0.create');
    const after = await opportunities(page);
    assert.strictEqual(after.length, before + 1, 'an opportunity was opened');
    const bundle = JSON.parse(await data(page, 'exportBundle', { plain: true }));
    const made = after.find((o) => bundle.products.find((p) => p.id === o.product_id && p.code === product) && o.method === method);
    assert.ok(made, `the new opportunity names ${product} and ${method}`);
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
