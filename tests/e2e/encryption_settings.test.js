// Settings turns encryption on for the plain demo store and changes the
// passphrase, through the page's passphrase dialog (docs/storage.md,
// "Turning encryption on"). While the book is plain, every screen shows a
// banner. After encryption is turned on and the browser closed, no file of
// the Chromium profile's IndexedDB folder holds a client's name: the store
// was rewritten into a fresh database, which makes LevelDB drop the plain
// values its log and tables kept.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const { startServer, launch, openApp, openWithBook, tracked, click, press, waitForStoreState, nextFrame, data, clientNames } = require('./helpers');

const PASS = 'demo 加密 turned on 2026';
const PASS2 = 'second 口令 for settings 2027';
const NAME = '明文客户甲 PlainSecretClient';
let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });


// Which NEEDLES (UTF-8) occur in any file under the profile's IndexedDB folder.
function inProfileIndexedDb(dir, needles) {
  const root = path.join(dir, 'Default', 'IndexedDB');
  const hits = Object.fromEntries(needles.map((n) => [n, []]));
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) { walk(p); continue; }
      const bytes = fs.readFileSync(p);
      for (const n of needles) if (bytes.includes(Buffer.from(n, 'utf8'))) hits[n].push(path.relative(root, p));
    }
  };
  if (fs.existsSync(root)) walk(root);
  return hits;
}

test('a plain store: banner on every screen; Settings turns encryption on and no plain copy stays in the profile’s IndexedDB files', async () => {
  const { context, dir } = await launch();
  let ctx = context;
  try {
    const { page, errors } = await openWithBook(ctx, url, { demo: true });
    const r = await data(page, 'dispatch', { command: 'create_client', name: NAME });
    assert.ok(r.ok);
    await data(page, 'saved');
    const demoName = (await clientNames(page)).find((n) => n !== NAME);
    assert.strictEqual((await data(page, 'state')).encrypted, false);

    // The banner, on every screen.
    for (const screen of ['nav.today', 'nav.clients', 'nav.pipeline', 'nav.planner', 'nav.reports', 'nav.settings']) {
      await click(page, screen);
      const b = await tracked(page, 'banner.plain');
      assert.ok(b && b.visible, `the plain-store banner on ${screen}`);
      assert.match(b.text, /未加密|not encrypted/);
    }
    assert.strictEqual(await tracked(page, 'settings.lock'), null, 'no lock for a plain book');
    assert.strictEqual(await tracked(page, 'settings.change_passphrase'), null);

    // The plain store's files show the name (so the scan below can see it).
    const before = inProfileIndexedDb(dir, [NAME]);
    assert.ok(before[NAME].length > 0, 'the scan finds the plain name before encryption');

    // Settings → "Turn encryption on…": the page's dialog, without a current passphrase.
    await press(page, 'settings.encrypt');
    await page.waitForSelector('#store-passphrase', { state: 'visible' });
    assert.strictEqual(await page.isVisible('#change-old'), false);
    // Typed the same twice, or refused.
    await page.fill('#change-new', PASS);
    await page.fill('#change-new2', PASS + 'x');
    await page.press('#change-new2', 'Enter');
    await page.waitForFunction(() => document.getElementById('change-error').textContent.length > 0);
    assert.match(await page.textContent('#change-error'), /不一致[\s\S]*differ/);
    await page.fill('#change-new2', PASS);
    await page.press('#change-new2', 'Enter');
    await page.waitForSelector('#store-overlay', { state: 'hidden', timeout: 30000 });
    let st = await data(page, 'state');
    assert.strictEqual(st.encrypted, true);
    assert.strictEqual(st.state, 'open');
    assert.deepStrictEqual(st.problems, []);
    assert.strictEqual(await page.evaluate(() => localStorage.getItem('rmplanner.rewritingStore')), null);
    await nextFrame(page);
    assert.strictEqual(await tracked(page, 'banner.plain'), null, 'the banner goes once the book is encrypted');
    assert.ok(await tracked(page, 'settings.change_passphrase'));
    assert.ok((await clientNames(page)).includes(NAME));
    assert.deepStrictEqual(errors, []);

    // Closed, before anything opens the profile again: no file of the
    // profile's IndexedDB (LevelDB log, sorted tables, blobs) holds a name or
    // the plain book's own markers. LevelDB compresses table blocks, so a value
    // can hide behind back-references; the format markers below are what a
    // plain bundle always starts with, so at least one would show.
    await ctx.close();
    const needles = [NAME, 'PlainSecretClient', demoName, 'rmplanner-bundle', 'schema_version'];
    assert.deepStrictEqual(inProfileIndexedDb(dir, needles), Object.fromEntries(needles.map((n) => [n, []])),
      'no plain copy of the book left in any IndexedDB file');

    // Nothing lost: the passphrase opens everything.
    ({ context: ctx } = await launch({ userDataDir: dir }));
    const app = await openApp(ctx, url);
    assert.strictEqual((await data(app.page, 'state')).state, 'locked');
    assert.strictEqual((await data(app.page, 'unlock', PASS)).state, 'open');
    assert.ok((await clientNames(app.page)).includes(NAME));
    assert.strictEqual((await data(app.page, 'counts')).clients, 401);
  } finally { await ctx.close(); }
});

test('Settings changes the passphrase through the page dialog', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { passphrase: PASS, demo: true });
    await click(page, 'nav.settings');
    assert.strictEqual(await tracked(page, 'banner.plain'), null, 'no banner for an encrypted book');
    await press(page, 'settings.change_passphrase');
    await page.waitForSelector('#store-passphrase', { state: 'visible' });
    assert.strictEqual(await page.isVisible('#change-old'), true);
    // A wrong current passphrase is refused; nothing changes.
    await page.fill('#change-old', 'not the passphrase at all');
    await page.fill('#change-new', PASS2);
    await page.fill('#change-new2', PASS2);
    await page.press('#change-new2', 'Enter');
    await page.waitForFunction(() => document.getElementById('change-error').textContent.length > 0);
    assert.match(await page.textContent('#change-error'), /口令不正确[\s\S]*Wrong passphrase/);
    // Cancel closes the dialog.
    await page.click('#change-cancel');
    await page.waitForSelector('#store-overlay', { state: 'hidden' });
    await press(page, 'settings.change_passphrase');
    await page.fill('#change-old', PASS);
    await page.fill('#change-new', PASS2);
    await page.fill('#change-new2', PASS2);
    await page.press('#change-new2', 'Enter');
    await page.waitForSelector('#store-overlay', { state: 'hidden', timeout: 30000 });

    await page.reload();
    await page.evaluate(() => window.rmplanner.ready);
    await waitForStoreState(page, 'locked');
    const old = await page.evaluate((p) => window.rmplanner.data.unlock(p).then(() => null, (e) => e.code), PASS);
    assert.strictEqual(old, 'wrong_passphrase');
    assert.strictEqual((await data(page, 'unlock', PASS2)).state, 'open');
    assert.strictEqual((await data(page, 'counts')).clients, 400);
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});
