// The sync with the bank's WebDAV share, from the page (docs/data-format.md,
// "Sync"; docs/deploy.md, "The sync share"). What a sync does is C++
// (share::sync_with_share, in build/web/sync_engine.wasm: src/platform/
// web_sync/sync_engine.cpp); this file is its platform half:
//
//  - the connection (share URL, user, password, share passphrase), sealed
//    under the book's key in the store's own folder (share.rmc), so it lives
//    and dies with the encrypted book and never reaches localStorage; a plain
//    (demo) book keeps it for the session only;
//  - the engine's host: fetch for each request, WebCrypto for sealing and
//    opening files under the share passphrase;
//  - applying a sync: the merged book is imported into the book as it is by
//    then (a restore point first, undo after), so edits made while the sync
//    ran are kept and conflicts land in the conflict list;
//  - when to sync: on demand, when the browser comes online, and every few
//    minutes while changes wait, backing off while the share fails. Work never
//    waits on it: offline is a state, not an error;
//  - the status: last verified sync, changes waiting, the last error in
//    plain words — in the status box (overlay.js) and the hook.
// Published as window.rmplanner.sync (docs/js-hook.md, "Sync").
'use strict';

(function (R) {
  const { S } = R;
  const FILE = 'share.rmc';
  // Not secret (times, counts, the last error), so it may live in localStorage.
  const LS_STATUS = 'rmplanner.sync.status';
  const AUTO_EVERY_MS = 3 * 60000;   // a sync while changes wait
  const PULL_EVERY_MS = 15 * 60000;  // and one now and then for the supervisor's reviews
  const BACKOFF_MS = [30000, 60000, 120000, 300000, 900000];
  const MIN_SHARE_PASSPHRASE = 8;

  const MSG = {
    syncing: ['正在同步…', 'Syncing…'],
    synced: (t) => [`已同步 · ${t}`, `Synced · ${t}`],
    never: ['尚未同步', 'Not synced yet'],
    waiting: (n) => [`${n} 项更改待同步`, `${n} change${n === 1 ? '' : 's'} waiting to sync`],
    offline: ['离线：更改保存在本机，联网后自动同步', 'Offline: changes are kept here and sync when the network is back'],
    failed: (zh, en, t) => [`同步失败：${zh}${t ? `（上次成功同步 ${t}）` : ''}`, `Sync failed: ${en}${t ? ` (last verified sync ${t})` : ''}`],
    notConfigured: ['尚未设置同步服务器：请在“设置 → 同步”中填写', 'No sync share is set: fill it in under Settings → Sync'],
    noUrl: ['请填写共享地址（http:// 或 https:// 开头）', 'Enter the share address (starting with http:// or https://)'],
    shortPassphrase: [`共享加密口令至少 ${MIN_SHARE_PASSPHRASE} 个字符`, `The share passphrase needs at least ${MIN_SHARE_PASSPHRASE} characters`],
    notOpen: ['数据未打开或只读，无法同步', 'The book is not open for writing; it cannot sync'],
    offlineNow: ['无法连接共享文件夹：本机离线。可以继续工作，联网后自动同步',
      'The share cannot be reached: this computer is offline. Work goes on here; it syncs when the network is back'],
    engineMissing: ['同步组件无法加载（请联网后重新打开本页）', 'The sync component could not load (reopen the page while online)'],
    notRemembered: ['本数据未加密：同步设置只保留到关闭本页', 'This book is not encrypted: the sync settings are kept until the page closes'],
    unreadableSettings: ['已保存的同步设置无法打开，请重新填写', 'The saved sync settings cannot be opened; enter them again'],
  };
  const problem = (code, m) => ({ code, path: '', zh: m[0], en: m[1] });
  const hhmm = (ms) => { const d = new Date(ms); return String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0'); };

  // ---- the connection ----------------------------------------------------------
  let conn = null;          // {url, user, password, passphrase}
  let connKey = null;       // the store key CONN was read under (a new key: read again)
  let remembered = false;   // CONN is in share.rmc
  let settingsProblem = null;

  function normaliseUrl(url) {
    const u = String(url || '').trim();
    if (!/^https?:\/\/[^/]/i.test(u)) return null;
    try { new URL(u); } catch (e) { return null; }
    return u.endsWith('/') ? u : u + '/';
  }
  function checkConnection(c) {
    const url = normaliseUrl(c.url);
    if (!url) throw Object.assign(new Error(MSG.noUrl[1]), problem('bad_url', MSG.noUrl));
    const passphrase = String(c.passphrase || '');
    if (passphrase.length < MIN_SHARE_PASSPHRASE) throw Object.assign(new Error(MSG.shortPassphrase[1]), problem('too_short', MSG.shortPassphrase));
    return { url, user: String(c.user || ''), password: String(c.password || ''), passphrase };
  }

  // Reads share.rmc once per store key: after an unlock, and again after a
  // passphrase change re-sealed it.
  let loadedFor;            // the store key share.rmc was last read under
  async function loadConnection() {
    if (conn && connKey !== S.key) forget();  // locked, or the key changed under it
    if (S.state !== 'open' && S.state !== 'read_only') return;
    if (loadedFor === S.key) return;
    loadedFor = S.key;
    connKey = S.key;
    settingsProblem = null;
    if (S.mode !== 'encrypted' || !S.key || !R.exists(FILE)) return;
    try {
      const text = new TextDecoder().decode(await RMEnvelope.open(S.key, R.fileBytes(FILE)));
      conn = checkConnection(JSON.parse(text));
      remembered = true;
    } catch (e) {
      settingsProblem = problem('settings_unreadable', MSG.unreadableSettings);
    }
    R.render();
  }

  async function sealedConnection(c, key) {
    return RMEnvelope.sealBackup(new TextEncoder().encode(JSON.stringify(c)), key);
  }

  async function configure(opts) {
    const c = checkConnection(opts || {});
    conn = c;
    connKey = S.key;
    loadedFor = S.key;
    settingsProblem = null;
    remembered = false;
    if (S.mode === 'encrypted' && S.key && R.writable()) {
      const bytes = await sealedConnection(c, { key: S.key, salt: S.salt, iterations: S.iterations });
      await R.exclusive(async () => { R.writeAtomic(FILE, bytes); await R.syncOut(); });
      remembered = true;
    }
    status.error = null;
    failures = 0;
    saveStatus();
    R.render();
    return settings();
  }

  // The passphrase changed (passphrase.js): share.rmc is sealed again under the new key.
  async function resealFor(oldKey, newKey) {
    if (!R.exists(FILE)) return null;
    const plain = await RMEnvelope.open(oldKey.key, R.fileBytes(FILE));
    return sealedConnection(JSON.parse(new TextDecoder().decode(plain)), newKey);
  }

  function forget() {
    conn = null; connKey = null; loadedFor = undefined; remembered = false; settingsProblem = null;
  }

  function settings() {
    return {
      configured: !!conn,
      url: conn ? conn.url : null,
      user: conn ? conn.user : null,
      has_password: !!(conn && conn.password),
      remembered,
      problem: settingsProblem,
    };
  }

  // ---- the engine, in a worker ------------------------------------------------------
  // The engine and its host (fetch, WebCrypto) run in web/js/sync_worker.js,
  // so the parsing, merging and sealing of a large book never hold up the
  // page. One call at a time: ASYNCIFY suspends one C++ stack, and a second
  // call while it is suspended would run over it.
  let worker = null;
  let nextId = 1;
  const waiting = new Map();
  function startWorker() {
    if (worker) return worker;
    worker = new Worker('js/sync_worker.js');
    worker.onmessage = (e) => {
      const w = waiting.get(e.data.id);
      if (!w) return;
      waiting.delete(e.data.id);
      if (e.data.error) w.reject(Object.assign(new Error(e.data.error.en), e.data.error));
      else w.resolve(e.data.out);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      const err = Object.assign(new Error(MSG.engineMissing[1]), problem('engine_missing', MSG.engineMissing));
      for (const w of waiting.values()) w.reject(err);
      waiting.clear();
      worker.terminate();
      worker = null;
    };
    return worker;
  }
  let engineQueue = Promise.resolve();
  function call(name, args, connection) {
    const run = engineQueue.then(() => new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      const message = { id, name, request: args.request || {}, book: args.book || null, connection };
      startWorker().postMessage(message, args.book ? [args.book.buffer] : []);
    }));
    engineQueue = run.catch(() => {});
    return run;
  }

  // ---- the status ---------------------------------------------------------------
  const status = Object.assign({ lastVerifiedMs: null, lastAttemptMs: null, pending: 0, error: null, lastReport: null },
    (() => { try { return JSON.parse(localStorage.getItem(LS_STATUS)) || {}; } catch (e) { return {}; } })());
  let running = null;
  let failures = 0;
  let nextAutoAt = 0;
  let applying = false;
  function saveStatus() {
    try { localStorage.setItem(LS_STATUS, JSON.stringify({ lastVerifiedMs: status.lastVerifiedMs, lastAttemptMs: status.lastAttemptMs,
      pending: status.pending, error: status.error })); } catch (e) { /* full: the status is shown from memory */ }
  }
  // Every change the book takes (saver.js) waits for the next sync; the
  // sync's own import does not.
  function noteChange() {
    if (applying || !conn) return;
    status.pending += 1;
    saveStatus();
  }

  function statusLine() {
    if (!conn) return settingsProblem ? [settingsProblem.zh, settingsProblem.en, 'warn'] : null;
    const last = status.lastVerifiedMs ? hhmm(status.lastVerifiedMs) : '';
    const waiting = status.pending > 0 ? MSG.waiting(status.pending) : null;
    const join = (m) => waiting ? [m[0] + ' · ' + waiting[0], m[1] + ' · ' + waiting[1]] : m;
    if (running) return [...MSG.syncing, 'busy'];
    if (navigator.onLine === false) return [...join(MSG.offline), 'ok'];
    if (status.error) return [...MSG.failed(status.error.zh, status.error.en, last), 'warn'];
    return [...join(last ? MSG.synced(last) : MSG.never), 'ok'];
  }

  function publicStatus() {
    return {
      configured: !!conn, running: !!running, online: navigator.onLine !== false,
      last_verified_ms: status.lastVerifiedMs, last_attempt_ms: status.lastAttemptMs, pending: status.pending,
      error: status.error, last_report: status.lastReport, next_auto_ms: conn ? nextAutoAt || null : null,
    };
  }

  // ---- one sync -------------------------------------------------------------------
  // The worker failed (its script or module did not load): the error it carries, or ours.
  const engineProblem = (e) => ({ code: e.code || 'engine_missing', path: '', zh: e.zh || MSG.engineMissing[0],
    en: e.en || MSG.engineMissing[1] });

  async function test(opts) {
    const connection = opts && opts.url ? checkConnection(opts) : conn;
    if (!connection) return { ok: false, error: problem('not_configured', MSG.notConfigured) };
    if (navigator.onLine === false) return { ok: false, error: problem('unreachable', MSG.offlineNow) };
    try {
      return await call('rm_share_test', {}, connection);
    } catch (e) {
      return { ok: false, error: engineProblem(e) };
    }
  }

  function failed(error) {
    status.error = error;
    failures += 1;
    nextAutoAt = Date.now() + BACKOFF_MS[Math.min(failures, BACKOFF_MS.length) - 1];
  }

  async function runOnce(opts) {
    await loadConnection();
    if (!conn) return { status: 'refused', error: problem('not_configured', MSG.notConfigured) };
    if (!R.writable()) return { status: 'refused', error: problem('not_writable', MSG.notOpen) };
    status.lastAttemptMs = Date.now();
    const pendingAtStart = status.pending;
    let out;
    if (navigator.onLine === false) {
      // Offline as the browser knows it: no request is tried.
      out = { status: 'share_failed', error: problem('unreachable', MSG.offlineNow), pulled: [], pushed: [], skipped: [], unchanged: [] };
    } else {
      R.setClock();
      if (R.M._rm_store_export() < 0) return { status: 'refused', error: problem('not_writable', MSG.notOpen) };
      const book = R.outBytes().slice();  // handed over to the worker, not copied again
      const request = { today: R.localDate(new Date()), now_ms: Date.now(), confirm_deletions: opts.confirmDeletions === true };
      try {
        out = await call('rm_share_sync', { request, book }, conn);
      } catch (e) {
        out = { status: 'share_failed', error: engineProblem(e) };
      }
    }
    // What the share gave is merged into the book as it is now (an import:
    // restore point, undo, conflicts), also when a push failed after the pull.
    if (out.book_json) {
      applying = true;
      try {
        const r = await R.api.importBundle(out.book_json, { confirmDeletions: true });
        out.applied = r.ok ? { added: r.added, updated: r.updated, deleted: r.deleted, revived: r.revived, conflicts: r.conflicts,
          restore_point_at: r.restore_point_at } : null;
        if (!r.ok) out = { status: 'refused', error: { code: r.problems[0].code, path: '', zh: r.problems[0].message_zh, en: r.problems[0].message_en } };
      } finally { applying = false; }
      delete out.book_json;
    }
    if (out.status === 'synced') {
      status.lastVerifiedMs = Date.now();
      status.pending = Math.max(0, status.pending - pendingAtStart);
      status.error = null;
      failures = 0;
      nextAutoAt = Date.now() + (status.pending > 0 ? AUTO_EVERY_MS : PULL_EVERY_MS);
    } else {
      failed(out.error);
    }
    status.lastReport = out;
    saveStatus();
    return out;
  }

  // One sync at a time; a second request while one runs gets the same result.
  function syncNow(opts) {
    if (!running) {
      running = runOnce(opts || {}).finally(() => { running = null; R.render(); });
      R.render();
    }
    return running;
  }

  // ---- when to sync ---------------------------------------------------------------
  function autoTick() {
    loadConnection().catch(() => {});
    if (!conn || running || navigator.onLine === false || !R.writable()) return;
    if (Date.now() < nextAutoAt) return;
    // A refusal (deletions to confirm, a file not ours) waits for the user.
    if (status.error && status.lastReport && status.lastReport.status === 'refused') return;
    if (!nextAutoAt || status.pending > 0 || Date.now() - (status.lastAttemptMs || 0) >= PULL_EVERY_MS) syncNow({ auto: true }).catch(() => {});
    else nextAutoAt = Date.now() + AUTO_EVERY_MS;
  }
  window.addEventListener('online', () => { nextAutoAt = 0; failures = 0; R.render(); setTimeout(autoTick, 1000); });
  window.addEventListener('offline', () => R.render());
  setInterval(autoTick, 5000);

  const api = {
    // {url, user, password, passphrase}: checked, then sealed into the book's store.
    configure: async (opts) => configure(opts),
    settings: async () => { await loadConnection(); return settings(); },
    // PROPFIND of the share's root with these settings (or OPTS): {ok} or {ok: false, error: {code, zh, en}}.
    test: async (opts) => { await loadConnection(); return test(opts); },
    // One sync now: the report of share_sync_json plus `applied` (the import).
    syncNow: async (opts) => syncNow(opts),
    status: async () => { await loadConnection(); return publicStatus(); },
  };
  function installHook() {
    window.rmplanner = window.rmplanner || {};
    window.rmplanner.sync = api;
  }

  R.shareSync = { FILE, current: () => conn, statusLine, noteChange, forget, resealFor, installHook, configure, test, syncNow, settings,
    loadConnection, publicStatus, MIN_SHARE_PASSPHRASE };
})(window.RMStore);
