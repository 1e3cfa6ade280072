// The Clients table tells namesakes apart and reads in the UI language: a
// phone column, names sorted by pinyin with one surname kept together (陈
// before 程, not interleaved), and the tag "important" shown as 重要客户 /
// "Important client" (docs/ui-automation.md, "Clients").
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, launch, openWithBook, click, press, tracked, data } = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

// Rows 0, 1, … as drawn (the table draws the rows on screen).
async function rows(page, field = '') {
  const out = [];
  for (let i = 0; i < 200; i++) {
    const r = await tracked(page, `clients.row.${i}${field}`);
    if (!r) break;
    out.push(r.text);
  }
  return out;
}

// Replaces the search text, as a person does: select all, type anew.
async function search(page, value) {
  await press(page, 'clients.search');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (value) await page.keyboard.insertText(value);
}

test('phone column, surnames kept together in pinyin order, tags in the UI language', async () => {
  const { context } = await launch({ height: 1080 });
  try {
    const { page, errors } = await openWithBook(context, url);
    const book = JSON.parse(await data(page, 'exportBundle', { plain: true }));
    // Three namesakes, told apart by their phones.
    for (const phone of ['13900000003', '13900000001', '13900000002']) {
      const r = await data(page, 'dispatch', { command: 'create_client', name: '张斌', phone });
      assert.strictEqual(r.ok, true, JSON.stringify(r));
    }
    await click(page, 'nav.clients');
    await search(page, '张斌');
    const names = await rows(page);
    const phones = await rows(page, '.phone');
    const ours = phones.filter((p, i) => names[i] === '张斌' && p.startsWith('1390000000'));
    assert.deepStrictEqual(ours.sort(), ['13900000001', '13900000002', '13900000003'], `phones: ${phones}`);

    // chen (陈) and cheng (程): every 陈 before every 程, each in one run.
    await search(page, 'chen');
    const listed = (await rows(page)).map((n) => n[0]);
    const wanted = book.clients.filter((c) => !c.deleted && (c.name.startsWith('陈') || c.name.startsWith('程')));
    assert.ok(wanted.some((c) => c.name.startsWith('陈')) && wanted.some((c) => c.name.startsWith('程')),
      'the demo book has both surnames');
    const firsts = listed.filter((ch) => ch === '陈' || ch === '程');
    const runs = firsts.filter((ch, i) => i === 0 || firsts[i - 1] !== ch);
    assert.deepStrictEqual(runs, ['陈', '程'], `surnames in order, one run each: ${listed.join('')}`);

    // A client tagged "important" (the planner's code for it).
    const important = book.clients.find((c) => !c.deleted && (c.tags || []).includes('important'));
    assert.ok(important, 'the demo book has an important client');
    await search(page, important.id);
    const zh = (await tracked(page, 'clients.row.0.tags')).text;
    assert.ok(zh.includes('重要客户') && !zh.includes('important'), `tags in Chinese: ${zh}`);
    await click(page, 'nav.settings');
    await press(page, 'settings.language.en');
    await click(page, 'nav.clients');
    const en = (await tracked(page, 'clients.row.0.tags')).text;
    assert.ok(en.includes('Important client'), `tags in English: ${en}`);
    await click(page, 'nav.settings');
    await press(page, 'settings.language.zh');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
