// Forms a manager fills in her first hour, and what they must never assume:
// the in-person signature is never pre-ticked, an unanswered question is
// named, and the new-client wizard refuses a short mobile number, asks for
// pre-tax income once and does not turn an empty typical goal into a ¥0 sale.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, nextFrame, tracked, text, press, fill } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

async function answerAll(page, id, skip = -1) {
  let q = 0;
  while (await tracked(page, `${id}.q${q}.o0`)) {
    if (q !== skip) await press(page, `${id}.q${q}.o0`);
    q++;
  }
  return q;
}

test('360° questionnaire: the signature starts unticked every time, and a missing answer is named', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url);
    await press(page, 'nav.today');
    await press(page, 'today.agenda.open.0');
    await press(page, 'client.tab.risk');
    await press(page, 'client.risk.take');
    assert.strictEqual(await text(page, 'client.risk.signed'), 'unticked', 'never pre-ticked');

    // Question 3 left out: the refusal says which one.
    await answerAll(page, 'client.risk', 2);
    await press(page, 'client.risk.signed');
    await press(page, 'client.risk.submit');
    assert.match(await text(page, 'client.risk.refusal'), /^第 3 题尚未回答：.+/);
    await press(page, 'client.risk.q2.o0');
    await press(page, 'client.risk.submit');
    assert.match(await text(page, 'client.risk.level'), /^C[1-5]$/);

    // The next sitting — with this client or another — starts unticked again.
    await press(page, 'client.risk.take');
    assert.strictEqual(await text(page, 'client.risk.signed'), 'unticked', 'not carried over from the last sitting');
    await press(page, 'client.risk.signed');
    await press(page, 'nav.today');
    await press(page, 'today.agenda.open.1');
    await press(page, 'client.tab.risk');
    await press(page, 'client.risk.take');
    assert.strictEqual(await text(page, 'client.risk.signed'), 'unticked', 'not carried over to another client');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('wizard: a 7-digit mobile is refused, pre-tax income asked once, an empty typical goal is no ¥0 sale', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url);
    await page.keyboard.press('Control+n');
    await nextFrame(page);
    assert.strictEqual(await text(page, 'newclient.step'), '0');
    await fill(page, 'newclient.name', '测试客户');
    await fill(page, 'newclient.birthday', '1985-05-01');
    await press(page, 'newclient.next');
    assert.strictEqual(await text(page, 'newclient.step'), '1');

    await fill(page, 'newclient.mobile', '1234567');
    await press(page, 'newclient.next');
    assert.strictEqual(await text(page, 'newclient.step'), '1', 'a 7-digit mobile does not pass');
    assert.match(await text(page, 'newclient.mobile.error'), /11 位手机号/);
    await fill(page, 'newclient.id_number', '110105194912310021');
    await press(page, 'newclient.mobile');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('13912345678');
    await nextFrame(page);
    await press(page, 'newclient.next');
    assert.strictEqual(await text(page, 'newclient.step'), '1', 'a wrong ID check character does not pass');
    assert.ok(await tracked(page, 'newclient.id_number.error'));
    await press(page, 'newclient.id_number');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('11010519491231002X');
    await nextFrame(page);
    await press(page, 'newclient.next');
    assert.strictEqual(await text(page, 'newclient.step'), '2');

    // Pre-tax income once: the client's (and the spouse's), not again in the statement.
    assert.ok(await tracked(page, 'newclient.income'));
    assert.strictEqual(await tracked(page, 'newclient.pretax'), null, 'no second pre-tax income field');
    await fill(page, 'newclient.income', '300000');
    await press(page, 'newclient.next');
    assert.strictEqual(await text(page, 'newclient.step'), '3');

    await press(page, 'newclient.goal.typical');
    await press(page, 'newclient.next');
    assert.strictEqual(await text(page, 'newclient.step'), '3', 'an empty goal does not pass');
    assert.strictEqual(await text(page, 'newclient.goal0.amount.error'), '请填写金额，或删除此目标。');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('wizard: a 必填 or a refused number from one sitting is not there when the next wizard starts', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url);
    await page.keyboard.press('Control+n');
    await nextFrame(page);
    await press(page, 'newclient.next');
    assert.ok(await tracked(page, 'newclient.name.error'), 'an empty name is required');
    await press(page, 'newclient.cancel');
    assert.strictEqual(await tracked(page, 'newclient.step'), null, 'nothing typed: the wizard closes');
    await page.keyboard.press('Control+n');
    await nextFrame(page);
    assert.strictEqual(await tracked(page, 'newclient.name.error'), null, 'no stale 必填 on a new wizard');

    await fill(page, 'newclient.name', '甲客户');
    await fill(page, 'newclient.birthday', '1980-03-01');
    await press(page, 'newclient.next');
    await fill(page, 'newclient.mobile', '1234567');
    await press(page, 'newclient.next');
    assert.ok(await tracked(page, 'newclient.mobile.error'));
    await press(page, 'newclient.cancel');
    await press(page, 'newclient.cancel.confirm');
    await page.keyboard.press('Control+n');
    await nextFrame(page);
    assert.strictEqual(await text(page, 'newclient.name'), '', 'the next client starts empty');
    await fill(page, 'newclient.name', '乙客户');
    await fill(page, 'newclient.birthday', '1981-04-02');
    await press(page, 'newclient.next');
    assert.strictEqual(await text(page, 'newclient.step'), '1');
    assert.strictEqual(await text(page, 'newclient.mobile'), '');
    assert.strictEqual(await tracked(page, 'newclient.mobile.error'), null, 'no stale message from the last client');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('360° profile: the ID number is on the form and checked (GB 11643) before it is saved', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url);
    await press(page, 'nav.today');
    await press(page, 'today.agenda.open.0');
    await press(page, 'client.tab.profile');
    await press(page, 'client.profile.id_number');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('110105194912310021');
    await nextFrame(page);
    await press(page, 'client.save');
    assert.match(await text(page, 'client.profile.id_number.error'), /身份证/);
    await press(page, 'client.profile.id_number');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('11010519491231002X');
    await nextFrame(page);
    await press(page, 'client.save');
    assert.strictEqual(await tracked(page, 'client.profile.id_number.error'), null);
    const book = JSON.parse(await page.evaluate(() => window.rmplanner.data.exportBundle({ plain: true })));
    assert.ok(book.clients.some((c) => c.id_number === '11010519491231002X'), 'saved with the client');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
