// The offline app (web/sw.js, web/js/update.js; docs/deploy.md, "Offline and
// updates"): after one online visit the app starts, unlocks and saves with the
// server gone and the network off; a new build is offered and taken only
// when the user accepts, with nothing lost; a broken new build never replaces
// the working one; the manifest makes the app installable.
//
// Each test serves its own copy of the build from a temporary folder, so it
// can deploy a changed build ("B") under the same address.
'use strict';
const { test } = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { listen } = require('../../scripts/serve.js');
const { WEB, launch, openApp, openWithBook, waitForStoreState, unlockWithForm } = require('./helpers.js');

const ROOT = path.join(__dirname, '..', '..');
const PASS = 'offline-test-passphrase-7';

// A copy of the build to serve (build A).
function copyBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmplanner-site-'));
  fs.cpSync(WEB, dir, { recursive: true });
  return dir;
}

// Deploys a changed build B into DIR: one file changed and the build step that
// lists the files and writes sw.js run again, as a real build would (with the
// served build's own worker code as the template).
function deployChangedBuild(dir, tag) {
  fs.appendFileSync(path.join(dir, 'css', 'update.css'), `\n/* build ${tag} */\n`);
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build', 'precache.js'), dir,
    path.join(dir, 'sw.js')], { stdio: 'pipe' });
  return JSON.parse(fs.readFileSync(path.join(dir, 'asset-manifest.json'), 'utf8')).build;
}

async function stop(server) {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
}

async function poll(page, fn, arg, what, timeoutMs = 30000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await page.evaluate(fn, arg);
    if (v) return v;
    if (Date.now() > until) throw new Error('timed out waiting for ' + what);
    await page.waitForTimeout(100);
  }
}

// Until the worker has precached the build and controls the page; its build.
async function workerBuild(page) {
  return poll(page, async () => {
    const s = await window.rmplanner.update.state();
    return s.controlled && s.build;
  }, null, 'the service worker to control the page');
}

const cacheNames = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('rmplanner-')).sort());
const clientCount = async (page) => (await page.evaluate(() => window.rmplanner.data.counts())).clients;
const addClient = (page, name) => page.evaluate((n) => window.rmplanner.data.dispatch({ command: 'create_client', name: n }), name);

test('after one online visit the app starts, unlocks and saves with the server gone and the network off', async () => {
  const site = copyBuild();
  const server = await listen(site, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { passphrase: PASS });
    await waitForStoreState(page, 'open');
    await workerBuild(page);
    const before = await clientCount(page);

    // No server and no network: a page that is not cached cannot load at all.
    await stop(server);
    await context.setOffline(true);

    await page.reload();
    await page.evaluate(() => window.rmplanner.ready);
    await unlockWithForm(page, PASS);
    assert.strictEqual(await clientCount(page), before, 'the book opened offline');
    const r = await addClient(page, '离线新客户');
    assert.ok(r.ok, JSON.stringify(r));
    const saved = await page.evaluate(() => window.rmplanner.data.saved());
    assert.strictEqual(saved.durable, true);

    // A fresh navigation (another query, as a bookmark would have) also works.
    await page.goto(url + '?from=bookmark');
    await page.evaluate(() => window.rmplanner.ready);
    await unlockWithForm(page, PASS);
    assert.strictEqual(await clientCount(page), before + 1, 'the edit made offline survived an offline reload');
    // The cached files keep the server's security headers.
    const csp = await page.evaluate(async () => (await fetch('index.html')).headers.get('content-security-policy'));
    assert.match(csp || '', /frame-ancestors 'none'/);
    assert.deepStrictEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|sw\.js/.test(e)), []);
  } finally {
    await context.close();
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('a new build is offered, never forced: "Later" keeps working, "Reload" saves first and switches', async () => {
  const site = copyBuild();
  const server = await listen(site, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const { context } = await launch();
  try {
    const { page, errors } = await openWithBook(context, url, { demo: true });
    await waitForStoreState(page, 'open');
    const buildA = await workerBuild(page);
    const before = await clientCount(page);
    await page.evaluate(() => { window.__sameDocument = true; });

    const buildB = deployChangedBuild(site, 'B');
    assert.notStrictEqual(buildB, buildA);
    await page.evaluate(() => window.rmplanner.update.check());
    await page.waitForSelector('#update-banner', { state: 'visible', timeout: 30000 });
    assert.match(await page.textContent('#update-text'), /新版本已就绪 — 重新加载.*New version ready — reload/);

    // Something unsaved while the prompt is up: the page does not reload by itself.
    assert.ok((await addClient(page, '更新前客户')).ok);
    await page.waitForTimeout(1500);
    assert.strictEqual(await page.evaluate(() => window.__sameDocument), true, 'the page reloaded by itself');
    // Both versions are cached until the new one takes over.
    assert.deepStrictEqual(await cacheNames(page), [`rmplanner-${buildA}`, `rmplanner-${buildB}`].sort());

    // "Later": the banner goes, the running version keeps working and saving.
    await page.click('#update-later');
    assert.strictEqual(await page.isVisible('#update-banner'), false);
    assert.ok((await addClient(page, '稍后客户')).ok);
    assert.strictEqual((await page.evaluate(() => window.rmplanner.data.saved())).durable, true);
    assert.strictEqual((await page.evaluate(() => window.rmplanner.update.state())).build, buildA);

    // The prompt returns on the next check. While a save cannot complete
    // (the disk full), "Reload" does not reload: it says why, the update waits.
    await page.evaluate(() => window.rmplanner.update.check());
    await page.waitForSelector('#update-reload', { state: 'visible' });
    await page.evaluate(() => {
      window.__put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    });
    assert.ok((await addClient(page, '磁盘满时客户')).ok);
    await page.click('#update-reload');
    await page.waitForFunction(() => /尚未保存/.test(document.getElementById('update-text').textContent), null, { timeout: 30000 });
    assert.strictEqual(await page.evaluate(() => window.__sameDocument), true, 'reloaded with an unsaved edit');
    assert.strictEqual((await page.evaluate(() => window.rmplanner.update.state())).waiting, true);
    await page.evaluate(() => { IDBObjectStore.prototype.put = window.__put; });

    // "Reload" right after an edit, inside the save delay: the edits are
    // saved before the switch.
    assert.ok((await addClient(page, '重新加载前客户')).ok);
    const reloaded = page.waitForEvent('load', { timeout: 30000 });
    await page.click('#update-reload');
    await reloaded;
    await page.evaluate(() => window.rmplanner.ready);
    await waitForStoreState(page, 'open');
    assert.strictEqual(await page.evaluate(() => window.__sameDocument), undefined);
    assert.strictEqual(await workerBuild(page), buildB, 'the page now runs build B');
    assert.strictEqual(await clientCount(page), before + 4, 'no edit was lost in the switch');
    // The old version's cache is gone once the new one took over.
    await poll(page, async () => (await caches.keys()).filter((k) => k.startsWith('rmplanner-')).length === 1,
      null, 'the old cache to go');
    assert.deepStrictEqual(await cacheNames(page), [`rmplanner-${buildB}`]);
    assert.deepStrictEqual(errors, []);
  } finally {
    await context.close();
    await stop(server);
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('a broken new build (a cut-off file, a missing file) never replaces the working version', async () => {
  const site = copyBuild();
  const server = await listen(site, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const { context } = await launch();
  try {
    const { page } = await openWithBook(context, url, { demo: true });
    await waitForStoreState(page, 'open');
    const buildA = await workerBuild(page);

    // Build B arrives half-copied: app.wasm cut off in the middle.
    deployChangedBuild(site, 'B');
    const wasm = path.join(site, 'app.wasm');
    const whole = fs.readFileSync(wasm);
    fs.writeFileSync(wasm, whole.subarray(0, whole.length >> 1));
    await page.evaluate(() => window.rmplanner.update.check());
    // The reason comes in the worker's message, which may follow its failure.
    const failure = async () => {
      const f = (await window.rmplanner.update.state()).update_failed;
      return f && f !== 'install_failed' ? f : null;
    };
    const failed = await poll(page, failure, null, 'the update to fail, with its reason');
    assert.match(failed, /app\.wasm/);
    assert.match(await page.textContent('#update-text'), /未安装.*not installed/);
    assert.strictEqual((await page.evaluate(() => window.rmplanner.update.state())).waiting, false);
    assert.deepStrictEqual(await cacheNames(page), [`rmplanner-${buildA}`]);

    // Reloading (online, the broken files on the server) still runs build A.
    await page.reload();
    await page.evaluate(() => window.rmplanner.ready);
    await waitForStoreState(page, 'open');
    assert.strictEqual(await workerBuild(page), buildA);
    assert.ok((await addClient(page, '仍可使用')).ok);

    // Build C lacks a file (404): refused the same way.
    fs.writeFileSync(wasm, whole);
    deployChangedBuild(site, 'C');
    fs.rmSync(path.join(site, 'fonts', 'ui.ttf'));
    await page.evaluate(() => window.rmplanner.update.check());
    assert.match(await poll(page, failure, null, 'the update to fail, with its reason'), /ui\.ttf: HTTP 404/);
    assert.deepStrictEqual(await cacheNames(page), [`rmplanner-${buildA}`]);
    assert.strictEqual((await page.evaluate(() => window.rmplanner.data.saved())).durable, true);
  } finally {
    await context.close();
    await stop(server);
    fs.rmSync(site, { recursive: true, force: true });
  }
});

// Width and height from a PNG's IHDR chunk.
function pngSize(buf) {
  assert.strictEqual(buf.subarray(1, 4).toString('latin1'), 'PNG');
  return `${buf.readUInt32BE(16)}x${buf.readUInt32BE(20)}`;
}

test('the web app manifest is valid and the app is installable', async () => {
  const server = await listen(WEB, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const { context } = await launch();
  try {
    const { page } = await openApp(context, url);
    await workerBuild(page);
    const res = await page.request.get(url + 'manifest.webmanifest');
    assert.strictEqual(res.headers()['content-type'], 'application/manifest+json');
    const m = await res.json();
    assert.match(m.name, /RM Planner/);
    assert.match(m.short_name, /^[\u4e00-\u9fff]+$/, 'a Chinese short name');
    assert.strictEqual(m.display, 'standalone');
    assert.ok(m.start_url && m.theme_color && m.background_color);
    const want = [['192x192', 'any'], ['512x512', 'any'], ['512x512', 'maskable']];
    for (const [sizes, purpose] of want) {
      const icon = m.icons.find((i) => i.sizes === sizes && i.purpose === purpose && i.type === 'image/png');
      assert.ok(icon, `an icon ${sizes} ${purpose}`);
      const png = await page.request.get(new URL(icon.src, url).href);
      assert.strictEqual(png.status(), 200);
      assert.strictEqual(pngSize(await png.body()), sizes, icon.src);
    }
    // Chromium's own verdict: the manifest parses and the app can be installed.
    const cdp = await context.newCDPSession(page);
    const parsed = await cdp.send('Page.getAppManifest');
    assert.deepStrictEqual(parsed.errors, []);
    const inst = await cdp.send('Page.getInstallabilityErrors');
    assert.deepStrictEqual(inst.installabilityErrors, []);
  } finally {
    await context.close();
    await stop(server);
  }
});
