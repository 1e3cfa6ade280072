// Shared set-up for the browser tests: serve build/web on 127.0.0.1, start
// Debian's Chromium headless through playwright-core, collect console errors.
'use strict';
const path = require('path');
const fs = require('fs');
const os = require('os');
const { chromium } = require('playwright-core');
const { listen } = require('../../scripts/serve.js');

const ROOT = path.join(__dirname, '..', '..');
// RM_WEB_DIR (relative to the repo root) serves another build, e.g. build/h5/web.
const WEB = process.env.RM_WEB_DIR ? path.resolve(ROOT, process.env.RM_WEB_DIR) : path.join(ROOT, 'build', 'web');
const SCREENSHOTS = path.join(ROOT, 'build', 'screenshots');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader'];

// CONNECT_SRC (an array, read per request): origins the page may also fetch
// from, added to the CSP's connect-src (a sync share on another port).
async function startServer(connectSrc) {
  const server = await listen(WEB, 0, connectSrc);
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

// A persistent profile, so reload tests see what IndexedDB kept.
async function launch({ width = 1280, height = 800, deviceScaleFactor = 1, userDataDir } = {}) {
  const dir = userDataDir || fs.mkdtempSync(path.join(os.tmpdir(), 'rmplanner-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true,
    viewport: { width, height }, deviceScaleFactor,
  });
  return { context, dir };
}

// Opens the app and records console errors and page errors for the test to assert on.
async function openApp(context, url) {
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.evaluate(() => window.rmplanner.ready);
  await nextFrame(page);
  return { page, errors };
}

async function nextFrame(page) {
  await page.evaluate(() => window.rmplanner.ui.nextFrame());
}

async function rect(page, id) {
  await nextFrame(page);
  const r = await page.evaluate((i) => window.rmplanner.ui.itemRect(i), id);
  if (!r) throw new Error(`widget ${id} is not on screen`);
  return r;
}

// Clicks the centre of a named widget, as a person would.
async function click(page, id) {
  const r = await rect(page, id);
  await page.mouse.click(r.x + r.w / 2, r.y + r.h / 2);
  await nextFrame(page);
}

async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name + '.png') });
}

// The share of screenshot pixels that differ from the most common colour:
// 0 for a blank canvas, a few percent for a screen with text and frames.
async function inkRatio(page) {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map();
    for (let i = 0; i < px.length; i += 4) {
      const k = (px[i] << 16) | (px[i + 1] << 8) | px[i + 2];
      counts.set(k, (counts.get(k) || 0) + 1);
    }
    const top = Math.max(...counts.values());
    return 1 - top / (px.length / 4);
  }, png);
}

module.exports = { inkRatio, startServer, launch, openApp, nextFrame, rect, click, screenshot, WEB };

// ---- storage (tests/e2e/storage.test.js) ------------------------------------

// Opens the app and, on a fresh profile, sets the book up: {demo: true} for
// the unencrypted demo store, {passphrase} for an encrypted one.
async function openWithBook(context, url, setup = { demo: true }) {
  const app = await openApp(context, url);
  const st = await app.page.evaluate(() => window.rmplanner.data.state());
  if (st.state === 'needs_setup') await app.page.evaluate((s) => window.rmplanner.data.setup(s), setup);
  return app;
}

// Reloads the page and waits until storage has opened (or asks for the passphrase).
async function reloadApp(page) {
  await page.reload();
  await page.evaluate(() => window.rmplanner.ready);
  // The page before the reload may still be letting go of the writer's lock:
  // this page then opens read-only and takes over when the lock comes
  // (web/js/session.js). Wait for that, a few seconds at most; a page that
  // stays read-only is answered as it is.
  const until = Date.now() + 10000;
  for (;;) {
    const st = await page.evaluate(() => window.rmplanner.data.state());
    if (st.state !== 'read_only' || Date.now() > until) return st;
    await page.waitForTimeout(50);
  }
}

// Reads the IDBFS database of the store straight from IndexedDB (as an
// attacker with the disk would) and reports which stored files contain each
// needle as UTF-8 bytes: {files: [{key, size}], hits: {needle: [key…]}}.
async function searchIndexedDb(page, needles, dbName = '/store') {
  return page.evaluate(async ({ needles, dbName }) => {
    const req = (r) => new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const db = await req(indexedDB.open(dbName));
    const tx = db.transaction('FILE_DATA', 'readonly');
    const store = tx.objectStore('FILE_DATA');
    const keys = await req(store.getAllKeys());
    const values = await req(store.getAll());
    db.close();
    const latin = new TextDecoder('latin1');
    const files = [];
    const hits = Object.fromEntries(needles.map((n) => [n, []]));
    keys.forEach((key, i) => {
      const c = values[i] && values[i].contents;
      if (!c) return;
      const bytes = c instanceof Uint8Array ? c : new Uint8Array(c);
      files.push({ key: String(key), size: bytes.length });
      const hay = latin.decode(bytes);
      for (const n of needles) if (hay.includes(latin.decode(new TextEncoder().encode(n)))) hits[n].push(String(key));
    });
    return { files, hits };
  }, { needles, dbName });
}

module.exports.openWithBook = openWithBook;
module.exports.reloadApp = reloadApp;
module.exports.searchIndexedDb = searchIndexedDb;

// ---- a person at the screen (morning_walk, screens, keyboard tests) ---------

// The widget's rectangle, or null when it was not drawn in the last frame.
async function tracked(page, id) {
  await nextFrame(page);
  return page.evaluate((i) => window.rmplanner.ui.itemRect(i), id);
}

// The text a widget carries (a field's value, a figure); throws when absent.
async function text(page, id) {
  return (await rect(page, id)).text;
}

// Scrolls the screen (mouse wheel over the screen area, right of the
// navigation) until the widget is fully on screen, and returns its rectangle.
async function reveal(page, id) {
  const { width, height } = page.viewportSize();
  for (let n = 0; n < 40; n++) {
    const r = await tracked(page, id);
    if (r && r.visible && r.y >= 0 && r.y + r.h <= height - 4) return r;
    await page.mouse.move(Math.round(width * 0.6), Math.round(height / 2));
    await page.mouse.wheel(0, !r || r.y + r.h > height - 4 ? 160 : -160);
  }
  throw new Error(`widget ${id} cannot be scrolled into view`);
}

// Clicks a widget after scrolling it into view. Table rows and headers take
// a click only after the pointer rested on them for a frame: hover first.
async function press(page, id, { hover = false, clickCount = 1 } = {}) {
  const r = await reveal(page, id);
  const x = r.x + r.w / 2, y = r.y + r.h / 2;
  if (hover) {
    await page.mouse.move(x, y);
    await nextFrame(page);
  }
  await page.mouse.click(x, y, { clickCount });
  await nextFrame(page);
}

// Clicks a text field and types VALUE through the IME path (as committed
// text), then checks the field holds it.
async function fill(page, id, value) {
  await press(page, id);
  await page.keyboard.insertText(value);
  await nextFrame(page);
  const got = await text(page, id);
  if (got !== value) throw new Error(`field ${id} holds ${JSON.stringify(got)}, typed ${JSON.stringify(value)}`);
}

async function waitForStoreState(page, wanted, timeoutMs = 30000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    // Across a reload (the lock reloads the page) the hook may be missing or
    // the page navigating: that is "not yet".
    const st = await page.evaluate(() => (window.rmplanner && window.rmplanner.data
      ? window.rmplanner.data.state() : { state: 'reloading' })).catch(() => ({ state: 'reloading' }));
    if (st.state === wanted) return st;
    if (Date.now() > until) throw new Error(`store is ${st.state}, waited for ${wanted}`);
    await page.waitForTimeout(50);
  }
}

// First run through the page's own form, as a person does it: with a
// passphrase an encrypted store with the demo book, without one the
// "demo data without encryption" button.
async function setupWithForm(page, passphrase) {
  await page.waitForSelector('#store-setup', { state: 'visible' });
  if (passphrase) {
    await page.fill('#setup-pass', passphrase);
    await page.fill('#setup-pass2', passphrase);
    await page.press('#setup-pass2', 'Enter');
  } else {
    await page.click('#setup-plain');
  }
  const st = await waitForStoreState(page, 'open');
  await nextFrame(page);
  return st;
}

// The unlock form after a reload (or the idle lock).
async function unlockWithForm(page, passphrase) {
  await page.waitForSelector('#unlock-pass', { state: 'visible' });
  await page.fill('#unlock-pass', passphrase);
  await page.press('#unlock-pass', 'Enter');
  const st = await waitForStoreState(page, 'open');
  await nextFrame(page);
  return st;
}

// The names in Today's plan, top to bottom, as the last frame drew them.
async function agendaNames(page) {
  const rows = [];
  for (let i = 0; i < 200; i++) {
    const r = await page.evaluate((id) => window.rmplanner.ui.itemRect(id), `today.agenda.row.${i}`);
    if (!r) break;
    rows.push(r.text);
  }
  return rows;
}

Object.assign(module.exports, { tracked, text, reveal, press, fill, waitForStoreState, setupWithForm, unlockWithForm,
  agendaNames });

// One call of the storage hook, rmplanner.data.FN(...ARGS), in the page.
const data = (page, fn, ...args) => page.evaluate(([f, a]) => window.rmplanner.data[f](...a), [fn, args]);
// Every client's name, from a plain export of the book.
const clientNames = async (page) => JSON.parse(await data(page, 'exportBundle', { plain: true })).clients.map((c) => c.name);
// The page's local date DAYS from today, as the app's "today" is.
const localDate = (page, days) => page.evaluate((n) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
}, days);

Object.assign(module.exports, { data, clientNames, localDate });

// ---- files between people (plan files, hand-ins, review files) ------------

// The backup dialog, open, its key section read.
async function openBackupDialog(page) {
  await page.evaluate(() => RMBackup.open());
  await page.waitForSelector('#backup-dialog', { state: 'visible' });
  await page.waitForFunction(() => document.getElementById('keys-own-status').textContent.length > 0);
}

// Imports FILE through the app's import dialog (its preview, then apply),
// or the backup dialog's import where there is no separate import dialog.
// PASSPHRASE opens a file encrypted under an export passphrase. Answers
// the message or error shown.
async function importFile(page, file, { passphrase } = {}) {
  const buffer = fs.readFileSync(file);
  const upload = { name: path.basename(file), mimeType: 'application/octet-stream', buffer };
  if (await page.evaluate(() => typeof window.RMImport !== 'undefined')) {
    // That dialog's buttons are pressed through the DOM: this test is about
    // the file's key, not the dialog's layout.
    const press = (id) => page.$eval(id, (b) => b.click());
    await page.evaluate(() => RMImport.open());
    await page.setInputFiles('#import-file', upload);
    if (passphrase) await page.fill('#import-pass', passphrase);
    await press('#import-preview');
    await page.waitForFunction(() => document.getElementById('import-error').textContent.length > 0 ||
      document.getElementById('import-preview-box').textContent.length > 0);
    const err = await page.textContent('#import-error');
    if (err) { await press('#import-cancel'); return { error: err }; }
    await page.waitForFunction(() => !document.getElementById('import-apply').disabled);
    await press('#import-apply');
    await page.waitForFunction(() => document.getElementById('import-error').textContent.length > 0 ||
      /已导入|Imported/.test(document.getElementById('import-message').textContent));
    const out = { error: await page.textContent('#import-error'), message: await page.textContent('#import-message') };
    await press('#import-cancel');
    return out;
  }
  await openBackupDialog(page);
  await page.setInputFiles('#backup-import-file', upload);
  await page.click('#backup-import');
  await page.waitForFunction(() => document.getElementById('backup-error').textContent.length > 0 ||
    /已导入/.test(document.getElementById('backup-message').textContent));
  const out = { error: await page.textContent('#backup-error'), message: await page.textContent('#backup-message') };
  await page.click('#backup-close');
  return out;
}

Object.assign(module.exports, { openBackupDialog, importFile });

// ---- other managers' books (the supervisor's side) -------------------------

// Another manager's book as her own app would hand it over: a CLI demo book
// of CLIENTS clients in folder DIR whose owner is renamed NAME (the demo names
// every owner alike). Answers {file, book}.
function otherManagersBook(dir, seed, name, clients = 40) {
  const { spawnSync } = require('child_process');
  const cli = path.resolve(ROOT, process.env.RM_BUILD || 'build/native', 'rmplanner');
  const file = path.join(dir, `manager-${seed}.json`);
  const r = spawnSync(cli, ['demo', '--clients', String(clients), '--seed', String(seed), '--out', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cli} demo: ${r.stderr}`);
  const book = JSON.parse(fs.readFileSync(file, 'utf8'));
  book.managers.find((m) => m.id === book.settings.owner_manager_id).name = name;
  fs.writeFileSync(file, JSON.stringify(book));
  return { file, book };
}
module.exports.otherManagersBook = otherManagersBook;
