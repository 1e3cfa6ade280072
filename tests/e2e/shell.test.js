// The app shell in a real browser: loads without errors, draws, switches
// language, and takes Chinese text through the IME path.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { inkRatio, startServer, launch, openWithBook, nextFrame, rect, click, screenshot } = require('./helpers');

let server, url, browser;
test.before(async () => { ({ server, url } = await startServer()); });
test.after(async () => { server.close(); });

test('loads, draws and reports its version', async () => {
  ({ context: browser } = await launch());
  try {
    const { page, errors } = await openWithBook(browser, url);
    assert.match(await page.evaluate(() => window.rmplanner.version()), /^\d+\.\d+\.\d+$/);
    const ink = await inkRatio(page);
    assert.ok(ink > 0.005, `only ${(ink * 100).toFixed(2)} % of the screen is drawn: canvas looks blank`);
    assert.strictEqual(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    assert.deepStrictEqual(errors, []);
  } finally { await browser.close(); }
});

test('switches language at run time', async () => {
  ({ context: browser } = await launch());
  try {
    const { page, errors } = await openWithBook(browser, url);
    await click(page, 'nav.settings');
    await click(page, 'settings.language.en');
    await nextFrame(page);
    assert.strictEqual(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.strictEqual(await page.title(), 'RM Planner');
    await click(page, 'settings.language.zh');
    assert.strictEqual(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    assert.deepStrictEqual(errors, []);
  } finally { await browser.close(); }
});

test('types Chinese through the IME path, edits and reads it back', async () => {
  ({ context: browser } = await launch());
  try {
    const { page, errors } = await openWithBook(browser, url);
    await click(page, 'nav.clients');
    await click(page, 'clients.search');
    await page.keyboard.insertText('张伟');
    assert.strictEqual((await rect(page, 'clients.search')).text, '张伟');
    // Plain typing arrives once (no doubled letters) and Backspace deletes one character.
    await page.keyboard.type('ab');
    await page.keyboard.press('Backspace');
    assert.strictEqual((await rect(page, 'clients.search')).text, '张伟a');
    // A real IME composition (as Pinyin input produces) commits its text once.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'li', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '李' });
    assert.strictEqual((await rect(page, 'clients.search')).text, '张伟a李');
    assert.deepStrictEqual(errors, []);
  } finally { await browser.close(); }
});

test('draws nothing while idle', async () => {
  ({ context: browser } = await launch());
  try {
    const { page } = await openWithBook(browser, url);
    await page.waitForTimeout(300);
    const frames = await page.evaluate(() => new Promise((res) => {
      let n = 0;
      const orig = Module._rm_frame;
      Module._rm_frame = (t) => { n++; return orig(t); };
      setTimeout(() => { Module._rm_frame = orig; res(n); }, 1000);
    }));
    assert.strictEqual(frames, 0, `drew ${frames} frames in an idle second`);
  } finally { await browser.close(); }
});
