// The early read: the store read while the app loads (docs/storage.md, "Start-up").
'use strict';

(function (R) {
  const { DIR, KEY_FILE, now, path, deferred, deferrable } = R;

  // Loading and compiling the app takes longer than reading the store (about
  // 0.3 s here against 0.1 s for a 10 000-client book; docs/benchmarks.md),
  // and the read needs none of the app: IDBFS keeps every file as one record
  // of its IndexedDB database. So once this page holds the writer's lock it
  // reads, in one read-only transaction, the records the mount would read —
  // key.rmk, the newest snapshot and the journal after it (deferrable()) —
  // and the mount's first load takes them from here (idb_store.js, syncStore) instead of
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
    // A rewrite of the store was cut short: start() finishes it before any read.
    if (localStorage.getItem(R.LS.rewrite)) return;
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
  // The mount's first load takes the early read once: its files, or null
  // when there is none (or it was taken) and the mount reads on its own.
  function takeEarlyRead() {
    if (!early || earlyUsed) return null;
    earlyUsed = true;
    return early.files;
  }
  // key.rmk from the early read: its bytes, null (none stored) or undefined
  // (no early read, or it could not read it).
  const earlyKeyFile = () => (early ? early.keyFile : Promise.resolve(undefined));

  Object.assign(R, { beginEarlyRead, wholeEarlyRead, loadFromEarly, takeEarlyRead, earlyKeyFile });
})(window.RMStore);
