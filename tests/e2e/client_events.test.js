// A client event as a manager runs it (docs/domain.md §6, "Client events"):
// plan it on the Events screen, invite the clients a Clients filter matches,
// record who came, and the next day find the thank-you calls in Today's
// plan — gone once the follow-up is recorded. The page's clock is Playwright's:
// the event is held "yesterday", and the day after comes by moving it on.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, nextFrame, tracked, text, press, fill, agendaNames } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const TITLE = '新春理财沙龙（测试）';

// Replaces what a text field holds, as a person does: select all, type.
async function replace(page, id, value) {
  await press(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(value);
  await nextFrame(page);
  assert.strictEqual(await text(page, id), value);
}

// The row of a list whose text is WANTED (e.g. `events.upcoming`), or -1.
async function rowOf(page, prefix, wanted, max = 200) {
  for (let i = 0; i < max; i++) {
    const r = await tracked(page, `${prefix}.${i}`);
    if (!r) return -1;
    if (r.text === wanted) return i;
  }
  return -1;
}

// Today's plan: for each row, the client's name and the codes of its reasons.
async function agendaCodes(page) {
  const out = [];
  for (let i = 0; i < 200; i++) {
    const name = await tracked(page, `today.agenda.row.${i}`);
    if (!name) break;
    out.push({ name: name.text, codes: (await text(page, `today.agenda.codes.${i}`)).split(' ') });
  }
  return out;
}

test('plan an event, invite by a filter, record who came, thank them the next day', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  // Yesterday at 10:00, local time: the event is held that day.
  const start = new Date();
  start.setDate(start.getDate() - 1);
  start.setHours(10, 0, 0, 0);
  await context.clock.install({ time: start });
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });

    // Whom to invite: the first clients of the day's plan, so that the day
    // after their thank-you calls join entries the plan has room for.
    await press(page, 'nav.today');
    const planned = await agendaNames(page);
    assert.ok(planned.length >= 1, 'the demo day has a plan');
    const guest = planned[0];

    await press(page, 'nav.events');
    await press(page, 'events.plan');
    await fill(page, 'events.form.title', TITLE);
    await press(page, 'events.form.kind');
    await press(page, 'events.form.kind.investment_salon', { hover: true });
    assert.strictEqual(await text(page, 'events.form.kind'), 'investment_salon');
    await fill(page, 'events.form.location', '支行三楼贵宾厅');
    await replace(page, 'events.form.capacity', '20');
    await press(page, 'events.form.save');
    assert.strictEqual(await tracked(page, 'events.refusal'), null, 'the event was planned');
    // Saving opens the new event's page.
    assert.strictEqual(await text(page, 'event.title'), TITLE);
    assert.strictEqual(await text(page, 'event.invitees'), '0');

    // Invite by filter: the Clients screen's search narrows to the guest.
    await fill(page, 'event.invite.search', guest);
    const matching = Number(await text(page, 'event.invite.matching'));
    assert.ok(matching >= 1 && matching <= 20, `${matching} clients match ${guest}`);
    const fresh = Number(await text(page, 'event.invite.new'));
    assert.ok(fresh >= 1, 'someone to invite');
    await press(page, 'event.invite.all');
    assert.strictEqual(await tracked(page, 'event.refusal'), null, 'the invitations were sent');
    assert.strictEqual(Number(await text(page, 'event.invitees')), fresh);
    assert.strictEqual(Number(await text(page, 'event.figures.invited')), fresh);
    assert.strictEqual(await text(page, 'event.invite.new'), '0', 'all who match are invited now');
    // The filter is the Clients screen's own: its search holds the same text.
    await press(page, 'nav.clients');
    assert.strictEqual(await text(page, 'clients.search'), guest);
    await press(page, 'clients.filter.clear');
    await press(page, 'nav.events');
    assert.strictEqual(await text(page, 'event.title'), TITLE, 'the event page stays open');

    // The event is today: who came is recorded now.
    const row = await rowOf(page, 'event.invitee', guest);
    assert.ok(row >= 0, `${guest} is invited`);
    assert.strictEqual(await text(page, `event.invitee.${row}.status`), 'invited');
    await press(page, `event.invitee.${row}.attended`);
    assert.strictEqual(await text(page, `event.invitee.${row}.status`), 'attended');
    assert.strictEqual(await text(page, 'event.figures.attended'), '1');
    await page.evaluate(() => window.rmplanner.data.saved());

    // The next day (the planner's "today" follows the page's clock).
    await page.clock.fastForward('24:00:00');
    for (let i = 0; i < 3; i++) await nextFrame(page);
    await press(page, 'nav.today');
    const thanked = (await agendaCodes(page)).filter((r) => r.codes.includes('event_thanks'));
    assert.ok(thanked.some((r) => r.name === guest), `Today thanks ${guest}: ${JSON.stringify(thanked)}`);

    // The follow-up ends the thank-you call.
    await press(page, 'nav.events');
    if (!(await tracked(page, 'event.title'))) {
      const past = await rowOf(page, 'events.past', TITLE);
      assert.ok(past >= 0, 'the event is listed as past');
      await press(page, `events.past.${past}`, { hover: true });
    }
    assert.strictEqual(await text(page, 'event.title'), TITLE);
    assert.strictEqual(await tracked(page, 'event.invite.over') !== null, true, 'a past event takes no invitations');
    await press(page, `event.invitee.${row}.follow_up`);
    await fill(page, 'event.follow_up.notes', '感谢参加，约下周面谈');
    await press(page, 'event.follow_up.save');
    assert.strictEqual(await tracked(page, 'event.refusal'), null, 'the follow-up was recorded');
    assert.strictEqual(await text(page, 'event.figures.followed_up'), '1');
    await press(page, 'nav.today');
    const still = (await agendaCodes(page)).filter((r) => r.name === guest && r.codes.includes('event_thanks'));
    assert.deepStrictEqual(still, [], 'no thank-you call after the follow-up');
    assert.deepStrictEqual(errors, []);
  } finally {
    await context.close();
  }
});
