// A manager's morning on the Today screen, as a person does it: read the
// plan, record a call for the first entry through the dialog (text typed via
// the IME path), see the plan and the compliance figures update, write the
// work log, and find it all again after a reload.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, reloadApp, launch, openApp, nextFrame, rect, click, screenshot, agendaNames, tracked, text, press } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

async function openDemoBook(page) {
  const { state } = await page.evaluate(() => window.rmplanner.data.state());
  if (state === 'needs_setup') await page.evaluate(() => window.rmplanner.data.setup({ demo: true }));
  await nextFrame(page);
}

const figures = async (page) => {
  const out = {};
  for (const k of ['met', 'on_track', 'behind', 'overdue']) out[k] = Number((await rect(page, `today.compliance.${k}`)).text);
  return out;
};

test('record a call from the plan, see the plan update, write the work log, reload', async () => {
  const { context, dir } = await launch();
  let closed = false;
  try {
    let { page, errors } = await openApp(context, url);
    await openDemoBook(page);
    await click(page, 'nav.today');
    await screenshot(page, 'today');
    const first = (await rect(page, 'today.agenda.row.0')).text;
    assert.ok(first.length > 0, 'the plan has a first entry');
    const before = await figures(page);

    await click(page, 'today.agenda.record.0');
    await click(page, 'today.record.channel.phone');
    await click(page, 'today.record.notes');
    await page.keyboard.insertText('客户同意下周面谈，关注稳健理财');
    await click(page, 'today.record.save');
    await nextFrame(page);

    // The client has been served today: the plan moves on, the figures move.
    const rows = await agendaNames(page);
    assert.ok(!rows.includes(first), `${first} should have left today's plan`);
    const after = await figures(page);
    assert.notDeepStrictEqual(after, before, 'compliance figures change after a recorded contact');

    await click(page, 'today.worklog.open');
    const draft = (await rect(page, 'today.worklog.contacts')).text;
    assert.ok(draft.includes(first) && draft.includes('客户同意下周面谈'), `work log draft lists the call: ${draft}`);
    await click(page, 'today.worklog.save');
    const err = await tracked(page, 'today.worklog.error');
    assert.strictEqual(err, null, `the work log was saved ${err && err.text}`);
    await page.evaluate(() => window.rmplanner.data.saved());
    assert.deepStrictEqual(errors, []);

    await reloadApp(page);
    await nextFrame(page);
    await click(page, 'nav.reports');
    await press(page, 'reports.tab.work_log', { hover: true });
    const log = (await rect(page, 'reports.worklog.0')).text;
    assert.ok(log.includes('客户同意下周面谈'), 'the work log survives a reload');
    await screenshot(page, 'reports');
    for (const screen of ['pipeline', 'planner', 'settings']) {
      await click(page, `nav.${screen}`);
      await screenshot(page, screen);
    }
    // The planner reproduces the yearly arithmetic of the rules for this book.
    await click(page, 'nav.planner');
    assert.ok(Number((await rect(page, 'planner.year.services')).text) > 0);
    await click(page, 'nav.today');
    assert.deepStrictEqual(await figures(page), after, 'figures after reload match');
  } finally {
    if (!closed) await context.close();
    closed = true;
    void dir;
  }
});

// The dialog's contact date: today by default, an earlier day for a call
// logged late, and a later one refused by the RecordContact command with its
// message shown in the dialog (which stays open).
test('record a call made yesterday; a date after today is refused in the dialog', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openApp(context, url);
    await openDemoBook(page);
    await click(page, 'nav.today');
    await click(page, 'today.agenda.record.0');
    const today = await text(page, 'today.record.date');
    assert.match(today, /^\d{4}-\d{2}-\d{2}$/, 'the contact date starts as today');
    const shift = (iso, days) => {
      const d = new Date(`${iso}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + days);
      return d.toISOString().slice(0, 10);
    };
    const setDate = async (iso) => {
      await click(page, 'today.record.date');
      await page.keyboard.press('Control+a');
      await page.keyboard.insertText(iso);
      await nextFrame(page);
      assert.strictEqual(await text(page, 'today.record.date'), iso);
    };
    await click(page, 'today.record.channel.phone');
    await click(page, 'today.record.notes');
    await page.keyboard.insertText('昨晚电话回访');
    const tomorrow = shift(today, 1);
    await setDate(tomorrow);
    await click(page, 'today.record.save');
    assert.ok(await tracked(page, 'today.record.save'), 'a refused contact keeps the dialog open');
    assert.strictEqual(await text(page, 'today.record.error'),
      `联络日期 ${tomorrow} 晚于今天（${today}）：请在联络发生后再记录。`);

    const yesterday = shift(today, -1);
    await setDate(yesterday);
    await click(page, 'today.record.save');
    const err = await tracked(page, 'today.record.error');
    assert.strictEqual(await tracked(page, 'today.record.save'), null, `the dialog closed ${err && err.text}`);
    const book = JSON.parse(await page.evaluate(() => window.rmplanner.data.exportBundle({ plain: true })));
    const call = book.contacts.filter((k) => k.notes === '昨晚电话回访');
    assert.strictEqual(call.length, 1);
    assert.strictEqual(call[0].date, yesterday);
    assert.deepStrictEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the record dialog presets nothing uncertain: the channel, which also says whether it was a meeting, is chosen', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openApp(context, url);
    await openDemoBook(page);
    await click(page, 'nav.today');
    await click(page, 'today.agenda.record.0');
    // The plan's channel is shown as a suggestion, never chosen for her.
    assert.ok(await tracked(page, 'today.record.suggested'), 'the plan\'s suggestion is shown');
    assert.strictEqual(await text(page, 'today.record.channel'), '', 'no channel is chosen yet');
    assert.strictEqual(await tracked(page, 'today.record.meeting'), null, 'no separate meeting tick to leave on');
    for (const code of ['phone', 'sms', 'wechat', 'email', 'letter', 'visit', 'branch', 'event'])
      assert.ok(await tracked(page, `today.record.channel.${code}`), `${code} is a visible choice`);
    await click(page, 'today.record.notes');
    await page.keyboard.insertText('电话联系，未见面');
    await click(page, 'today.record.save');
    assert.ok(await tracked(page, 'today.record.save'), 'saving without a channel keeps the dialog open');
    assert.strictEqual(await text(page, 'today.record.error'), '请选择联络方式。');

    await click(page, 'today.record.channel.phone');
    assert.strictEqual(await text(page, 'today.record.channel'), 'phone');
    await click(page, 'today.record.save');
    assert.strictEqual(await tracked(page, 'today.record.save'), null, 'saved');
    const book = JSON.parse(await page.evaluate(() => window.rmplanner.data.exportBundle({ plain: true })));
    const call = book.contacts.filter((k) => k.notes === '电话联系，未见面');
    assert.strictEqual(call.length, 1);
    assert.strictEqual(call[0].channel, 'phone');
    // A bundle leaves out a field at its default, so no "meeting" key means false.
    assert.strictEqual(call[0].meeting ?? false, false, 'a call is never saved as a meeting');

    // The next dialog starts unchosen again.
    await click(page, 'today.agenda.record.0');
    assert.strictEqual(await text(page, 'today.record.channel'), '');
    assert.deepStrictEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('Cancel never drops typed text without asking: the record and work-log dialogs ask first', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openApp(context, url);
    await openDemoBook(page);
    await click(page, 'nav.today');
    // Nothing typed: Cancel simply closes.
    await click(page, 'today.agenda.record.0');
    await click(page, 'today.record.cancel');
    assert.strictEqual(await tracked(page, 'today.record.save'), null, 'an untouched dialog closes');

    await click(page, 'today.agenda.record.0');
    await click(page, 'today.record.notes');
    await page.keyboard.insertText('客户说下周再谈');
    await click(page, 'today.record.cancel');
    assert.ok(await tracked(page, 'today.record.discard_prompt'), 'Cancel asks first');
    assert.strictEqual(await text(page, 'today.record.notes'), '客户说下周再谈', 'and keeps the text meanwhile');
    await click(page, 'today.record.keep');
    assert.strictEqual(await tracked(page, 'today.record.discard_prompt'), null);
    assert.strictEqual(await text(page, 'today.record.notes'), '客户说下周再谈');
    await page.keyboard.press('Escape');
    await nextFrame(page);
    assert.ok(await tracked(page, 'today.record.discard_prompt'), 'Esc asks too');
    await click(page, 'today.record.discard');
    assert.strictEqual(await tracked(page, 'today.record.save'), null, 'closed after 放弃修改');

    // The work log opens with the day's draft: leaving it unchanged asks nothing.
    await click(page, 'today.worklog.open');
    await click(page, 'today.worklog.cancel');
    assert.strictEqual(await tracked(page, 'today.worklog.save'), null);
    await click(page, 'today.worklog.open');
    await click(page, 'today.worklog.memo');
    await page.keyboard.insertText('明早晨会讲产品');
    await click(page, 'today.worklog.cancel');
    assert.ok(await tracked(page, 'today.worklog.discard_prompt'));
    await click(page, 'today.worklog.keep');
    await click(page, 'today.worklog.save');
    assert.strictEqual(await tracked(page, 'today.worklog.save'), null, 'saved');
    const book = JSON.parse(await page.evaluate(() => window.rmplanner.data.exportBundle({ plain: true })));
    assert.ok(book.work_log.some((e) => e.memo === '明早晨会讲产品'), 'what she kept is what was saved');
    assert.ok(!book.contacts.some((k) => k.notes === '客户说下周再谈'), 'what she discarded is not');
    assert.deepStrictEqual(errors, []);
  } finally {
    await context.close();
  }
});
