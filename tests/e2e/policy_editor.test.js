// Settings → Policy (docs/domain.md, "Policies"): a manager switches her book
// to Bank B, copies it, edits a contact rule, and Today's plan follows at
// once; after a reload the edited policy is still the one in use. An invalid
// edit is refused with the tier at fault named, and nothing is kept.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, reloadApp, click, press, fill, tracked, text, data, agendaNames } =
  require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const book = async (page) => JSON.parse(await data(page, 'exportBundle', { plain: true }));
const PLATINUM_MONTHLY = 3;  // the rule's place in Bank B (src/core/policy/policy_presets.cpp)

// Replaces what a field holds with VALUE, as a person would: select all, type.
async function replace(page, id, value) {
  await press(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await fill(page, id, String(value));
}

test('switch to Bank B, edit a rule, Today changes, and it is still there after a reload', async () => {
  const { context } = await launch({ height: 1080 });
  try {
    const { page, errors } = await openWithBook(context, url);
    await click(page, 'nav.today');
    const bankA = await agendaNames(page);
    assert.ok(bankA.length > 0, 'the demo book has a plan under Bank A');

    await click(page, 'nav.settings');
    assert.strictEqual(await text(page, 'settings.policy.active'), 'bank_a');
    await press(page, 'settings.policy.active');
    await press(page, 'settings.policy.option.bank_b');
    assert.strictEqual(await text(page, 'settings.policy.active'), 'bank_b');
    assert.strictEqual((await book(page)).settings.active_policy_id, 'bank_b');
    // A preset is not edited in place: no editor until it is copied.
    assert.strictEqual(await tracked(page, 'settings.policy.save'), null);
    await click(page, 'nav.today');
    const bankB = await agendaNames(page);
    assert.notDeepStrictEqual(bankB, bankA, "Today's plan follows Bank B's rules");

    await click(page, 'nav.settings');
    await press(page, 'settings.policy.copy');
    assert.strictEqual(await text(page, 'settings.policy.active'), 'own_1');
    const calls = `settings.policy.rule.${PLATINUM_MONTHLY}.alt.0.calls`;
    assert.strictEqual(await text(page, calls), '4', 'Platinum: 4 calls a month, as the document says');
    await replace(page, calls, 12);
    await press(page, 'settings.policy.save');
    assert.strictEqual(await tracked(page, 'settings.policy.save_error'), null);
    assert.ok(await tracked(page, 'settings.policy.saved'));
    assert.strictEqual((await data(page, 'saved')).durable, true);

    await click(page, 'nav.today');
    const edited = await agendaNames(page);
    assert.notDeepStrictEqual(edited, bankB, "Today's plan follows the edited rule");

    assert.strictEqual((await reloadApp(page)).state, 'open');
    const reopened = await book(page);
    assert.strictEqual(reopened.settings.active_policy_id, 'own_1');
    const rule = reopened.settings.policies[0].contacts.rules.find((r) => r.id === 'bank_b.platinum_monthly');
    assert.strictEqual(rule.alternatives[0].calls, 12);
    await click(page, 'nav.today');
    assert.deepStrictEqual(await agendaNames(page), edited, 'the same plan after the reload');
    await click(page, 'nav.settings');
    assert.strictEqual(await text(page, calls), '12');

    // A tier bound below the tier before it is refused, and names the tier.
    await replace(page, 'settings.policy.tier.1.min', '50000');
    await press(page, 'settings.policy.save');
    const refusal = await text(page, 'settings.policy.save_error');
    assert.match(refusal, /Platinum|白金卡/);
    assert.strictEqual((await book(page)).settings.policies[0].tiers.tiers[1].min_assets, 100000000,
      'the refused edit was not kept');
    await press(page, 'settings.policy.discard');
    assert.strictEqual(await tracked(page, 'settings.policy.save_error'), null);
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
