// The review round trip between a manager and her supervisor, in two browser
// profiles and through files only (docs/data-format.md, "Weekly hand-in" and
// "Review"; docs/commands.md, "Review"): the manager hands in her week; the
// supervisor imports it with two other managers' files, sees them on the
// Branch screen, comments on a report, approves a plan, returns another,
// reassigns two clients (the load before and after shown), sets next week's
// targets, and exports the manager's review file. Meanwhile the manager
// edits other fields of the same clients, and one field the supervisor also
// edited. She imports the review: both sides' edits are there, the review
// is on her Reports screen with a badge, the reassigned clients are marked,
// the field edited on both sides is a conflict she resolves, and undo takes
// the import back.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const {
  startServer, launch, openWithBook, data, press, fill, text, tracked, nextFrame, openBackupDialog, importFile, otherManagersBook,
} = require('./helpers');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rm-review-trip-'));

let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

const book = async (page) => JSON.parse(await data(page, 'exportBundle', { plain: true }));
const dispatch = async (page, command) => {
  const r = await data(page, 'dispatch', command);
  assert.ok(r.ok, JSON.stringify(r));
  return r;
};

const otherManagersFile = (seed, name) => otherManagersBook(tmp, seed, name).file;

// Replaces what an ImGui text field holds with VALUE.
async function retype(page, id, value) {
  await press(page, id);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(value);
  await nextFrame(page);
  assert.strictEqual(await text(page, id), value);
}

// Opens, on the Reports screen, the item about client NAME of KIND in STATE
// (the list narrowed to that name); CHECK(page) tells the right one apart
// when the name is not unique.
async function openItem(page, name, kind, state, check = async () => true) {
  await retype(page, 'reports.review.search', name);
  const n = Number(await text(page, 'reports.review.count'));
  for (let i = 0; i < n; i++) {
    if (await text(page, `reports.review.${i}`) !== `${name} ${kind} ${state}`) continue;
    await press(page, `reports.review.${i}`, { hover: true });
    if (await check(page)) return i;
  }
  throw new Error(`no ${kind} of ${name} in state ${state} on the Reports screen`);
}

// Chooses, in the manager combo ID, the manager named NAME.
async function chooseManager(page, id, name) {
  await press(page, id);
  for (let i = 0; ; i++) {
    const r = await tracked(page, `${id}.${i}`);
    if (!r) throw new Error(`no manager ${name} in ${id}`);
    if (r.text === name) { await press(page, `${id}.${i}`, { hover: true }); break; }
  }
  assert.strictEqual(await text(page, id), name);
}

async function download(page, click, file) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const to = path.join(tmp, file || d.suggestedFilename());
  await d.saveAs(to);
  return { path: to, name: d.suggestedFilename() };
}

test('the review round trip: hand-in, review and reassignment, hand-back merged with her own edits, undo', async () => {
  const size = { width: 1280, height: 1600 };
  const sup = await launch(size);
  const mgr = await launch(size);
  try {
    const m = await openWithBook(mgr.context, url, { passphrase: 'manager 客户经理 book 2026' });
    const s = await openWithBook(sup.context, url, { passphrase: 'supervisor 主管 book 2026', demo: false });

    // The supervisor says who she is, and that she reviews (Settings).
    await press(s.page, 'nav.settings');
    await fill(s.page, 'settings.me.name', '张主管');
    await press(s.page, 'settings.me.save');
    assert.ok(await tracked(s.page, 'settings.me.saved'), JSON.stringify(await tracked(s.page, 'settings.me.error')));
    assert.strictEqual(await text(s.page, 'settings.role.supervisor'), 'off');
    await press(s.page, 'settings.role.supervisor');
    assert.strictEqual(await text(s.page, 'settings.role.supervisor'), 'on');

    // The manager's week: two financial plans, one handed in through the
    // hook, one from the Reports screen; the demo book's reports awaiting review.
    let mb = await book(m.page);
    const owner = mb.settings.owner_manager_id;
    const me = mb.managers.find((x) => x.id === owner).name;
    const hers = mb.clients.filter((c) => !c.deleted && c.manager_id === owner);
    const plain = hers.filter((c) => hers.filter((d) => d.name === c.name).length === 1 &&
      !mb.communication_reports.some((r) => r.client_id === c.id) && !(mb.financial_plans || []).some((p) => p.client_id === c.id));
    const [pa, pb, ra, rb] = plain;
    const plan = async (c) => (await dispatch(m.page, { command: 'save_financial_plan', client_id: c.id,
      goals: [{ name: '退休', amount: 300000000, year: 2045 }], risk_level: 'C3', recommendations: '稳健配置' })).created[0];
    const planA = await plan(pa);
    const planB = await plan(pb);
    await dispatch(m.page, { command: 'submit_for_review', id: planA });
    await press(m.page, 'nav.reports');
    await press(m.page, 'reports.tab.communication', { hover: true });
    await press(m.page, 'reports.review.filter.mine');
    await openItem(m.page, pb.name, 'plan', 'draft');
    await press(m.page, 'reports.review.submit');
    assert.strictEqual(await text(m.page, 'reports.review.state'), 'submitted');
    mb = await book(m.page);
    const report = mb.communication_reports.find((r) => !r.deleted && r.review === 'submitted' && r.key_points);
    assert.ok(report, 'the demo book has a report awaiting review');
    const reportClient = mb.clients.find((c) => c.id === report.client_id).name;

    // She hands in her week under an export passphrase (download).
    await openBackupDialog(m.page);
    await m.page.check('#backup-what-hand-in');
    await m.page.check('#backup-use-new');
    await m.page.fill('#backup-pass', 'hand-in 交主管 2026');
    await m.page.fill('#backup-pass2', 'hand-in 交主管 2026');
    const handIn = await download(m.page, () => m.page.click('#backup-encrypted'));
    assert.match(handIn.name, /^rmplanner-handin-\d{8}\.rmbackup$/);
    await m.page.click('#backup-close');

    // The supervisor opens it with two other managers' files (upload).
    for (const [file, opts] of [[handIn.path, { passphrase: 'hand-in 交主管 2026' }],
      [otherManagersFile(2, '陈静'), {}], [otherManagersFile(3, '王磊'), {}]]) {
      const done = await importFile(s.page, file, opts);
      assert.strictEqual(done.error, '', done.error);
    }
    await press(s.page, 'nav.branch');
    assert.strictEqual(await text(s.page, 'branch.managers'), '3');
    let row = -1;
    for (let i = 0; i < 3; i++) if (await text(s.page, `branch.manager.${i}.name`) === me) row = i;
    assert.ok(row >= 0, `${me} on the Branch screen`);
    assert.ok(Number(await text(s.page, `branch.manager.${row}.plans_awaiting`)) >= 2);

    // Review: a comment on a report, one plan approved, the other returned.
    await press(s.page, 'nav.reports');
    await press(s.page, 'reports.tab.communication', { hover: true });
    await press(s.page, 'reports.review.filter.awaiting');
    await openItem(s.page, reportClient, 'report', 'submitted',
      async (p) => (await text(p, 'reports.review.key_points')) === report.key_points);
    await fill(s.page, 'reports.review.comment', '请补充客户的养老需求');
    await press(s.page, 'reports.review.comment.add');
    assert.strictEqual(await text(s.page, 'reports.review.comments'), '1');
    assert.strictEqual(await text(s.page, 'reports.review.comment.0'), '请补充客户的养老需求');
    assert.strictEqual(await text(s.page, 'reports.review.state'), 'reviewed');
    await openItem(s.page, pa.name, 'plan', 'submitted');
    await press(s.page, 'reports.review.approve');
    assert.strictEqual(await text(s.page, 'reports.review.state'), 'approved');
    await openItem(s.page, pb.name, 'plan', 'submitted');
    await press(s.page, 'reports.review.return');
    assert.ok((await text(s.page, 'reports.review.error')).length > 0, 'a return needs its reason');
    await fill(s.page, 'reports.review.reason', '保障缺口未测算');
    await press(s.page, 'reports.review.return');
    assert.strictEqual(await text(s.page, 'reports.review.state'), 'returned');

    // Two of her clients go to 陈静, the load of both shown before and after.
    await press(s.page, 'nav.branch');
    await chooseManager(s.page, 'branch.reassign.from', me);
    await chooseManager(s.page, 'branch.reassign.to', '陈静');
    const herClients = Number(await text(s.page, `branch.manager.${row}.clients`));
    for (const c of [ra, rb]) {
      await retype(s.page, 'branch.reassign.search', c.name);
      assert.strictEqual(await text(s.page, 'branch.reassign.client.0'), c.name);
      await press(s.page, 'branch.reassign.client.0');
    }
    assert.strictEqual(await text(s.page, 'branch.reassign.chosen'), '2');
    const loads = [await text(s.page, 'branch.reassign.load.0'), await text(s.page, 'branch.reassign.load.1')];
    assert.ok(loads.some((l) => l.startsWith(`${me} ${herClients}→${herClients - 2} `)), loads.join(' | '));
    assert.ok(loads.some((l) => { const g = /^陈静 (\d+)→(\d+) /.exec(l); return g && Number(g[2]) === Number(g[1]) + 2; }),
      loads.join(' | '));
    await press(s.page, 'branch.reassign.apply');
    assert.strictEqual(await text(s.page, 'branch.reassign.done'), '2');

    // Next week's targets for her.
    await chooseManager(s.page, 'branch.targets.manager', me);
    await fill(s.page, 'branch.targets.amount', '1,000,000');
    await fill(s.page, 'branch.targets.contacts', '30');
    await fill(s.page, 'branch.targets.meetings', '6');
    await fill(s.page, 'branch.targets.reports', '2');
    await press(s.page, 'branch.targets.save');
    assert.ok(await tracked(s.page, 'branch.targets.saved'));

    // The supervisor notes the handover on one reassigned client.
    await dispatch(s.page, { command: 'update_client_profile', client_id: ra.id, changes: { notes: '主管：已移交陈静' } });

    // Her review file, from the Branch screen (download).
    await press(s.page, `branch.manager.${row}.review_file`);
    await s.page.waitForSelector('#backup-dialog', { state: 'visible' });
    assert.strictEqual(await s.page.isChecked('#backup-what-review'), true);
    assert.match(await s.page.textContent('#backup-what-review-text'), new RegExp(me));
    assert.strictEqual(await s.page.isChecked('#backup-use-new'), true, 'she does not know the supervisor\'s passphrase');
    await s.page.fill('#backup-pass', 'review 审阅 2026 file');
    await s.page.fill('#backup-pass2', 'review 审阅 2026 file');
    const review = await download(s.page, () => s.page.click('#backup-encrypted'));
    assert.match(review.name, /^rmplanner-review-\d{8}\.rmbackup$/);
    await s.page.click('#backup-close');

    // Meanwhile the manager, back on Today, edits other fields of the same
    // clients, and the notes the supervisor edited too.
    await press(m.page, 'nav.today');
    await dispatch(m.page, { command: 'update_client_profile', client_id: ra.id,
      changes: { employer: '远洋贸易有限公司', notes: '经理：客户下月出国' } });
    await dispatch(m.page, { command: 'update_client_profile', client_id: rb.id, changes: { employer: '城建集团' } });
    await dispatch(m.page, { command: 'update_client_profile', client_id: pa.id, changes: { job_title: '财务总监' } });

    // She imports the review (upload).
    const done = await importFile(m.page, review.path, { passphrase: 'review 审阅 2026 file' });
    assert.strictEqual(done.error, '', done.error);
    mb = await book(m.page);
    const byId = (list, id) => list.find((x) => x.id === id);
    assert.strictEqual(byId(mb.financial_plans, planA).review, 'approved');
    assert.strictEqual(byId(mb.financial_plans, planB).review, 'returned');
    assert.strictEqual(byId(mb.financial_plans, planB).return_reason, '保障缺口未测算');
    assert.ok((mb.review_comments || []).some((c) => c.subject_id === report.id && c.text === '请补充客户的养老需求'));
    const chen = mb.managers.find((x) => x.name === '陈静');
    assert.ok(chen, 'the manager her clients went to is in her book');
    for (const c of [ra, rb]) assert.strictEqual(byId(mb.clients, c.id).manager_id, chen.id, `${c.name} reassigned`);
    assert.strictEqual(byId(mb.clients, ra.id).employer, '远洋贸易有限公司', 'her edit stays');
    assert.strictEqual(byId(mb.clients, rb.id).employer, '城建集团');
    assert.strictEqual(byId(mb.clients, pa.id).job_title, '财务总监');
    assert.ok((mb.weekly_targets || []).some((t) => t.manager_id === owner && t.new_opportunity_amount === 100000000 && t.contacts === 30));

    // On her screens: a badge on Reports, the returned plan with its reason,
    // and the reassigned client marked.
    const rep = byId(mb.communication_reports, report.id);
    assert.strictEqual(rep.review, 'reviewed', JSON.stringify(rep));
    assert.strictEqual(await text(m.page, 'nav.reports.badge'), '3');
    await press(m.page, 'nav.reports');
    await press(m.page, 'reports.tab.communication', { hover: true });
    await press(m.page, 'reports.review.filter.all');
    const at = await openItem(m.page, pb.name, 'plan', 'returned');
    assert.strictEqual(await text(m.page, 'reports.review.return_reason_shown'), '保障缺口未测算');
    assert.strictEqual(await tracked(m.page, `reports.review.${at}.news`), null, 'read: no longer new');
    assert.strictEqual(await text(m.page, 'nav.reports.badge'), '2');
    await press(m.page, 'nav.clients');
    await retype(m.page, 'clients.search', ra.name);
    assert.strictEqual(await text(m.page, 'clients.row.0'), ra.name);
    assert.ok(await tracked(m.page, 'clients.row.0.review_news'), 'the reassigned client is marked');

    // The notes, edited on both sides: a conflict she resolves (Today).
    await press(m.page, 'nav.today');
    const conflict = await text(m.page, 'today.conflict.0');
    assert.match(conflict, /经理：客户下月出国|主管：已移交陈静/);
    await press(m.page, 'today.conflict.0.take');
    assert.strictEqual(await tracked(m.page, 'today.conflict.0'), null);
    const notes = byId((await book(m.page)).clients, ra.id).notes;
    assert.ok(['经理：客户下月出国', '主管：已移交陈静'].includes(notes));

    // Undo: the resolution, then the whole import.
    await m.page.click('#canvas');
    await m.page.keyboard.press('Control+z');
    await nextFrame(m.page);
    await m.page.keyboard.press('Control+z');
    await nextFrame(m.page);
    mb = await book(m.page);
    assert.strictEqual(byId(mb.financial_plans, planA).review, 'submitted');
    assert.strictEqual(byId(mb.financial_plans, planB).review, 'submitted');
    assert.ok(!(mb.review_comments || []).some((c) => !c.deleted && c.subject_id === report.id));
    for (const c of [ra, rb]) assert.strictEqual(byId(mb.clients, c.id).manager_id, owner, `${c.name} is hers again`);
    assert.strictEqual(byId(mb.clients, ra.id).employer, '远洋贸易有限公司', 'her own edit stays');
    assert.strictEqual(byId(mb.clients, ra.id).notes, '经理：客户下月出国');
    assert.strictEqual(await tracked(m.page, 'nav.reports.badge'), null, 'the badge went with the import');
    assert.deepStrictEqual(s.errors, []);
    assert.deepStrictEqual(m.errors, []);
  } finally {
    await sup.context.close();
    await mgr.context.close();
  }
});
