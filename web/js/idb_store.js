// The store's files: /store in memory (MEMFS) and in IndexedDB (IDBFS).
//
// IDBFS is mounted at /store as STOREFS: IDBFS whose sync leaves restore
// points in IndexedDB until something needs them ("deferred files" below).
// The first FS.syncfs(true) (the load) must finish before any
// FS.syncfs(false): Emscripten's reconcile deletes every stored file missing
// in memory, so an early save would wipe the store. S.loaded guards every
// write path; no save, flush, setup or key file is written before it is true.
'use strict';

(function (R) {
  const { DIR, KEY_FILE, S } = R;
  const { MSG, storeError } = RMMessages;

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
  function syncStore(mount, populate, whenDone) {
    // What this page read or wrote last is what it expects to find stored.
    const callback = (err) => {
      if (!err) knownKeyFile = localKeyFile();
      whenDone(err);
    };
    const earlyRead = populate ? R.takeEarlyRead() : null;
    if (earlyRead) {  // the mount's load: from the early read if it worked (early_read.js)
      earlyRead.then((read) => {
        if (!read || !R.wholeEarlyRead(read)) return syncStore(mount, populate, whenDone);
        R.boot.earlyMs = read.ms;
        R.loadFromEarly(read, callback);
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
        reconcile(populate ? remote : local, populate ? local : remote, callback);
      });
    });
  }
  // ---- reconcile: every request counts ---------------------------------------
  // Emscripten 3.1.6's IDBFS.reconcile (with storeRemoteEntry and friends)
  // reports a failed request as `this.error` from inside an arrow function —
  // undefined — and calls preventDefault, so a put that fails (a
  // ConstraintError, a quota error on one record) is dropped, the transaction
  // commits without that file and the callback reports success: the app
  // would say "saved" over a journal entry that is not stored. Upstream
  // fixed the error value after 3.1.6; a failed request still let the
  // others commit. This reconcile, used by every STOREFS sync, keeps
  // IDBFS's plan (what differs by timestamp is copied, what the source
  // lacks is deleted) and changes how it ends:
  // - any request's error, or a put/delete that throws, aborts the whole
  //   transaction; the callback gets that error, never success;
  // - the callback comes from the transaction's own end ('complete' or
  //   'abort'), so an abort at commit (a quota error) is reported too;
  // - a save's transaction asks for strict durability: Chromium (121 on)
  //   commits with relaxed durability by default, which an OS crash or a
  //   power cut can roll back after "saved" was shown;
  // - a save first reads the stored key.rmk in the same transaction and
  //   aborts when it is not the key file this page last read or wrote: a
  //   key changed by another page is never written over or written under
  //   (docs/storage.md, "What saved means").
  // A load reads in a read-only transaction (IDBFS used a read-write one).
  let knownKeyFile = null;  // key.rmk as this page last read or wrote it (null: none stored)
  function localKeyFile() {
    try { return FS.readFile(path(KEY_FILE)); } catch (e) { return null; }
  }
  function sameBytes(a, b) {
    if (!a || !b) return !a && !b;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  function reconcile(src, dst, callback) {
    const create = Object.keys(src.entries).filter((k) => {
      const e2 = dst.entries[k];
      return !e2 || src.entries[k].timestamp.getTime() !== e2.timestamp.getTime();
    });
    const remove = Object.keys(dst.entries).filter((k) => !src.entries[k]);
    const save = dst.type === 'remote';
    if (!create.length && !remove.length) return callback(null);
    const db = save ? dst.db : src.db;
    let tx, ended = false, failure = null;
    const end = (err) => {
      if (ended) return;
      ended = true;
      callback(err || null);
    };
    const fail = (err) => {
      if (!failure) failure = err || new DOMException('IndexedDB request failed', 'UnknownError');
      try { tx.abort(); } catch (e) { end(failure); }  // already ending: 'abort' may not come
    };
    try {
      tx = save ? db.transaction([IDBFS.DB_STORE_NAME], 'readwrite', { durability: 'strict' })
        : db.transaction([IDBFS.DB_STORE_NAME], 'readonly');
    } catch (e) { return callback(e); }
    tx.oncomplete = () => end(failure);
    tx.onabort = () => end(failure || tx.error || new DOMException('IndexedDB transaction aborted', 'AbortError'));
    const store = tx.objectStore(IDBFS.DB_STORE_NAME);
    const request = (make, then) => {
      if (failure) return;
      let req;
      try { req = make(); } catch (e) { fail(e); return; }
      req.onsuccess = () => {
        if (failure || !then) return;
        try { then(req.result); } catch (e) { fail(e); }
      };
      req.onerror = (e) => {
        e.preventDefault();  // abort() below, with this request's error
        e.stopPropagation();
        fail(req.error);
      };
    };
    const done = (err) => { if (err) fail(err); };
    if (save) {
      const expected = knownKeyFile;
      request(() => store.get(path(KEY_FILE)), (entry) => {
        const stored = entry && entry.contents ? new Uint8Array(entry.contents) : null;
        if (!sameBytes(stored, expected)) fail(storeError('key_changed', MSG.keyChanged));
      });
    }
    // Directories before their files; deletions files first (as IDBFS).
    for (const p of create.sort()) {
      if (save) {
        IDBFS.loadLocalEntry(p, (err, entry) => (err ? fail(err) : request(() => store.put(entry, p))));
      } else {
        request(() => store.get(p), (entry) => {
          if (!entry) throw new DOMException('stored file vanished: ' + p, 'NotFoundError');
          IDBFS.storeLocalEntry(p, entry, done);
        });
      }
    }
    for (const p of remove.sort().reverse()) {
      if (save) request(() => store.delete(p));
      else IDBFS.removeLocalEntry(p, done);
    }
  }

  // Made at start: IDBFS is defined by app.js, which loads after this file.
  const storeFs = () => Object.assign({}, IDBFS, { syncfs: syncStore, reconcile });
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

  // Whether any stored snapshot or journal entry is sealed (encrypted): the
  // files in memory by their headers, the deferred ones read from IndexedDB
  // (one read-only transaction; nothing is kept). A plain key.rmk next to
  // such a file is refused (session.js).
  function anySealedData() {
    const sealed = (bytes) => {
      try { return RMEnvelope.parseHeader(bytes).encrypted; } catch (e) { return false; }
    };
    for (const e of listing()) if (nameInfo(e.name) && sealed(fileBytes(e.name))) return Promise.resolve(true);
    if (!deferred.size) return Promise.resolve(false);
    const db = IDBFS.dbs[DIR];
    return new Promise((resolve, reject) => {
      const tx = db.transaction([IDBFS.DB_STORE_NAME], 'readonly');
      const store = tx.objectStore(IDBFS.DB_STORE_NAME);
      let found = false;
      for (const p of deferred.keys()) {
        const req = store.get(p);
        req.onsuccess = () => { if (req.result && req.result.contents && sealed(new Uint8Array(req.result.contents))) found = true; };
      }
      tx.oncomplete = () => resolve(found);
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
  // An abort ends only the sync that opened the transaction: the abort event of
  // a sync that already failed can arrive after the retry has begun, and must
  // not be taken for the retry's own failure.
  let currentSync = null;  // {finish} of the running sync
  let openWrite = null;  // the read-write transaction of the running sync
  function watchAborts() {
    const dbs = (typeof IDBFS !== 'undefined' && IDBFS.dbs) || null;
    const db = dbs && dbs[DIR];
    if (!db || db.__rmWatched) return;
    const original = db.transaction.bind(db);
    db.transaction = function (...args) {
      // Any read-write transaction on the store carries a save: strict
      // durability (see reconcile above), unless the caller chose.
      if (args[1] === 'readwrite' && !args[2]) args[2] = { durability: 'strict' };
      const t = original(...args);
      const owner = currentSync;
      if (args[1] === 'readwrite') {
        openWrite = t;
        const done = () => { if (openWrite === t) openWrite = null; };
        t.addEventListener('complete', done);
      }
      t.addEventListener('abort', () => {
        if (openWrite === t) openWrite = null;
        if (owner && owner === currentSync) owner.finish(t.error || new DOMException('IndexedDB transaction aborted', 'AbortError'));
      });
      return t;
    };
    db.__rmWatched = true;
    // Another tab deleting the database (turning encryption on rewrites it
    // into a fresh one, fresh_store.js) waits for this connection: close it;
    // IDBFS opens a new one at the next sync.
    db.addEventListener('versionchange', () => {
      db.close();
      if (IDBFS.dbs[DIR] === db) delete IDBFS.dbs[DIR];
    });
  }
  function syncOut() {
    // The guard that keeps an early save from wiping the store (see the top).
    if (!S.loaded || S.memoryOnly || !S.writer) {
      return Promise.reject(storeError('not_loaded', MSG.notWritable));
    }
    return new Promise((resolve, reject) => {
      let settled = false;
      const sync = {};
      const finish = (err) => {
        if (settled) return;
        settled = true;
        if (currentSync === sync) currentSync = null;
        if (err && openWrite) {
          const t = openWrite;
          openWrite = null;
          try { t.abort(); } catch (e) { /* already finished */ }
        }
        if (err) reject(err); else resolve();
      };
      sync.finish = finish;
      currentSync = sync;
      try { FS.syncfs(false, finish); } catch (e) { finish(e); }
    });
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

  Object.assign(R, { path, exists, removeFile, listing, fileBytes, writeAtomic, nameInfo, snapName, journalName,
                     deferred, deferrable, storeFs, loadDeferred, deferStored, syncIn, syncOut, watchAborts,
                     sameBytes, anySealedData });
})(window.RMStore);
