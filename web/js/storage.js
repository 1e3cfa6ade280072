// RMStorage — the browser half of saving and opening the book (the C++ half
// is src/platform/web/store_bridge.cpp; the format is docs/storage.md).
//
// What lives here and why:
//  - IDBFS is mounted at /store (as STOREFS: IDBFS whose sync leaves restore
//    points in IndexedDB until something needs them; see "deferred files").
//    The first FS.syncfs(true) (the load) must
//    finish before any FS.syncfs(false): Emscripten's reconcile deletes every
//    stored file missing in memory, so an early save would wipe the store.
//    `loaded` guards every write path; no save, flush, setup or key file is
//    written before it is true.
//  - One persist at a time (`exclusive`), coalesced: edits made while a save
//    runs are taken by the next one. A save is: take the journal entry from
//    C++ → seal (AES-GCM via RMEnvelope, or plain for demo stores) → write
//    name.tmp → rename → FS.syncfs(false) (one IndexedDB transaction). Only
//    in its callback is the entry marked saved; on failure the entry's records
//    go back to the unsaved set, its number is reused, and the user sees why.
//  - Compaction writes a snapshot in the same way; old files are deleted
//    (plan_retention) only after the snapshot is durable, in a second sync.
//  - The key is a non-extractable CryptoKey held here; C++ sees plaintext only.
//  - One writer: a Web Lock held for the page's life. A second tab opens
//    read-only and never writes.
//  - The unlock / first-run screens and the save status are plain DOM, so
//    password managers and screen readers work (a canvas is opaque to both).
'use strict';

(function () {
  const DIR = '/store';
  const KEY_FILE = 'key.rmk';
  const KEY_CHECK_TEXT = 'RM Planner key check v1';
  const LOCK_NAME = 'rmplanner-store';
  const DEBOUNCE_MS = 700;          // first change → save starts within this
  const POLL_MS = 1000;             // dirty check when no change notification came
  const RETRY_MS = [2000, 5000, 15000, 30000, 60000];
  const BACKUP_DAYS = 7;
  const LS = {
    lastExport: 'rmplanner.lastExportMs',
    created: 'rmplanner.storeCreatedMs',
    lockMinutes: 'rmplanner.lockMinutes',
    heapBytes: 'rmplanner.heapBytesOfOpen',
  };
  const MIN_PASSPHRASE = 8;
  const DEMO_CLIENTS = 400;         // the first-run demo book
  const MAX_DEMO_CLIENTS = 50000;   // the largest one setup({clients}) makes (store_bridge.cpp)

  // Every message in both languages: [zh, en].
  const MSG = {
    saving: ['正在保存…', 'Saving…'],
    saved: ['已保存', 'Saved'],
    failed: ['保存失败', 'Save failed'],
    quota: ['存储空间已满：最近的修改尚未保存，但仍在内存中，没有丢失。请先导出备份，再在浏览器设置中释放空间；保存会自动重试。',
      'Storage is full: recent changes are not saved yet, but they are still in memory and nothing is lost. Export a backup, then free space in the browser settings; saving is retried automatically.'],
    writeFailed: ['最近的修改尚未保存（仍在内存中，没有丢失），稍后自动重试。如持续失败，请导出备份。',
      'Recent changes are not saved yet (they are still in memory, nothing is lost); retrying shortly. If this persists, export a backup.'],
    readOnly: ['只读：此数据已在另一个标签页或窗口中打开。本页不会保存任何修改；请在那个标签页中工作，或关闭它，本页随即接管。',
      'Read-only: this book is open in another tab or window. Nothing is saved from this page; work in that tab, or close it and this one takes over.'],
    tookOver: ['另一个标签页已关闭，本页已重新读取数据，现在可以保存修改。', 'The other tab closed; this tab re-read the book and now saves changes.'],
    memoryOnly: ['浏览器不允许本地存储（可能处于隐私/无痕模式）。数据只保存在内存中，关闭页面即丢失——请在关闭前导出备份。',
      'This browser does not allow local storage (private browsing?). Data lives only in memory and is lost when the page closes — export a backup before closing.'],
    backup: ['已超过 7 天未导出备份。', 'No backup exported in the last 7 days.'],
    exportBackup: ['导出备份', 'Export backup'],
    mismatch: ['两次输入的口令不一致。', 'The two passphrases differ.'],
    tooShort: ['口令至少需要 8 个字符。', 'The passphrase needs at least 8 characters.'],
    emptyPass: ['请输入口令。', 'Enter the passphrase.'],
    unlocking: ['正在解锁…', 'Unlocking…'],
    creating: ['正在创建加密数据…', 'Creating the encrypted store…'],
    noRestorePoint: ['找不到该还原点。', 'No such restore point.'],
    notWritable: ['数据未处于可修改状态（已锁定、只读或仍在加载）。', 'The book is not open for changes (locked, read-only or still loading).'],
    notEncrypted: ['当前数据未加密，无需锁定。', 'This book is not encrypted; there is nothing to lock.'],
    notNeeded: ['数据已设置，无需再次设置。', 'The book is already set up.'],
    noKey: ['密钥文件丢失，已保存的数据无法解锁。请从备份恢复。', 'The key file is missing, so the saved data cannot be unlocked. Restore from a backup.'],
    openFailed: ['已保存的数据无法打开。', 'The saved data could not be opened.'],
    noMemory: ['内存不足，无法打开数据（数据本身完好）。请关闭其他标签页或程序后重试。',
      'Not enough memory to open the book (the stored data is intact). Close other tabs or programs and try again.'],
    problemsFound: ['打开时发现问题：', 'Problems found while opening: '],
    demoSize: ['演示客户数须为 1 到 50000 之间的整数。', 'The number of demo clients must be a whole number from 1 to 50000.'],
  };
  const both = (m) => m[0] + ' ' + m[1];

  class StoreError extends Error {
    constructor(code, zh, en, extra) {
      super(en);
      this.name = 'StoreError';
      this.code = code;
      this.message_en = en;
      this.message_zh = zh;
      Object.assign(this, extra || {});
    }
  }
  const storeError = (code, m) => new StoreError(code, m[0], m[1]);
  // An error from anywhere (EnvelopeError, IDB DOMException, StoreError) as {code, zh, en}.
  function describe(err) {
    if (err && err.message_en) return { code: err.code, message_zh: err.message_zh || err.message_en, message_en: err.message_en };
    const name = (err && err.name) || '';
    const text = String((err && err.message) || err || '');
    if (name === 'QuotaExceededError' || /quota/i.test(text)) {
      return { code: 'quota_exceeded', message_zh: MSG.quota[0], message_en: MSG.quota[1] };
    }
    return { code: 'write_failed', message_zh: MSG.writeFailed[0] + '（' + text + '）',
      message_en: MSG.writeFailed[1] + ' (' + text + ')' };
  }

  // ---- state ---------------------------------------------------------------
  let M = null;  // the Emscripten Module
  const S = {
    state: 'starting',   // starting loading needs_setup locked open read_only failed
    mode: null,          // 'encrypted' | 'plain' | null (not set up)
    key: null, salt: null, iterations: 0,
    writer: false,       // holds the Web Lock
    loaded: false,       // the first syncfs(true) succeeded: writes are allowed from now on
    memoryOnly: false,   // IndexedDB unavailable
    unreadable: [],      // files that failed to open, never deleted by us
    tookOver: 0,         // when this tab became the writer after the other tab closed
    problems: [],        // what the last open reported
    savedAt: 0,          // when the last save became durable
    saving: false,
    failure: null,       // {code, message_zh, message_en} of the last failed save
    retryAt: 0, retries: 0,
    lastActivity: Date.now(),
  };
  // Phase timings in ms (performance.now()) for rmplanner.data.timings() and
  // bench/browser/open_bench.js: how long the page's IndexedDB read took, the
  // phases of the last open, and of the last durable save.
  const T = { mount: null, open: null, lastSave: null };
  let mountReadPending = true;  // the mount's read not yet counted in an open
  let earlyMs = null;           // how long the early read took, when the mount used it
  const now = () => performance.now();
  const ms = (t) => Math.round(t * 100) / 100;

  const C_STATE = { starting: 0, needs_setup: 1, locked: 2, open: 3, read_only: 4, failed: 5 };
  function setState(s) {
    S.state = s;
    if (M && s in C_STATE) M._rm_store_set_state(C_STATE[s]);
    if (M) M._rm_wake();
    render();
  }
  const writable = () => S.loaded && S.writer && !S.memoryOnly && S.state === 'open';

  // ---- the C++ bridge --------------------------------------------------------
  function heap() { return M.HEAPU8 || globalThis.HEAPU8; }
  // Copies BYTES into the WASM heap for FN(ptr, len).
  function withBytes(bytes, fn) {
    const ptr = M._rm_store_alloc(bytes.length);
    try {
      heap().set(bytes, ptr);
      return fn(ptr, bytes.length);
    } finally { M._rm_store_free(ptr); }
  }
  // The out buffer as a view into the WASM heap, not a copy (a snapshot is
  // tens of MB). Valid only until the next call into C++, which may grow
  // the heap: hand it straight to sealing (see persistOnce).
  function outView() {
    const ptr = M._rm_store_out_ptr(), len = M._rm_store_out_len();
    return heap().subarray(ptr, ptr + len);
  }
  function outBytes() {
    const ptr = M._rm_store_out_ptr(), len = M._rm_store_out_len();
    const bytes = heap().slice(ptr, ptr + len);
    M._rm_store_out_clear();
    return bytes;
  }
  const cjson = (name, types, args) => JSON.parse(M.ccall(name, 'string', types || [], args || []));
  function setClock() {
    const d = new Date();
    const iso = d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
    M.ccall('rm_store_set_clock', null, ['string', 'number', 'number'], [iso, -d.getTimezoneOffset(), d.getTime()]);
  }
  const dirty = () => !!M && M._rm_store_dirty() === 1;

  // ---- files -----------------------------------------------------------------
  const path = (name) => DIR + '/' + name;
  function exists(name) {
    if (deferred.has(path(name))) return true;
    try { FS.stat(path(name)); return true; } catch (e) { return false; }
  }
  // Deletes a stored file (from IndexedDB with the next sync), read or not.
  function removeFile(name) {
    if (deferred.delete(path(name))) return;
    try { FS.unlink(path(name)); } catch (e) { /* gone */ }
  }
  function listing() {
    let names = [];
    try { names = FS.readdir(DIR); } catch (e) { return []; }
    return names.filter((n) => n !== '.' && n !== '..').map((name) => {
      const st = FS.stat(path(name));
      return { name, size: st.size, mtime: st.mtime.getTime() };
    });
  }
  // A stored file's bytes without a copy: MEMFS keeps a file as one typed
  // array (IDBFS hands its array over on load, writeAtomic on save), and
  // FS.readFile would copy tens of MB. Callers only read the bytes.
  function fileBytes(name) {
    try {
      const node = FS.lookupPath(path(name)).node;
      if (node.contents && node.contents.subarray) return node.contents.subarray(0, node.usedBytes);
    } catch (e) { /* readFile below reports what is wrong */ }
    return FS.readFile(path(name));
  }
  // Write-then-rename: a kill mid-write leaves only a .tmp, which is never read.
  // canOwn: MEMFS keeps BYTES itself instead of copying; no caller changes
  // them afterwards.
  function writeAtomic(name, bytes) {
    deferred.delete(path(name));  // the new file replaces the stored one
    FS.writeFile(path(name + '.tmp'), bytes, { canOwn: true });
    try { FS.unlink(path(name)); } catch (e) { /* new file */ }
    FS.rename(path(name + '.tmp'), path(name));
  }
  function nameInfo(name) {
    const m = /^(snap|jrnl)-(\d{12})\.(rms|rmj)$/.exec(name);
    if (!m) return null;
    return { kind: m[1] === 'snap' ? RMEnvelope.constants.KIND.snapshot : RMEnvelope.constants.KIND.journal, seq: Number(m[2]) };
  }
  const pad12 = (n) => String(n).padStart(12, '0');
  const snapName = (seq) => 'snap-' + pad12(seq) + '.rms';
  const journalName = (seq) => 'jrnl-' + pad12(seq) + '.rmj';

  async function sealWith(keyInfo, kind, seq, bytes) {
    if (keyInfo.mode === 'plain') return RMEnvelope.sealPlain(kind, seq, bytes);
    return RMEnvelope.seal(keyInfo.key, keyInfo.salt, keyInfo.iterations, kind, seq, bytes);
  }
  const currentKey = () => ({ mode: S.mode, key: S.key, salt: S.salt, iterations: S.iterations });
  async function openWith(keyInfo, name, bytes) {
    const info = nameInfo(name);
    const header = RMEnvelope.parseHeader(bytes);
    RMEnvelope.expectIdentity(header, info.kind, info.seq);
    if (keyInfo.mode === 'plain') return RMEnvelope.openPlain(bytes);
    return RMEnvelope.open(keyInfo.key, bytes);
  }
  // Opens stored file NAME into a new WASM heap buffer {ptr, len} for C++ to
  // read; the caller hands it back with releaseHeap. An encrypted file's
  // segments are decrypted straight into the buffer, several at a time, so
  // no whole plaintext is ever built in JS (for a 12 MB snapshot that
  // halves the decrypt: docs/benchmarks.md).
  async function openToHeap(keyInfo, name, bytes) {
    const info = nameInfo(name);
    RMEnvelope.expectIdentity(RMEnvelope.parseHeader(bytes), info.kind, info.seq);
    const buf = { ptr: 0, len: 0 };
    // malloc answers 0 when the heap cannot grow: never write there.
    const alloc = (length) => {
      const ptr = M._rm_store_alloc(length);
      if (!ptr) throw storeError('out_of_memory', MSG.noMemory);
      Object.assign(buf, { ptr, len: length });
    };
    if (keyInfo.mode === 'plain') {
      const plain = RMEnvelope.openPlain(bytes);
      try { alloc(plain.length); } finally { if (!buf.ptr) plain.fill(0); }
      heap().set(plain, buf.ptr);
      plain.fill(0);
      return buf;
    }
    try {
      await RMEnvelope.openInto(keyInfo.key, bytes, (length) => {
        alloc(length);
        // heap() for every piece: a frame drawn in between may grow the heap.
        return (at, piece) => heap().set(piece, buf.ptr + at);
      });
    } catch (err) {
      releaseHeap(buf);
      throw err;
    }
    return buf;
  }
  // Wipes and frees what openToHeap allocated: it held a decrypted book.
  function releaseHeap(buf) {
    if (!buf.ptr) return;
    heap().fill(0, buf.ptr, buf.ptr + buf.len);
    M._rm_store_free(buf.ptr);
    buf.ptr = 0;
  }

  // ---- warming the heap ---------------------------------------------------------
  // As much WASM memory as the last open allocated, touched ahead of this
  // one on the unlock screen, after the mount's read, while the passphrase
  // is typed and derived (why: store_bridge.cpp, "warming the heap"). A
  // slice at a time, each its own task, so input and timers run in between.
  // The size is kept in localStorage: a number, no client data.
  const WARM_SLICE = 2 << 20;        // ~7 ms of page faults on the benchmark VM
  const WARM_MIN = 8 << 20;          // below this the faults cost too little to matter
  const WARM_MAX = 1024 << 20;       // a 50 000-client book needs a third of this
  let warming = null;
  let heapInUseBeforeOpen = 0;
  function warmHeap() {
    const want = Math.min(Number(localStorage.getItem(LS.heapBytes)) || 0, WARM_MAX);
    if (warming || want < WARM_MIN || !M._rm_heap_warm_begin(want)) return;
    const channel = new MessageChannel();
    warming = channel;
    Object.assign(T.mount, { warm_bytes: 0, warm_ms: 0 });
    channel.port1.onmessage = () => {
      if (warming !== channel) return;
      const t0 = now();
      const left = M._rm_heap_warm_step(WARM_SLICE);
      T.mount.warm_ms = ms(T.mount.warm_ms + now() - t0);
      T.mount.warm_bytes = want - left;
      if (left > 0) channel.port2.postMessage(0);
      else stopWarming();
    };
    channel.port2.postMessage(0);
  }
  // Before an open allocates: the warmed pages go back to malloc, resident.
  function stopWarming() {
    if (!warming) return;
    warming.port1.close();
    warming = null;
    M._rm_heap_warm_end();
  }

  // ---- deferred files ------------------------------------------------------------
  // IDBFS reads every stored file at mount, but an open needs only key.rmk,
  // the newest snapshot and the journal entries after it; the daily restore
  // points (up to 7 snapshots) and folded journal entries would multiply the
  // read and sit in memory. STOREFS is IDBFS with one change to its sync:
  // files an open does not need stay in IndexedDB, listed in DEFERRED (path
  // → IndexedDB timestamp). Every sync counts them as present and unchanged,
  // so its reconcile neither re-reads, re-writes nor deletes them; removing
  // one from DEFERRED (removeFile) deletes it with the next sync, like an
  // unlinked file. Whatever needs the whole store — a fallback open, restore
  // points, retention, a passphrase change — calls loadDeferred() first.
  const deferred = new Map();
  function deferrable(names) {
    let newest = -1;
    for (const n of names) {
      const info = nameInfo(n.slice(DIR.length + 1));
      if (info && info.kind === RMEnvelope.constants.KIND.snapshot) newest = Math.max(newest, info.seq);
    }
    return (p) => {
      const info = nameInfo(p.slice(DIR.length + 1));
      if (!info || newest < 0) return false;
      return info.kind === RMEnvelope.constants.KIND.snapshot ? info.seq < newest : info.seq <= newest;
    };
  }
  function syncStore(mount, populate, callback) {
    if (populate && early && !earlyUsed) {  // the mount's load: from the early read if it worked
      earlyUsed = true;
      early.files.then((read) => {
        if (!read || !wholeEarlyRead(read)) return syncStore(mount, populate, callback);
        earlyMs = read.ms;
        loadFromEarly(read, callback);
      });
      return;
    }
    IDBFS.getLocalSet(mount, (err, local) => {
      if (err) return callback(err);
      IDBFS.getRemoteSet(mount, (err2, remote) => {
        if (err2) return callback(err2);
        for (const [p] of deferred) {
          const stored = remote.entries[p];
          if (!stored) deferred.delete(p);  // gone from IndexedDB (another tab's retention)
          else if (!local.entries[p]) local.entries[p] = { timestamp: stored.timestamp };
        }
        if (populate) {
          const defer = deferrable(Object.keys(remote.entries));
          for (const p of Object.keys(remote.entries)) {
            if (local.entries[p] || !defer(p)) continue;
            deferred.set(p, remote.entries[p].timestamp);
            local.entries[p] = { timestamp: remote.entries[p].timestamp };
          }
        }
        IDBFS.reconcile(populate ? remote : local, populate ? local : remote, callback);
      });
    });
  }
  // Made at start: IDBFS is defined by app.js, which loads after this file.
  const storeFs = () => Object.assign({}, IDBFS, { syncfs: syncStore });
  // Reads every deferred file into memory (as IDBFS's load would have).
  function loadDeferred() {
    if (!deferred.size) return Promise.resolve();
    const db = IDBFS.dbs[DIR];
    return new Promise((resolve, reject) => {
      const tx = db.transaction([IDBFS.DB_STORE_NAME], 'readonly');
      const store = tx.objectStore(IDBFS.DB_STORE_NAME);
      const got = [];
      for (const p of deferred.keys()) {
        const req = store.get(p);
        req.onsuccess = () => got.push([p, req.result]);
      }
      tx.oncomplete = () => {
        for (const [p, entry] of got) {
          if (!deferred.has(p)) continue;  // removed meanwhile
          deferred.delete(p);
          if (!entry) continue;             // no longer stored
          IDBFS.storeLocalEntry(p, entry, (err) => { if (err) deferred.set(p, entry.timestamp); });
        }
        resolve();
      };
      tx.onabort = () => reject(tx.error || new DOMException('IndexedDB read aborted', 'AbortError'));
    });
  }

  // ---- IDBFS sync -------------------------------------------------------------
  function syncIn() {
    return new Promise((resolve, reject) => FS.syncfs(true, (err) => (err ? reject(err) : resolve())));
  }
  // A transaction aborted at commit (a real quota error) fires only 'abort',
  // which Emscripten 3.1.6's IDBFS does not listen for: its callback would
  // never come. The abort listener installed below ends the wait instead.
  // Conversely, when a put throws synchronously IDBFS reports the error but
  // leaves its transaction to commit the other files; a failed sync aborts
  // that transaction here, so a sync is all or nothing either way.
  let abortCurrentSync = null;
  let openWrite = null;  // the read-write transaction of the running sync
  function watchAborts() {
    const dbs = (typeof IDBFS !== 'undefined' && IDBFS.dbs) || null;
    const db = dbs && dbs[DIR];
    if (!db || db.__rmWatched) return;
    const original = db.transaction.bind(db);
    db.transaction = function (...args) {
      const t = original(...args);
      if (args[1] === 'readwrite') {
        openWrite = t;
        const done = () => { if (openWrite === t) openWrite = null; };
        t.addEventListener('complete', done);
      }
      t.addEventListener('abort', () => {
        if (openWrite === t) openWrite = null;
        if (abortCurrentSync) abortCurrentSync(t.error || new DOMException('IndexedDB transaction aborted', 'AbortError'));
      });
      return t;
    };
    db.__rmWatched = true;
  }
  function syncOut() {
    // The guard that keeps an early save from wiping the store (see the top).
    if (!S.loaded || S.memoryOnly || !S.writer) {
      return Promise.reject(storeError('not_loaded', MSG.notWritable));
    }
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (err) => {
        if (settled) return;
        settled = true;
        abortCurrentSync = null;
        if (err && openWrite) {
          const t = openWrite;
          openWrite = null;
          try { t.abort(); } catch (e) { /* already finished */ }
        }
        if (err) reject(err); else resolve();
      };
      abortCurrentSync = finish;
      try { FS.syncfs(false, finish); } catch (e) { finish(e); }
    });
  }

  // ---- one job at a time -----------------------------------------------------
  let chain = Promise.resolve();
  function exclusive(fn) {
    const p = chain.then(fn);
    chain = p.catch(() => {});
    return p;
  }

  // ---- saving ---------------------------------------------------------------
  let queuedPersist = null;
  // Queues one save unless one is already waiting to start (coalescing).
  function persist() {
    if (queuedPersist) return queuedPersist;
    const p = exclusive(async () => {
      queuedPersist = null;
      await persistOnce();
    });
    queuedPersist = p;
    return p;
  }

  // Durability first. When someone waits for a save (saved(), and the flush
  // on pagehide or a hidden tab), the frames that would be drawn meanwhile
  // wait for it, for at most HOLD_MS: the first frame after an edit of a big
  // book re-derives the planner's figures (hundreds of ms at 50 000
  // clients), and the save's WebCrypto and IndexedDB callbacks would queue
  // behind it. Debounced saves hold nothing, so typing never waits for one.
  const HOLD_MS = 150;
  let holdRequested = false, holdUntil = 0;
  const framesHeldFor = () => (S.saving && holdUntil ? Math.max(0, holdUntil - now()) : 0);
  function releaseFrames() {
    if (!holdUntil) return;
    holdUntil = 0;
    M._rm_wake();
  }

  async function persistOnce() {
    const hold = holdRequested;
    holdRequested = false;
    if (!writable()) return;
    if (!dirty() && M._rm_store_needs_snapshot() !== 1) return;
    setClock();
    S.saving = true;
    // A compaction takes seconds on a big book: the screen does not wait for it.
    if (hold && M._rm_store_needs_snapshot() !== 1) holdUntil = now() + HOLD_MS;
    render();
    const written = [];
    let jseq = 0, sseq = 0, jbytes = 0, sbytes = 0;
    const keyInfo = currentKey();
    const t = { at: Date.now(), take_ms: 0, snapshot_ms: 0, seal_ms: 0, write_ms: 0, syncfs_ms: 0, retention_ms: 0,
      frames_ms: 0, total_ms: 0, journal_bytes: 0, snapshot_bytes: 0, snapshot_format: null };
    const t0 = now(), f0 = frameMs;
    // Seals the out buffer in place. sealWith reaches crypto.subtle.encrypt
    // (which copies its input when called) or sealPlain (synchronous) before
    // it first awaits, so the buffer can be released at once, before any
    // other call into C++ could grow the heap under the view.
    const sealOut = async (kind, seq) => {
      const ts = now();
      const sealing = sealWith(keyInfo, kind, seq, outView());
      M._rm_store_out_clear();
      const file = await sealing;
      t.seal_ms += now() - ts;
      return file;
    };
    const write = (name, file) => {
      const tw = now();
      writeAtomic(name, file);
      written.push(name);
      t.write_ms += now() - tw;
    };
    try {
      let tc = now();
      jseq = M._rm_store_take_journal();
      t.take_ms = now() - tc;
      if (jseq) {
        const file = await sealOut(RMEnvelope.constants.KIND.journal, jseq);
        write(journalName(jseq), file);
        jbytes = file.length;
      }
      if (M._rm_store_needs_snapshot() === 1) {
        tc = now();
        sseq = M._rm_store_begin_snapshot();
        t.snapshot_ms = now() - tc;
        t.snapshot_format = payloadFormat(outView());
        const file = await sealOut(RMEnvelope.constants.KIND.snapshot, sseq);
        write(snapName(sseq), file);
        sbytes = file.length;
      }
      if (!exists(KEY_FILE)) throw storeError('key_file_missing', MSG.noKey);
      const tsync = now();
      await syncOut();
      t.syncfs_ms = now() - tsync;
    } catch (err) {
      // Not durable: take the files back out of memory (their numbers are
      // given out again) and requeue the records. Nothing is dropped.
      for (const n of written) { try { FS.unlink(path(n)); } catch (e) { /* gone */ } }
      if (sseq) M._rm_store_snapshot_failed(sseq);
      if (jseq) M._rm_store_journal_failed(jseq);
      M._rm_store_out_clear();
      S.saving = false;
      releaseFrames();
      S.failure = describe(err);
      S.retryAt = Date.now() + RETRY_MS[Math.min(S.retries, RETRY_MS.length - 1)];
      S.retries++;
      render();
      throw new StoreError(S.failure.code, S.failure.message_zh, S.failure.message_en);
    }
    if (jseq) M._rm_store_journal_saved(jseq, jbytes);
    if (sseq) M._rm_store_snapshot_saved(sseq, sbytes);
    S.saving = false;
    releaseFrames();
    S.failure = null;
    S.retries = 0;
    S.savedAt = Date.now();
    render();
    if (sseq) {
      const tr = now();
      await applyRetention();
      t.retention_ms = now() - tr;
    }
    t.total_ms = now() - t0;
    t.frames_ms = frameMs - f0;
    t.journal_bytes = jbytes;
    t.snapshot_bytes = sbytes;
    for (const k of Object.keys(t)) if (k.endsWith('_ms')) t[k] = ms(t[k]);
    T.lastSave = t;
  }

  // A snapshot payload is bundle JSON (stores written before the binary
  // codec) when it starts with '{', else the binary snapshot codec's format.
  const payloadFormat = (bytes) => (!bytes.length ? null : bytes[0] === 0x7b ? 'json' : 'binary');

  // After a durable snapshot: delete what plan_retention says, then persist
  // the deletions. A failure here only leaves old files for the next round.
  async function applyRetention() {
    // Sizes and days of every restore point; unreadable now → next compaction.
    try { await loadDeferred(); } catch (e) { return; }
    setClock();
    const plan = cjson('rm_store_retention', ['string', 'string'],
      [JSON.stringify(listing()), JSON.stringify(S.unreadable)]);
    for (const n of plan.remove) removeFile(n);
    if (plan.remove.length) {
      try { await syncOut(); } catch (e) { return; /* retried with the next save */ }
    }
    await deferStored();
  }
  // Puts the restore points and folded journal entries back to being read on
  // demand, as after a mount: each only if IndexedDB holds it as it is in
  // memory (same timestamp), and never a file the user was told is damaged.
  function deferStored() {
    if (S.memoryOnly) return Promise.resolve();  // nothing is stored
    return new Promise((resolve) => {
      IDBFS.getRemoteSet(FS.lookupPath(DIR).node.mount, (err, remote) => {
        if (err) return resolve();
        const defer = deferrable(Object.keys(remote.entries));
        for (const e of listing()) {
          const p = path(e.name), stored = remote.entries[p];
          if (!stored || !defer(p) || stored.timestamp.getTime() !== e.mtime || S.unreadable.includes(e.name)) continue;
          deferred.set(p, stored.timestamp);
          FS.unlink(p);
        }
        resolve();
      });
    });
  }

  // Resolves when every change so far is durable; rejects with the reason when
  // a save fails (the changes stay in memory and are retried).
  async function saved() {
    if (!writable()) {
      if (S.state === 'open' || S.state === 'read_only') return { saved_at: S.savedAt || null, durable: false };
      throw storeError('not_writable', MSG.notWritable);
    }
    for (let i = 0; i < 100; i++) {
      holdRequested = true;
      await persist();
      await chain;
      if (!dirty() && M._rm_store_needs_snapshot() !== 1) return { saved_at: S.savedAt, durable: true };
    }
    throw storeError('not_settled', MSG.writeFailed);
  }

  // Debounced save after a change: at most DEBOUNCE_MS after the first one.
  let debounceTimer = 0;
  function changed() {
    if (!writable() || debounceTimer) return;
    debounceTimer = setTimeout(() => {
      debounceTimer = 0;
      if (S.failure && Date.now() < S.retryAt) return;
      persist().catch(() => {});
    }, DEBOUNCE_MS);
  }
  function flushNow() {
    if (!writable()) return;
    clearTimeout(debounceTimer);
    debounceTimer = 0;
    holdRequested = true;
    persist().catch(() => {});
  }

  // ---- opening --------------------------------------------------------------
  // Reads the plan's files, falling back file by file: a file that fails to
  // open or parse is listed as unreadable and the plan is made again, which
  // reports the fallback or the gap. Every problem is kept for the user.
  async function openBook(t) {
    stopWarming();
    heapInUseBeforeOpen = M._rm_heap_in_use();
    setClock();
    const keyInfo = currentKey();
    const unreadable = [];
    const fileProblems = [];
    let wholeStore = false;
    for (;;) {
      const plan = cjson('rm_store_plan_open', ['string', 'string'], [JSON.stringify(listing()), JSON.stringify(unreadable)]);
      // Anything but the plain case (the newest snapshot and its journal,
      // all readable) needs the files the mount left in IndexedDB: plan again
      // with the whole store.
      if (deferred.size && !wholeStore && (unreadable.length || plan.problems.length || !plan.snapshot)) {
        wholeStore = true;
        await loadDeferred();
        continue;
      }
      M._rm_store_begin_load();
      const names = (plan.snapshot ? [plan.snapshot] : []).concat(plan.journal);
      Object.assign(t, { decrypt_ms: 0, copy_ms: 0, parse_ms: 0, files: names.length, snapshot_bytes: 0,
        journal_entries: plan.journal.length, journal_bytes: plan.journal_bytes, snapshot_format: null });
      let failed = null;
      for (const name of names) {
        let buf;
        const isSnapshot = name === plan.snapshot;
        const td = now();
        try {
          const file = fileBytes(name);
          if (isSnapshot) t.snapshot_bytes = file.length;
          buf = await openToHeap(keyInfo, name, file);
        } catch (err) {
          if (err.code === 'out_of_memory') throw err;  // the file is fine: no fallback
          const d = describe(err);
          fileProblems.push({ code: d.code, path: name, message_en: d.message_en, message_zh: d.message_zh });
          failed = name;
          break;
        }
        t.decrypt_ms += now() - td;
        if (isSnapshot) t.snapshot_format = payloadFormat(heap().subarray(buf.ptr, buf.ptr + Math.min(buf.len, 1)));
        const fn = isSnapshot ? 'rm_store_load_snapshot' : 'rm_store_load_journal';
        const tp = now();
        let res;
        try {
          res = M.ccall(fn, 'string', ['string', 'number', 'number'], [name, buf.ptr, buf.len]);
        } finally { releaseHeap(buf); }
        t.parse_ms += now() - tp;
        if (res) {
          const pr = JSON.parse(res);
          fileProblems.push({ code: pr.code, path: name + (pr.path ? ': ' + pr.path : ''),
            message_en: pr.message_en, message_zh: pr.message_zh });
          failed = name;
          break;
        }
      }
      if (failed) { unreadable.push(failed); continue; }
      S.unreadable = unreadable;
      S.problems = fileProblems.concat(plan.problems);
      // compact_now (after any problem or a long journal) → the first save
      // writes a snapshot. So does a JSON snapshot (a store written before
      // the binary codec): every open would pay its slow parse until then.
      const compact = plan.compact_now || t.snapshot_format === 'json';
      const tf = now();
      const done = JSON.parse(M.ccall('rm_store_finish_load', 'string', ['number', 'number', 'number', 'number', 'number'],
        [plan.next_seq, S.writer && !S.memoryOnly ? 0 : 1, compact ? 0 : plan.snapshot_bytes,
          plan.journal.length, plan.journal_bytes]));
      t.build_ms = now() - tf;
      t.replay_ms = done.timings ? done.timings.replay_ms : null;
      t.workspace_ms = done.timings ? done.timings.workspace_ms : null;
      t.clients = done.counts ? done.counts.clients : null;
      // Interrupted writes: removed from memory, and from IndexedDB with the next save.
      for (const n of plan.leftovers) removeFile(n);
      return plan;
    }
  }

  // T0: when the open proper began (performance.now()), with the key and the
  // mount's read in hand; T: what the caller timed so far (idb_read_ms,
  // resync_ms, kdf_ms). Everything else is timed here.
  async function openAfterKey(t0, t) {
    await openBook(t);
    setState(S.writer && !S.memoryOnly ? 'open' : 'read_only');
    // "open" is the IndexedDB read at page start, an unlock's re-read and
    // this open, without the key derivation, which is the cost of the
    // passphrase, paid once per unlock (and partly hidden behind the read).
    t.open_ms = (t.idb_read_ms || 0) + (t.resync_ms || 0) + now() - t0;
    t.since_page_start_ms = now();  // performance.now() counts from the page's navigation
    t.first_frame_ms = null;
    for (const k of Object.keys(t)) if (k.endsWith('_ms') && typeof t[k] === 'number') t[k] = ms(t[k]);
    t.at = Date.now();
    T.open = t;
    timeFirstFrame(t);
    if (S.state === 'open' && M._rm_store_needs_snapshot() === 1) persist().catch(() => {});
  }

  // The first frame over a newly opened book builds what the screens derive
  // from it (agenda, tables, search text), so it belongs to the open.
  function timeFirstFrame(t) {
    onFrame = (d) => {
      t.first_frame_ms = ms(d);
      t.usable_ms = ms(t.open_ms + t.first_frame_ms);
      // What the open allocated and kept, plus the snapshot's plaintext it freed.
      const bytes = M._rm_heap_in_use() - heapInUseBeforeOpen + t.snapshot_bytes;
      try { localStorage.setItem(LS.heapBytes, String(bytes)); } catch (e) { /* a hint only */ }
    };
  }

  // Time spent in frames. A save awaits WebCrypto and IndexedDB, and a frame
  // drawn meanwhile (after an edit of a big book, one that recomputes the
  // planner's figures) delays its callbacks; frames_ms tells that apart from
  // the save's own cost. platform.js looks Module._rm_frame up on every
  // frame, so wrapping it here sees them all, for two clock reads a frame.
  // Emscripten's export stub replaces Module._rm_frame with the raw export
  // on its first call, so the wrapper puts itself back after each call.
  let frameMs = 0, onFrame = null;
  function watchFrames() {
    let original = M._rm_frame;
    if (typeof original !== 'function') return;
    const timed = function (...args) {
      const tf = now();
      try { return original.apply(this, args); } finally {
        const d = now() - tf;
        frameMs += d;
        if (M._rm_frame !== timed) { original = M._rm_frame; M._rm_frame = timed; }
        if (onFrame) { const f = onFrame; onFrame = null; f(d); }
      }
    };
    M._rm_frame = timed;
  }

  // ---- the Web Lock: one writer ----------------------------------------------
  // Asked for as this script loads (queued, held for the page's life), so
  // that the store can be read while the app's code loads (the early read,
  // below). A tab that does not hold it when start() runs opens read-only,
  // and takes over when it is granted later (the other tab went away).
  let started = false;        // start() has begun: a grant from now on is a takeover
  // `?demo=N` (N clients, up to 100 000): the page opens an N-client demo
  // book in memory instead of the store (platform.js), for measuring the
  // screens on a large book. Such a page neither reads the store nor takes
  // the lock from a tab that does.
  const demoClients = Math.min(100000, parseInt(new URLSearchParams(location.search).get('demo'), 10) || 0);
  function requestWriterLock() {
    if (demoClients > 0) return;
    if (!navigator.locks || !navigator.locks.request) {
      S.writer = true;          // no Web Locks: nothing to coordinate with
      beginEarlyRead();
      return;
    }
    navigator.locks.request(LOCK_NAME, () => {
      if (!started) {
        S.writer = true;
        beginEarlyRead();
      } else {
        exclusive(takeOver).catch((err) => {
          const d = describe(err);
          S.problems = [{ code: d.code, path: '', message_zh: MSG.openFailed[0] + d.message_zh,
                          message_en: MSG.openFailed[1] + ' ' + d.message_en }];
          setState('failed');
        });
      }
      return new Promise(() => {});  // held until the page goes away
    }).catch(() => {});  // refused: the page stays read-only
  }

  // A read-only tab becomes the writer when the lock is granted: it re-reads
  // IndexedDB (the other tab's last saves) and reopens the book with the key
  // it already has, so nothing the other tab saved is overwritten and nothing
  // needs typing again. A grant during the page's own load waits for that
  // load and re-reads too: the other tab may have saved after the load read
  // the store, and a writer holding an older copy would delete that save
  // with its first sync.
  async function takeOver() {
    S.tookOver = Date.now();
    await startDone;  // a plain book opens as part of start(), read-only until now
    await mountRead;
    S.writer = true;
    if (!S.loaded || S.memoryOnly) return;
    await syncIn();
    mountReadPending = false;
    if (S.state === 'read_only' && exists(KEY_FILE)) {
      const t0 = now();
      await openAfterKey(t0, { via: 'takeover', idb_read_ms: 0, resync_ms: 0, kdf_ms: 0 });
    } else if (S.state === 'read_only') {
      // The other tab closed before any book was set up here.
      setState('needs_setup');
      showOverlay('setup');
    }
    render();
  }

  // ---- the early read -----------------------------------------------------------
  // Loading and compiling the app takes longer than reading the store (about
  // 0.3 s here against 0.1 s for a 10 000-client book; docs/benchmarks.md),
  // and the read needs none of the app: IDBFS keeps every file as one record
  // of its IndexedDB database. So once this page holds the writer's lock it
  // reads, in one read-only transaction, the records the mount would read —
  // key.rmk, the newest snapshot and the journal after it (deferrable()) —
  // and the mount's first load takes them from here (syncStore) instead of
  // reading them again. Only a writer does this: nothing else writes the
  // store while it holds the lock, so what was read is still what is stored
  // when the mount uses it. Any failure (no database yet, IndexedDB refused)
  // leaves `early` settled with nulls and the mount reads as it always did,
  // reporting the failure itself.
  const DB_STORE = 'FILE_DATA';  // IDBFS.DB_STORE_NAME (app.js is not loaded yet)
  let early = null;  // {keyFile, files}: promises of key.rmk and of the whole read
  let earlyUsed = false;
  function beginEarlyRead() {
    if (early || typeof indexedDB === 'undefined' || !indexedDB) return;
    const t0 = now();
    let gotKey, gotFiles;
    early = {
      keyFile: new Promise((r) => { gotKey = r; }),  // bytes, null (none stored) or undefined (not read)
      files: new Promise((r) => { gotFiles = r; }),  // {db, remote, needed, entries, ms} or null
    };
    const fail = (db) => {
      if (db) db.close();
      gotKey(undefined); gotFiles(null);
    };
    let req;
    try { req = indexedDB.open(DIR); } catch (e) { fail(null); return; }
    // No database yet (a first run): IDBFS creates it with its own schema.
    req.onupgradeneeded = () => req.transaction.abort();
    req.onerror = (e) => { e.preventDefault(); fail(null); };
    req.onsuccess = () => {
      const db = req.result;
      let tx;
      try { tx = db.transaction([DB_STORE], 'readonly'); } catch (e) { fail(db); return; }
      const store = tx.objectStore(DB_STORE);
      const remote = {}, entries = new Map(), needed = new Set();
      const key = store.get(path(KEY_FILE));
      key.onsuccess = () => gotKey(key.result && key.result.contents ? new Uint8Array(key.result.contents) : null);
      store.index('timestamp').openKeyCursor().onsuccess = (ev) => {
        const cursor = ev.target.result;
        if (cursor) {
          remote[cursor.primaryKey] = { timestamp: cursor.key };
          cursor.continue();
          return;
        }
        const defer = deferrable(Object.keys(remote));
        for (const p of Object.keys(remote)) {
          if (defer(p)) continue;
          needed.add(p);
          const get = store.get(p);
          get.onsuccess = () => { if (get.result) entries.set(p, get.result); };
        }
      };
      tx.oncomplete = () => {
        gotKey(undefined);  // no-op when the key's read already answered
        gotFiles({ db, remote, needed, entries, ms: now() - t0 });
      };
      tx.onabort = () => fail(db);
    };
  }
  // True when the early read holds every record the mount needs (one
  // read-only transaction cannot see a record vanish, but nothing here relies
  // on that); otherwise its connection is closed and the mount reads itself.
  function wholeEarlyRead(read) {
    if ([...read.needed].every((p) => read.entries.has(p))) return true;
    read.db.close();
    return false;
  }
  // The mount's first load from the early read: the same files in memory and
  // the same deferred list as IDBFS's reconcile and syncStore would make.
  function loadFromEarly(read, callback) {
    if (IDBFS.dbs[DIR]) read.db.close();  // the mount opened its own meanwhile
    else IDBFS.dbs[DIR] = read.db;        // IDBFS's later syncs use this connection
    const paths = Object.keys(read.remote).sort();  // directories before their files
    for (const p of paths) {
      if (!read.needed.has(p)) { deferred.set(p, read.remote[p].timestamp); continue; }
      const entry = read.entries.get(p);
      let failed = null;
      IDBFS.storeLocalEntry(p, entry, (err) => { failed = err; });
      if (failed) return callback(failed);
    }
    read.entries.clear();
    callback(null);
  }

  // ---- start -----------------------------------------------------------------
  let earlyKeyFile = null;                // key.rmk as read before the mount's read
  let mountRead = Promise.resolve();      // settles when the mount's read has ended
  // key.rmk straight from IDBFS's database (the connection IDBFS then reuses).
  function peekKeyFile() {
    return new Promise((resolve, reject) => {
      IDBFS.getDB(DIR, (err, db) => {
        if (err) return reject(err);
        try {
          const req = db.transaction([IDBFS.DB_STORE_NAME], 'readonly').objectStore(IDBFS.DB_STORE_NAME).get(path(KEY_FILE));
          req.onsuccess = () => resolve(req.result && req.result.contents ? new Uint8Array(req.result.contents) : null);
          req.onerror = () => reject(req.error);
        } catch (e) { reject(e); }
      });
    });
  }
  async function readKeyFile() {
    const bytes = early ? await early.keyFile : undefined;
    return bytes !== undefined ? bytes : peekKeyFile().catch(() => null);
  }
  function encryptedKeyFile(bytes) {
    if (!bytes) return false;
    try { return RMEnvelope.parseHeader(bytes).encrypted; } catch (e) { return false; }  // the full start reports it
  }
  // IndexedDB unavailable (a private window) or its read failed: edits live in memory.
  function runInMemory() {
    stopWarming();
    S.memoryOnly = true;
    try { FS.unmount(DIR); } catch (e) { /* not mounted */ }
    setState('needs_setup');
    showOverlay('memory');
  }

  let startDone = Promise.resolve();  // settles when start() has ended
  function start(Module) {
    const p = startStore(Module);
    startDone = p.catch(() => {});
    return p;
  }
  async function startStore(Module) {
    M = Module;
    watchFrames();
    installHook();
    installListeners();
    setClock();
    setState('loading');
    try {
      try { FS.mkdir(DIR); } catch (e) { /* exists */ }
      started = true;  // S.writer is true if the lock was granted by now
      if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
      try {
        if (typeof indexedDB === 'undefined' || !indexedDB) throw new Error('no IndexedDB');
        FS.mount(storeFs(), {}, DIR);
        const tm = now();
        T.mount = {};
        // key.rmk first (from the early read, which asks for it first, or on
        // its own): an encrypted book's unlock screen comes up at once, and
        // whatever is left of the read ends while the passphrase is typed.
        earlyKeyFile = await readKeyFile();
        const reading = syncIn().then(() => {
          Object.assign(T.mount, { started_ms: ms(tm), idb_read_ms: ms(now() - tm), early_read_ms: earlyMs === null ? null : ms(earlyMs),
                                   files: 0, bytes: 0, deferred_files: deferred.size });
          for (const e of listing()) { T.mount.files++; T.mount.bytes += e.size; }
          S.loaded = true;
          watchAborts();
        });
        mountRead = reading.catch(() => {});
        if (encryptedKeyFile(earlyKeyFile)) {
          S.mode = 'encrypted';
          setState('locked');
          showOverlay('unlock');
          // While the passphrase is typed and derived; after the read, which
          // it would slow down (both want the main thread).
          reading.then(warmHeap, runInMemory);
          return;
        }
        await reading;
      } catch (err) {
        runInMemory();
        return;
      }
      const keyBytes = exists(KEY_FILE) ? FS.readFile(path(KEY_FILE)) : null;
      const hasData = deferred.size > 0 || listing().some((e) => nameInfo(e.name));
      if (keyBytes) {
        let header;
        try { header = RMEnvelope.parseHeader(keyBytes); } catch (err) {
          S.problems = [Object.assign(describe(err), { path: KEY_FILE })];
          setState('failed');
          return;
        }
        if (header.encrypted) {
          S.mode = 'encrypted';
          setState('locked');
          showOverlay('unlock');
          warmHeap();  // while the passphrase is typed and derived
        } else {
          const t0 = now();
          RMEnvelope.openPlain(keyBytes);
          S.mode = 'plain';
          mountReadPending = false;
          await openAfterKey(t0, { via: 'start', idb_read_ms: T.mount.idb_read_ms, resync_ms: 0, kdf_ms: 0 });
        }
      } else if (hasData) {
        S.problems = [{ code: 'key_file_missing', path: KEY_FILE, message_zh: MSG.noKey[0], message_en: MSG.noKey[1] }];
        setState('failed');
      } else if (!S.writer) {
        setState('read_only');
      } else {
        setState('needs_setup');
        showOverlay('setup');
      }
    } catch (err) {
      const d = describe(err);
      S.problems = [{ code: d.code, path: '', message_zh: MSG.openFailed[0] + d.message_zh, message_en: MSG.openFailed[1] + ' ' + d.message_en }];
      setState('failed');
    }
  }

  // ---- first run, lock, unlock, passphrase ---------------------------------------
  function checkNewPassphrase(p, repeat) {
    if (!p) throw storeError('empty_passphrase', MSG.emptyPass);
    if ([...String(p)].length < MIN_PASSPHRASE) throw storeError('passphrase_too_short', MSG.tooShort);
    if (repeat !== undefined && repeat !== p) throw storeError('passphrase_mismatch', MSG.mismatch);
  }

  // {passphrase, demo?} → encrypted store (demo data when demo is true);
  // {demo: true} alone → the deliberate "demo data without encryption".
  // {clients: N} sizes the demo book (400 by default, at most 50 000).
  // In memory-only mode {demo: false} starts an empty book.
  async function setup(opts) {
    opts = opts || {};
    if (S.state !== 'needs_setup') throw storeError('already_set_up', MSG.notNeeded);
    const encrypted = typeof opts.passphrase === 'string';
    if (encrypted) checkNewPassphrase(opts.passphrase, opts.repeat);
    else if (!opts.demo && !S.memoryOnly) throw storeError('empty_passphrase', MSG.emptyPass);
    const demo = encrypted ? opts.demo !== false : !!opts.demo;
    const clients = opts.clients === undefined ? DEMO_CLIENTS : opts.clients;
    if (demo && !(Number.isInteger(clients) && clients >= 1 && clients <= MAX_DEMO_CLIENTS)) {
      throw storeError('bad_demo_size', MSG.demoSize);
    }
    mountReadPending = false;
    stopWarming();
    setClock();
    let keyFile;
    if (encrypted) {
      const k = await RMEnvelope.createKeyFile(opts.passphrase);
      Object.assign(S, { mode: 'encrypted', key: k.key, salt: k.salt, iterations: k.iterations });
      keyFile = k.keyFile;
    } else {
      S.mode = 'plain';
      keyFile = RMEnvelope.sealPlain(RMEnvelope.constants.KIND.keyCheck, 0, new TextEncoder().encode(KEY_CHECK_TEXT));
    }
    M.ccall('rm_store_create', 'string', ['number', 'number'], [demo ? clients : 0, 0]);
    hideOverlay();
    if (S.memoryOnly) { setState('open'); return state(); }  // edits stay in memory; export keeps them
    writeAtomic(KEY_FILE, keyFile);
    localStorage.setItem(LS.created, String(Date.now()));
    setState('open');
    await saved();
    return state();
  }

  async function lock() {
    if (S.mode !== 'encrypted') return Object.assign(state(), { note_zh: MSG.notEncrypted[0], note_en: MSG.notEncrypted[1] });
    if (S.state !== 'open' && S.state !== 'read_only') return state();
    if (writable()) await saved();  // refuses to lock (and so drop) what is not saved yet
    M._rm_store_lock();
    S.key = null; S.salt = null;
    setState('locked');
    showOverlay('unlock');
    return state();
  }

  async function unlock(passphrase) {
    if (S.state !== 'locked') return state();
    if (!passphrase) throw storeError('empty_passphrase', MSG.emptyPass);
    return exclusive(async () => {
      let kdfStart = 0, kdfEnd = 0, deriving = null;
      const derive = (keyFile) => {
        kdfStart = now();
        deriving = RMEnvelope.unlock(passphrase, keyFile).then((k) => { kdfEnd = now(); return k; });
        deriving.catch(() => {});
      };
      // The writer's key file cannot change under it (it has held the Web
      // Lock since before the mount): derive from the copy read at start,
      // on WebCrypto's thread, while the mount's read finishes.
      if (S.writer && !S.loaded && earlyKeyFile) derive(earlyKeyFile);
      await mountRead;
      if (S.state !== 'locked') return state();  // the read failed meanwhile: the page says why
      // The first unlock after a page load reads what the page's mount read
      // (that read is the open's IndexedDB phase); a later one follows a lock.
      const t = { via: 'unlock', idb_read_ms: mountReadPending && T.mount ? T.mount.idb_read_ms : 0 };
      // A read-only tab re-reads IndexedDB: the writing tab may have saved
      // since (its passphrase too). The writer need not: every stored change
      // since its mount read is its own and is in memory (a failed save takes
      // its files back out). The re-read cost up to 170 ms of IndexedDB round
      // trips per unlock on the benchmark machine.
      const tr = now();
      if (S.loaded && !S.memoryOnly && !S.writer) await syncIn();
      t.resync_ms = now() - tr;
      if (!deriving) {
        if (!exists(KEY_FILE)) throw storeError('key_file_missing', MSG.noKey);
        derive(FS.readFile(path(KEY_FILE)));
      }
      const k = await deriving;
      t.kdf_ms = kdfEnd - kdfStart;
      const t0 = now();
      mountReadPending = false;  // not before: a wrong passphrase opens nothing
      Object.assign(S, { key: k.key, salt: k.salt, iterations: k.iterations });
      hideOverlay();
      try {
        await openAfterKey(t0, t);
      } catch (err) {
        // Nothing half-open stays behind; the unlock form says why.
        M._rm_store_lock();
        S.key = null; S.salt = null;
        setState('locked');
        showOverlay('unlock');
        throw err;
      }
      S.lastActivity = Date.now();
      return state();
    });
  }

  // New key.rmk and every readable file re-sealed under the new key, swapped
  // in memory and persisted in ONE syncfs (one IndexedDB transaction): either
  // the whole new set commits or the old files and old passphrase stay. On
  // failure the old bytes go back into memory. A plain (demo) store becomes
  // encrypted this way (OLD is then ignored).
  async function setPassphrase(oldPassphrase, newPassphrase) {
    checkNewPassphrase(newPassphrase);
    if (!writable()) throw storeError('not_writable', MSG.notWritable);
    await saved();
    return exclusive(async () => {
      await loadDeferred();  // every file is re-sealed
      const oldKey = currentKey();
      const keyBytes = FS.readFile(path(KEY_FILE));
      if (oldKey.mode === 'encrypted') await RMEnvelope.unlock(oldPassphrase || '', keyBytes);  // wrong_passphrase
      const fresh = await RMEnvelope.createKeyFile(newPassphrase);
      const newKey = { mode: 'encrypted', key: fresh.key, salt: fresh.salt, iterations: fresh.iterations };
      const staged = [];
      const backup = [[KEY_FILE, keyBytes]];
      for (const e of listing()) {
        const info = nameInfo(e.name);
        if (!info || S.unreadable.includes(e.name)) continue;
        const bytes = fileBytes(e.name);  // stays intact: the re-sealed file replaces the node
        let plain;
        try { plain = await openWith(oldKey, e.name, bytes); } catch (err) { continue; }  // unreadable: left as it is
        staged.push([e.name, await sealWith(newKey, info.kind, info.seq, plain)]);
        plain.fill(0);
        backup.push([e.name, bytes]);
      }
      for (const [n, b] of staged) writeAtomic(n, b);
      writeAtomic(KEY_FILE, fresh.keyFile);
      try {
        await syncOut();
      } catch (err) {
        for (const [n, b] of backup) writeAtomic(n, b);
        const d = describe(err);
        throw new StoreError(d.code, d.message_zh, d.message_en);
      }
      Object.assign(S, newKey);
      S.savedAt = Date.now();
      render();
      return state();
    });
  }

  // ---- the data hook (docs/js-hook.md) ---------------------------------------
  function state() {
    return {
      state: S.state,
      encrypted: S.mode === 'encrypted',
      mode: S.mode,
      writable: writable(),
      read_only: S.state === 'read_only',
      memory_only: S.memoryOnly,
      saving: S.saving,
      dirty: dirty(),
      saved_at: S.savedAt || null,
      failure: S.failure,
      problems: S.problems,
      last_export_at: Number(localStorage.getItem(LS.lastExport)) || null,
      backup_due: backupDue(),
    };
  }

  function requireBook() {
    if (S.state !== 'open' && S.state !== 'read_only') throw storeError('not_open', MSG.notWritable);
  }

  // ---- restore points (web/js/restore.js) -----------------------------------
  // The retained snapshots, newest first: {name, seq, bytes, savedAt, newest,
  // damaged}. "damaged" is what an open or a restore found; a file is never
  // deleted here unless the user asks (discard). The restore points are read
  // for their sizes and then left in IndexedDB only again: a week of them
  // would otherwise stay in memory for the rest of the session.
  async function restorePoints() {
    requireBook();
    return exclusive(async () => {
      await loadDeferred();
      try {
        const snaps = listing().map((e) => Object.assign(e, { info: nameInfo(e.name) }))
          .filter((e) => e.info && e.info.kind === RMEnvelope.constants.KIND.snapshot)
          .sort((a, b) => b.info.seq - a.info.seq);
        const newestGood = snaps.find((e) => !S.unreadable.includes(e.name));
        return snaps.map((e) => ({ name: e.name, seq: e.info.seq, bytes: e.size, savedAt: e.mtime,
                                   newest: e === newestGood, damaged: S.unreadable.includes(e.name) }));
      } finally { await deferStored(); }
    });
  }
  // Puts the book back as it was in snapshot NAME, as one undoable edit that
  // the next save journals. A file that does not open is marked damaged.
  function restore(name) {
    return exclusive(async () => {
      if (!writable()) throw storeError('not_writable', MSG.notWritable);
      const info = nameInfo(String(name));
      await loadDeferred();
      if (!info || info.kind !== RMEnvelope.constants.KIND.snapshot || !exists(name)) {
        throw storeError('no_such_restore_point', MSG.noRestorePoint);
      }
      let buf;
      try {
        buf = await openToHeap(currentKey(), name, fileBytes(name));
      } catch (err) {
        if (!S.unreadable.includes(name)) S.unreadable.push(name);
        throw err;
      } finally { await deferStored(); }  // the restore points are not needed in memory any more
      setClock();
      let r;
      try {
        r = JSON.parse(M.ccall('rm_store_restore', 'string', ['number', 'number'], [buf.ptr, buf.len]));
      } finally { releaseHeap(buf); }
      M._rm_wake();
      if (!r.ok) {
        if (r.problem && r.problem.code !== 'not_writable' && !S.unreadable.includes(name)) S.unreadable.push(name);
        throw storeError(r.problem.code, [r.problem.message_zh, r.problem.message_en]);
      }
      return { ok: true, changed: r.changed };
    });
  }
  // Deletes a damaged file the user chose to discard (after downloading it,
  // perhaps); readable files are kept to the retention plan.
  function discard(name) {
    return exclusive(async () => {
      if (!writable()) throw storeError('not_writable', MSG.notWritable);
      if (!S.unreadable.includes(name) || !exists(name)) throw storeError('no_such_restore_point', MSG.noRestorePoint);
      removeFile(name);
      await syncOut();
      S.unreadable = S.unreadable.filter((n) => n !== name);
      S.problems = S.problems.filter((p) => !String(p.path || '').startsWith(name));
      render();
    });
  }
  // The stored (sealed) bytes of a file, for the user to hand to IT.
  function rawFile(name) {
    if (!nameInfo(String(name)) || !exists(name)) throw storeError('no_such_restore_point', MSG.noRestorePoint);
    return new Uint8Array(fileBytes(name));
  }

  const api = {
    state: async () => state(),
    setup: async (opts) => setup(opts),
    counts: async () => cjson('rm_store_counts'),
    exportBundle: async () => {
      requireBook();
      setClock();
      if (M._rm_store_export() < 0) throw storeError('not_open', MSG.notWritable);
      const text = new TextDecoder().decode(outBytes());
      localStorage.setItem(LS.lastExport, String(Date.now()));
      render();
      return text;
    },
    importBundle: async (jsonText) => {
      setClock();
      const bytes = new TextEncoder().encode(String(jsonText));
      const res = withBytes(bytes, (p, l) => M.ccall('rm_store_import', 'string', ['number', 'number'], [p, l]));
      M._rm_wake();
      return JSON.parse(res);
    },
    // Test and integration path: an edit through the Workspace, as the UI makes.
    editClient: async (spec) => {
      setClock();
      const r = JSON.parse(M.ccall('rm_store_edit_client', 'string', ['string'], [JSON.stringify(spec || {})]));
      M._rm_wake();
      return r;
    },
    setPassphrase: async (oldP, newP) => setPassphrase(oldP, newP),
    lock: async () => lock(),
    unlock: async (p) => unlock(p),
    saved: async () => saved(),
    restorePoints: async () => restorePoints(),
    restore: async (name) => restore(name),
    // Phase timings of the page's IndexedDB read, the last open and the last
    // save, in ms (docs/js-hook.md); copies, so callers cannot change them.
    timings: async () => JSON.parse(JSON.stringify({ mount: T.mount, open: T.open, lastSave: T.lastSave })),
    quota: async () => {
      const out = { usage: null, quota: null, persisted: null };
      if (navigator.storage && navigator.storage.estimate) Object.assign(out, await navigator.storage.estimate());
      if (navigator.storage && navigator.storage.persisted) out.persisted = await navigator.storage.persisted();
      return { usage: out.usage, quota: out.quota, persisted: out.persisted };
    },
  };

  function installHook() {
    window.rmplanner = window.rmplanner || {};
    window.rmplanner.data = api;
  }

  // ---- timers and page events -------------------------------------------------
  function lockMinutes() {
    const v = Number(localStorage.getItem(LS.lockMinutes));
    return Number.isFinite(v) && v > 0 ? v : 15;
  }
  function backupDue() {
    if (S.state !== 'open' && S.state !== 'read_only') return false;
    const last = Number(localStorage.getItem(LS.lastExport)) || Number(localStorage.getItem(LS.created)) || 0;
    return !last || Date.now() - last > BACKUP_DAYS * 86400000;
  }

  let lastMinute = -1;
  function tick() {
    if (!M) return;
    const now = Date.now();
    if (writable() && (dirty() || M._rm_store_needs_snapshot() === 1) && !S.saving && now >= S.retryAt) {
      persist().catch(() => {});
    }
    if (S.mode === 'encrypted' && (S.state === 'open' || S.state === 'read_only') &&
        now - S.lastActivity > lockMinutes() * 60000) {
      S.lastActivity = now;  // one attempt per idle period
      lock().catch(() => {});
    }
    const minute = Math.floor(now / 60000);
    if (minute !== lastMinute) { lastMinute = minute; setClock(); render(); }
  }

  function installListeners() {
    const activity = () => { S.lastActivity = Date.now(); };
    for (const t of ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart']) {
      window.addEventListener(t, activity, { capture: true, passive: true });
    }
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flushNow(); });
    window.addEventListener('pagehide', flushNow);
    setInterval(tick, POLL_MS);
  }

  // Keys typed into the overlay's fields belong to the fields, not to the
  // canvas: this capture listener is registered before platform.js's (this
  // script loads first) and stops the event there, without preventDefault,
  // so Backspace, Tab and Enter keep working in the form.
  window.addEventListener('keydown', (e) => { if (inOverlay(e.target)) e.stopImmediatePropagation(); }, true);
  window.addEventListener('keyup', (e) => { if (inOverlay(e.target)) e.stopImmediatePropagation(); }, true);
  function inOverlay(el) {
    const o = document.getElementById('store-overlay');
    return !!(o && el && el.nodeType === 1 && o.contains(el));
  }

  // ---- DOM: overlay and status ---------------------------------------------------
  const $ = (id) => document.getElementById(id);
  function showOverlay(which) {
    const o = $('store-overlay');
    if (!o) return;
    for (const id of ['store-setup', 'store-unlock', 'store-memory']) $(id).hidden = id !== 'store-' + which;
    o.hidden = false;
    const first = which === 'setup' ? $('setup-pass') : which === 'unlock' ? $('unlock-pass') : $('memory-demo');
    if (first) setTimeout(() => first.focus(), 0);
  }
  function hideOverlay() {
    const o = $('store-overlay');
    if (!o) return;
    o.hidden = true;
    for (const id of ['setup-pass', 'setup-pass2', 'unlock-pass']) if ($(id)) $(id).value = '';
    for (const id of ['setup-error', 'unlock-error']) if ($(id)) $(id).textContent = '';
  }
  function showFormError(id, err) {
    const d = describe(err);
    const box = $(id);
    box.textContent = '';
    for (const [lang, text] of [['zh-CN', d.message_zh], ['en', d.message_en]]) {
      const p = document.createElement('p');
      p.lang = lang;
      p.textContent = text;
      box.appendChild(p);
    }
  }
  function busy(form, on, m) {
    for (const el of form.querySelectorAll('button, input')) el.disabled = on;
    const note = form.querySelector('.store-busy');
    if (note) note.textContent = on ? both(m) : '';
  }

  function wireForms() {
    const setupForm = $('store-setup');
    if (!setupForm) return;
    setupForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      busy(setupForm, true, MSG.creating);
      try {
        await setup({ passphrase: $('setup-pass').value, repeat: $('setup-pass2').value, demo: $('setup-demo').checked });
      } catch (err) { showFormError('setup-error', err); } finally { busy(setupForm, false); }
    });
    $('setup-plain').addEventListener('click', async () => {
      busy(setupForm, true, MSG.creating);
      try { await setup({ demo: true }); } catch (err) { showFormError('setup-error', err); } finally { busy(setupForm, false); }
    });
    const unlockForm = $('store-unlock');
    unlockForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      busy(unlockForm, true, MSG.unlocking);
      try {
        await unlock($('unlock-pass').value);
      } catch (err) {
        showFormError('unlock-error', err);
        $('unlock-pass').select();
      } finally { busy(unlockForm, false); }
      if (S.state === 'locked') $('unlock-pass').focus();
    });
    $('memory-demo').addEventListener('click', () => setup({ demo: true }).catch(() => {}));
    $('memory-empty').addEventListener('click', () => setup({ demo: false }).catch(() => {}));
    $('store-export').addEventListener('click', downloadBackup);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wireForms);
  else wireForms();
  requestWriterLock();

  async function downloadBackup() {
    try {
      const text = await api.exportBundle();
      const d = new Date();
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      a.download = 'rmplanner-backup-' + d.getFullYear() + String(d.getMonth() + 1).padStart(2, '0') +
        String(d.getDate()).padStart(2, '0') + '.json';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    } catch (err) { /* nothing open: the status already says why */ }
  }

  const hhmm = (ms) => { const d = new Date(ms); return String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0'); };
  let lastStatus = '';
  function render() {
    const box = $('store-status');
    if (!box) return;
    const lines = [];  // [zh, en, kind]
    let offerExport = false;
    if (S.memoryOnly) { lines.push([MSG.memoryOnly[0], MSG.memoryOnly[1], 'warn']); offerExport = S.state === 'open'; }
    else if (S.state === 'read_only') lines.push([MSG.readOnly[0], MSG.readOnly[1], 'warn']);
    else if (S.tookOver && S.state === 'open' && Date.now() - S.tookOver < 15000) lines.push([MSG.tookOver[0], MSG.tookOver[1], 'ok']);
    if (S.state === 'failed' || (S.problems.length && (S.state === 'open' || S.state === 'read_only'))) {
      const p = S.problems[0];
      if (p) {
        const more = S.problems.length > 1 ? ` (+${S.problems.length - 1})` : '';
        lines.push([MSG.problemsFound[0] + p.message_zh + more, MSG.problemsFound[1] + p.message_en + more, 'error']);
      }
    }
    if (S.state === 'open' && !S.memoryOnly) {
      if (S.failure) {
        lines.push([MSG.failed[0] + '：' + S.failure.message_zh, MSG.failed[1] + ': ' + S.failure.message_en, 'error']);
        offerExport = true;
      } else if (S.saving) {
        lines.push([MSG.saving[0], MSG.saving[1], 'busy']);
      } else if (S.savedAt) {
        lines.push([MSG.saved[0] + ' · ' + hhmm(S.savedAt), MSG.saved[1] + ' · ' + hhmm(S.savedAt), 'ok']);
      }
    }
    if (backupDue() && !S.memoryOnly) { lines.push([MSG.backup[0], MSG.backup[1], 'warn']); offerExport = true; }
    const key = JSON.stringify([lines, offerExport]);
    if (key === lastStatus) return;
    lastStatus = key;
    const text = $('store-status-text');
    text.textContent = '';
    for (const [zh, en, kind] of lines) {
      const p = document.createElement('p');
      p.className = 'store-line store-' + kind;
      const z = document.createElement('span'); z.lang = 'zh-CN'; z.textContent = zh;
      const e = document.createElement('span'); e.lang = 'en'; e.textContent = en;
      p.append(z, ' ', e);
      text.appendChild(p);
    }
    $('store-export').hidden = !offerExport;
    $('store-restore').hidden = !(S.problems.length && (S.state === 'open' || S.state === 'read_only'));
    box.hidden = lines.length === 0;
    box.dataset.state = S.failure ? 'failed' : S.saving ? 'saving' : S.state;
  }

  window.RMStorage = Object.freeze({ start, changed, state, api, restorePoints, restore, discard, rawFile, framesHeldFor,
                                    demoClients });
})();
