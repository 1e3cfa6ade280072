// Every screen at 1280×800 in Chinese and English, light and dark, and in
// Chinese at 1280×720, as screenshots in build/screenshots/ (screen-*.png,
// dark-*.png, en-*.png, en-dark-*.png, 720-*.png) for a person to look at; the
// test checks that each screen draws, that its widgets stay inside the window
// and that no label is cut off (docs/ui-style.md "Widths").
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const {
  startServer, launch, openWithBook, nextFrame, screenshot, inkRatio, tracked, text, press, fill,
} = require('./helpers');

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const TABS = ['profile', 'finances', 'holdings', 'risk', 'timeline', 'records', 'plan'];

// A widget drawn (visible) must lie within the page.
async function assertInside(page, ids) {
  const { width, height } = page.viewportSize();
  for (const id of ids) {
    const r = await tracked(page, id);
    assert.ok(r, `${id} is drawn`);
    if (!r.visible) continue;
    assert.ok(r.x >= 0 && r.y >= 0 && r.x + r.w <= width + 0.5 && r.y + r.h <= height + 0.5,
      `${id} lies inside ${width}×${height}: ${JSON.stringify(r)}`);
  }
}

// No label of the frame was cut off ("Branch meetin"): the app lists every
// tracked widget and table column drawn wider than its room (ui.clipped).
async function assertNothingClipped(page, name) {
  const clipped = await text(page, 'ui.clipped');
  assert.strictEqual(clipped, '', `${name}: labels cut off: ${clipped}`);
}

// No ImGui ID was submitted twice in one frame since the page opened: a
// second widget with one ID is dead, and one key press fires both (the app
// lists them, docs/ui-automation.md "Duplicate ids").
async function assertNoDuplicateIds(page, name) {
  const duplicates = await text(page, 'ui.duplicate_ids');
  assert.strictEqual(duplicates, '', `${name}: widgets sharing an ImGui ID: ${duplicates}`);
}

async function shot(page, name) {
  await nextFrame(page);
  const ink = await inkRatio(page);
  assert.ok(ink > 0.01, `${name}: only ${(ink * 100).toFixed(2)} % drawn`);
  await screenshot(page, name);
  await assertNoDuplicateIds(page, name);
  await assertNothingClipped(page, name);
}

// Opens the client with the largest AUM (holdings, contacts and records to show).
async function openRichClient(page) {
  await press(page, 'nav.clients');
  // The first click sorts largest first, a second one reverses: click until it does.
  for (let i = 0; i < 3; i++) {
    const a = Number(await text(page, 'clients.row.0.aum')), b = Number(await text(page, 'clients.row.1.aum'));
    if (i > 0 && a >= b) break;
    await press(page, 'clients.header.aum', { hover: true });
  }
  await press(page, 'clients.row.0', { hover: true, clickCount: 2 });
  assert.ok((await text(page, 'client.name')).length > 0);
}

// FULL: every tab and wizard step; else (the second size) the tallest ones.
async function tour(page, prefix, full = true) {
  await press(page, 'nav.today');
  await assertInside(page, ['today.worklog.open', 'today.agenda.row.0', 'today.agenda.record.0', 'today.compliance.overdue']);
  await shot(page, `${prefix}-today`);
  await press(page, 'today.agenda.record.0');
  await assertInside(page, ['today.record.save', 'today.record.cancel', 'today.record.notes']);
  await shot(page, `${prefix}-today-record`);
  await press(page, 'today.record.cancel');
  await press(page, 'today.worklog.open');
  await assertInside(page, ['today.worklog.save', 'today.worklog.cancel']);
  await shot(page, `${prefix}-today-worklog`);
  await press(page, 'today.worklog.cancel');

  await press(page, 'nav.clients');
  await assertInside(page, ['clients.search', 'clients.count', 'clients.header.name', 'clients.bulk.export']);
  await shot(page, `${prefix}-clients`);

  await openRichClient(page);
  for (const tab of full ? TABS : ['profile', 'finances', 'risk']) {
    await press(page, `client.tab.${tab}`);
    await assertInside(page, ['client.back', 'client.delete', 'client.tab.records', 'client.tab.plan']);
    await shot(page, `${prefix}-client-${tab}`);
  }

  await page.keyboard.press('Control+n');
  await nextFrame(page);
  await fill(page, 'newclient.name', '欧阳明月');
  for (let step = 0; step < 6; step++) {
    assert.strictEqual(await text(page, 'newclient.step'), String(step));
    const questionnaire = step === 4 && full;
    if (questionnaire) await press(page, 'newclient.risk.take');
    await assertInside(page, ['newclient.step0', 'newclient.step5', 'newclient.cancel']);
    if (full || step === 0 || step === 2) await shot(page, `${prefix}-new-client-${step}`);
    if (questionnaire) await press(page, 'newclient.risk.cancel');  // the assessment is optional
    if (step < 5) await press(page, 'newclient.next');
  }
  await press(page, 'newclient.cancel');
  await press(page, 'newclient.cancel.confirm');

  if (full) {
    // A report read on the review list, and the supervisor's actions on the
    // Branch screen (Settings → My role), filled in.
    await press(page, 'nav.reports');
    await press(page, 'reports.tab.communication', { hover: true });
    await press(page, 'reports.review.0', { hover: true });
    await shot(page, `${prefix}-reports-review`);
    await press(page, 'nav.settings');
    if (await text(page, 'settings.role.supervisor') === 'off') await press(page, 'settings.role.supervisor');
    await press(page, 'nav.branch');
    for (const [combo, item] of [['branch.reassign.from', 0], ['branch.reassign.to', 0], ['branch.targets.manager', 0]]) {
      await press(page, combo);
      await press(page, `${combo}.${item}`, { hover: true });
    }
    await press(page, 'branch.reassign.client.0');
    await assertInside(page, ['branch.reassign.apply', 'branch.targets.save']);
    await shot(page, `${prefix}-branch-supervisor`);
  }

  for (const screen of ['pipeline', 'events', 'complaints', 'planner', 'reports', 'branch', 'settings']) {
    await press(page, `nav.${screen}`);
    await shot(page, `${prefix}-${screen}`);
    // Each tab of Reports: its tables' headers are checked too.
    if (screen === 'reports')
      for (const tab of ['pipeline', 'communication', 'work_log', 'monthly']) {
        await press(page, `reports.tab.${tab}`, { hover: true });
        await shot(page, `${prefix}-reports-${tab}`);
      }
  }
  await assertInside(page, ['settings.theme.dark', 'settings.remove_demo']);
}

test('every screen in Chinese at 1280×800 and 1280×720, and the dark theme', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url);
    await nextFrame(page);
    assert.strictEqual(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    await tour(page, 'screen');

    await page.setViewportSize({ width: 1280, height: 720 });
    await nextFrame(page);
    await tour(page, '720', false);

    // Dark theme: every screen.
    await page.setViewportSize({ width: 1280, height: 800 });
    await press(page, 'nav.settings');
    await press(page, 'settings.theme.dark');
    // The page's DOM follows: the save status is a dark box, not a light one.
    assert.strictEqual(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    const badge = await page.evaluate(() => getComputedStyle(document.getElementById('store-status')).backgroundColor);
    const [r, g, b] = badge.match(/\d+/g).map(Number);
    assert.ok(r + g + b < 150, `the save status is dark on the dark theme (${badge})`);
    await tour(page, 'dark');
    await press(page, 'settings.theme.light');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('every screen in English at 1280×800, light and dark, with no label cut off', async () => {
  const { context } = await launch({ width: 1280, height: 800 });
  try {
    const { page, errors } = await openWithBook(context, url);
    await press(page, 'nav.settings');
    await press(page, 'settings.language.en');
    // One date format: the heading is ISO like every table, not "3/12/2026".
    await press(page, 'nav.today');
    assert.match(await text(page, 'today.date'), /^\d{4}-\d{2}-\d{2}  [A-Z][a-z]+day$/);
    // A wider window widens the Clients table's free column (the tags).
    await press(page, 'nav.clients');
    const narrow = (await tracked(page, 'clients.header.tags')).w;
    await page.setViewportSize({ width: 1920, height: 1080 });
    const wide = (await tracked(page, 'clients.header.tags')).w;
    assert.ok(wide >= narrow + 300, `the tags column widens from ${narrow} px at 1280 to ${wide} px at 1920`);
    await assertNothingClipped(page, 'clients at 1920');
    await page.setViewportSize({ width: 1280, height: 800 });
    await tour(page, 'en');
    await press(page, 'settings.theme.dark');
    await tour(page, 'en-dark');
    await press(page, 'settings.theme.light');
    await press(page, 'settings.language.zh');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
