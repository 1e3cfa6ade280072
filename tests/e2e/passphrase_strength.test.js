// Passphrase strength (docs/storage.md, "Choosing a passphrase"): the set-up,
// change and enable-encryption forms show zxcvbn's estimate as the user
// types, and every path — the forms and the hook's setup / setPassphrase —
// refuses the weakest (score below 3) with a clear message. The estimator
// is loaded only when a passphrase is being chosen.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { startServer, reloadApp, launch, openApp, openWithBook, press, click, data } = require('./helpers');

const STRONG = 'strong 口令 for strength 2026';
let server, url;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

const code = (page, fn, ...args) => page.evaluate(([f, a]) => window.rmplanner.data[f](...a).then(() => null,
  (e) => ({ code: e.code, zh: e.message_zh, en: e.message_en, score: e.score })), [fn, args]);

test('set-up shows the strength as one types and refuses a guessable passphrase (form and hook)', async () => {
  const { context } = await launch();
  try {
    const { page, errors } = await openApp(context, url);

    // The meter follows the typing.
    await page.fill('#setup-pass', 'password1');
    await page.waitForFunction(() => document.getElementById('setup-meter').dataset.score === '0');
    assert.match(await page.textContent('#setup-meter'), /很弱[\s\S]*very weak/);
    await page.fill('#setup-pass', STRONG);
    await page.waitForFunction(() => Number(document.getElementById('setup-meter').dataset.score) >= 3);
    assert.match(await page.textContent('#setup-meter'), /可以使用[\s\S]*Good enough/);

    // The form refuses a weak one, says why in both languages, and sets nothing up.
    await page.fill('#setup-pass', 'password1');
    await page.fill('#setup-pass2', 'password1');
    await page.press('#setup-pass2', 'Enter');
    await page.waitForFunction(() => document.getElementById('setup-error').textContent.length > 0);
    const msg = await page.textContent('#setup-error');
    assert.match(msg, /口令太容易被猜到/);
    assert.match(msg, /too easy to guess/);
    assert.match(msg, /longer phrase/);
    assert.strictEqual((await data(page, 'state')).state, 'needs_setup');

    // The hook refuses the same, with a code; 8 characters are not enough.
    for (const weak of ['12345678', 'password', 'qwertyuiop', 'rmplanner2026']) {
      const r = await code(page, 'setup', { passphrase: weak });
      assert.strictEqual(r && r.code, 'weak_passphrase', `${weak} refused`);
      assert.ok(r.score < 3 && /口令太容易被猜到/.test(r.zh) && /too easy to guess/.test(r.en));
    }
    const s = await data(page, 'passphraseStrength', STRONG);
    assert.ok(s.acceptable && s.score >= 3);
    assert.strictEqual((await data(page, 'passphraseStrength', 'abc12345')).acceptable, false);
    assert.strictEqual((await data(page, 'state')).state, 'needs_setup');

    assert.strictEqual((await data(page, 'setup', { passphrase: STRONG, demo: true })).state, 'open');
    assert.deepStrictEqual(errors, []);
  } finally { await context.close(); }
});

test('changing the passphrase and turning encryption on refuse a guessable one too', async () => {
  const { context } = await launch();
  try {
    // Encrypted: the hook and the Settings dialog.
    const { page } = await openWithBook(context, url, { passphrase: STRONG, demo: true });
    const r = await code(page, 'setPassphrase', STRONG, 'password123');
    assert.strictEqual(r && r.code, 'weak_passphrase');
    await click(page, 'nav.settings');
    await press(page, 'settings.change_passphrase');
    await page.fill('#change-old', STRONG);
    await page.fill('#change-new', 'iloveyou1');
    await page.waitForFunction(() => document.getElementById('change-meter').dataset.score !== '' &&
      Number(document.getElementById('change-meter').dataset.score) < 3);
    await page.fill('#change-new2', 'iloveyou1');
    await page.press('#change-new2', 'Enter');
    await page.waitForFunction(() => document.getElementById('change-error').textContent.length > 0);
    assert.match(await page.textContent('#change-error'), /口令太容易被猜到[\s\S]*too easy to guess/);
    await page.click('#change-cancel');
    // The old passphrase still opens the book. The estimator is not loaded
    // at start-up (the unlock screen needs none).
    await reloadApp(page);
    assert.strictEqual(await page.evaluate(() => typeof window.zxcvbn), 'undefined', 'not loaded at start-up');
    assert.strictEqual((await data(page, 'unlock', STRONG)).state, 'open');
  } finally { await context.close(); }

  const { context: c2 } = await launch();
  try {
    // Plain: turning encryption on (the hook) with a weak passphrase changes nothing.
    const { page } = await openWithBook(c2, url, { demo: true });
    const r = await code(page, 'setPassphrase', '', 'abcd1234');
    assert.strictEqual(r && r.code, 'weak_passphrase');
    assert.strictEqual((await data(page, 'state')).encrypted, false);
  } finally { await c2.close(); }
});
