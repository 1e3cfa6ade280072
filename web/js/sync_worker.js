// The sync engine's worker (web/js/share_sync.js starts it): the C++ sync
// (build/web/sync_engine.js + .wasm, src/platform/web_sync/sync_engine.cpp)
// and the platform work it asks for — a request through fetch, a file sealed
// or opened under the share passphrase with WebCrypto. In a worker, so that
// parsing, merging and sealing a 10 000-client book never hold up the page
// (docs/data-format.md, "Sync", "In the browser").
//
// Message in:  {id, name: 'rm_share_test' | 'rm_share_sync', request, book (Uint8Array|null),
//               connection: {url, user, password, passphrase}}
// Message out: {id, out} (the engine's JSON answer) or {id, error: {code, en, zh}}
'use strict';
importScripts('envelope.js', '../sync_engine.js');

const TIMEOUT_MS = 20000;  // one request; a share that does not answer is unreachable
const MSG = {
  otherPassphrase: ['此文件用另一个共享加密口令加密，无法打开；请核对“设置 → 同步”中的共享加密口令',
    'This file was encrypted with another share passphrase and cannot be opened; check the share passphrase under Settings → Sync'],
  damaged: ['此文件已损坏或被改动，无法打开', 'This file is damaged or was altered and cannot be opened'],
  engineMissing: ['同步组件无法加载（请联网后重新打开本页）', 'The sync component could not load (reopen the page while online)'],
};
const problem = (code, m) => ({ code, path: '', zh: m[0], en: m[1] });

let active = null;  // the connection of the call under way

// ---- requests ----------------------------------------------------------------------
const utf8 = (s) => new TextEncoder().encode(s);
function basic(user, password) {
  let bin = '';
  for (const b of utf8(user + ':' + password)) bin += String.fromCharCode(b);
  return 'Basic ' + btoa(bin);
}
// A path on the share as a URL path: every byte but the unreserved ones and
// "/" percent-encoded (src/sync/share/http_exchange.cpp, encode_path).
function encodePath(p) {
  let out = '';
  for (const b of utf8(p)) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-._~/]/.test(c) ? c : '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

// Why a fetch gave no answer: the browser says only "TypeError". A
// cross-origin share that answers an opaque request is there, so CORS
// withheld the answer; one that does not is unreachable.
async function whyNoAnswer(url, method, err) {
  const detail = String((err && err.message) || err);
  if (err && err.name === 'AbortError') return { failure: 'unreachable', detail: 'no answer within ' + TIMEOUT_MS / 1000 + ' s' };
  if (navigator.onLine === false) return { failure: 'unreachable', detail: 'offline' };
  const target = new URL(url);
  if (target.origin !== self.location.origin) {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), TIMEOUT_MS);
    try {
      await fetch(target.origin + '/', { mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: ctrl.signal });
      return { failure: 'cors_refused', detail };
    } catch (e) { /* not there either */ } finally { clearTimeout(timer); }
  }
  // A write whose connection broke: it may or may not have arrived.
  if (method === 'PUT') return { failure: 'connection_dropped', detail };
  return { failure: 'unreachable', detail };
}

async function send(req) {
  const url = active.url + encodePath(req.path);
  const headers = new Headers();
  for (const [k, v] of req.headers) headers.append(k, v);
  if (active.user || active.password) headers.set('Authorization', basic(active.user, active.password));
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), TIMEOUT_MS);
  try {
    const res = await fetch(url, {
      method: req.method, headers, body: req.body.length ? req.body : undefined,
      // Never an answer from the HTTP cache: a read-back must be the server's.
      cache: 'no-store', credentials: 'omit', redirect: 'follow', signal: ctrl.signal,
    });
    const body = new Uint8Array(await res.arrayBuffer());
    return { status: res.status, headers: [...res.headers], body };
  } catch (e) {
    return Object.assign({ status: 0, headers: [], body: new Uint8Array(0) }, await whyNoAnswer(url, req.method, e));
  } finally { clearTimeout(timer); }
}

// ---- files under the share passphrase ---------------------------------------------
// A key per salt, derived once (PBKDF2, 600 000 rounds) and kept while the
// passphrase stays the same; files this worker writes share one salt.
const keys = new Map();
let sealKey = null;
let keysPassphrase = null;
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
function keysFor(passphrase) {
  if (keysPassphrase !== passphrase) { keys.clear(); sealKey = null; keysPassphrase = passphrase; }
}
async function seal(json) {
  keysFor(active.passphrase);
  if (!sealKey) {
    const salt = RMEnvelope.newSalt();
    const iterations = RMEnvelope.constants.MIN_ITERATIONS;
    const key = await RMEnvelope.deriveKey(active.passphrase, salt, iterations);
    sealKey = { key, salt, iterations };
    keys.set(hex(salt), key);
  }
  return RMEnvelope.sealBackup(json, sealKey);
}
async function open(bytes) {
  keysFor(active.passphrase);
  if (!RMEnvelope.looksLikeEnvelope(bytes)) return { json: bytes };  // bundle JSON as it is
  let h;
  try { h = RMEnvelope.parseHeader(bytes); } catch (e) { return { problem: problem('damaged', MSG.damaged) }; }
  if (h.kind !== RMEnvelope.constants.KIND.backup || !h.encrypted) return { problem: problem('not_backup', MSG.damaged) };
  const id = hex(h.salt);
  let key = keys.get(id);
  if (!key) {
    if (h.iterations > RMEnvelope.constants.MAX_ITERATIONS) return { problem: problem('damaged', MSG.damaged) };
    key = await RMEnvelope.deriveKey(active.passphrase, h.salt, h.iterations);
  }
  try {
    const json = await RMEnvelope.open(key, bytes);
    keys.set(id, key);
    return { json };
  } catch (e) {
    return { problem: problem('other_passphrase', MSG.otherPassphrase) };
  }
}

// ---- the engine ----------------------------------------------------------------------
let engine = null;
function loadEngine() {
  engine = engine || RMSyncEngine({ shareHost: { send, seal, open }, locateFile: (file) => '../' + file });
  return engine;
}

async function run(name, request, book) {
  const M = await loadEngine();
  if (name === 'rm_share_test') {
    const p = await M.ccall(name, 'number', [], [], { async: true });
    const out = JSON.parse(M.UTF8ToString(p));
    M._free(p);
    return out;
  }
  const ptr = M._malloc(book.length + 1);
  M.HEAPU8.set(book, ptr);
  try {
    const p = await M.ccall(name, 'number', ['string', 'number', 'number'], [JSON.stringify(request), ptr, book.length], { async: true });
    const out = JSON.parse(M.UTF8ToString(p));
    M._free(p);
    return out;
  } finally { M._free(ptr); }
}

// One call at a time (the page queues them too): ASYNCIFY suspends one stack.
let queue = Promise.resolve();
self.onmessage = (e) => {
  const { id, name, request, book, connection } = e.data;
  queue = queue.then(async () => {
    active = connection;
    try {
      self.postMessage({ id, out: await run(name, request, book) });
    } catch (err) {
      self.postMessage({ id, error: { code: 'engine_missing', path: '', zh: MSG.engineMissing[0], en: MSG.engineMissing[1] + ' (' + String((err && err.message) || err) + ')' } });
    } finally {
      active = null;
      if (book) book.fill(0);
    }
  });
};
