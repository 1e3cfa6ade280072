// Turning encryption on for a plain (demo) store leaves nothing plain on
// disk (docs/storage.md, "Turning encryption on"). Re-sealing every file
// replaces each IndexedDB record, but Chromium keeps IndexedDB in LevelDB,
// which never overwrites: the plain values stay in its log and tables until
// a compaction happens to merge them away. Deleting the whole database makes
// Chromium compact at once, so the store is rewritten into a fresh database:
//   1. every (now sealed) record is copied to a side database, and a flag is
//      set in localStorage;
//   2. the store's database is deleted (Chromium compacts its LevelDB);
//   3. the records are written back into a fresh database of the same name;
//   4. the side database is deleted and the flag cleared.
// A page killed between 2 and 3 leaves the flag: the next start copies the
// side database back before it reads the store (recover()). Every record in
// the side database is sealed, so it holds nothing readable either.
'use strict';

(function (R) {
  const { DIR, LS, KEY_FILE, path } = R;
  const SIDE_DB = 'rmplanner-rewrite';
  const SCRATCH_DB = 'rmplanner-settle';
  const STORE = 'FILE_DATA';  // IDBFS.DB_STORE_NAME
  LS.rewrite = 'rmplanner.rewritingStore';

  const done = (req) => new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = (e) => { e.preventDefault(); reject(req.error); };
  });
  const committed = (tx) => new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error || new DOMException('IndexedDB transaction aborted', 'AbortError'));
  });
  // Opens NAME with IDBFS's schema (one object store with a timestamp index).
  function openDb(name) {
    const req = indexedDB.open(name, 21);  // IDBFS.DB_VERSION
    req.onupgradeneeded = () => {
      const db = req.result;
      const store = db.objectStoreNames.contains(STORE) ? req.transaction.objectStore(STORE) : db.createObjectStore(STORE);
      if (!store.indexNames.contains('timestamp')) store.createIndex('timestamp', 'timestamp', { unique: false });
    };
    return done(req);
  }
  // Opens NAME only if it exists (null otherwise; nothing is created).
  function openExisting(name) {
    return new Promise((resolve) => {
      const req = indexedDB.open(name);
      let fresh = false;
      req.onupgradeneeded = () => { fresh = true; req.transaction.abort(); };
      req.onsuccess = () => resolve(req.result);
      req.onerror = (e) => { e.preventDefault(); resolve(fresh ? null : null); };
    });
  }
  function deleteDb(name) {
    return new Promise((resolve, reject) => {
      const req = indexedDB.deleteDatabase(name);
      req.onsuccess = () => resolve();
      req.onerror = (e) => { e.preventDefault(); reject(req.error); };
      // Another tab's connection holds it open: idb_store.js closes its
      // connections on 'versionchange', so this resolves once they have.
      req.onblocked = () => {};
    });
  }
  async function readAll(db) {
    const tx = db.transaction([STORE], 'readonly');
    const store = tx.objectStore(STORE);
    const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
    await committed(tx);
    return keys.map((k, i) => [k, values[i]]);
  }
  async function writeAll(db, records) {
    const tx = db.transaction([STORE], 'readwrite', { durability: 'strict' });
    const store = tx.objectStore(STORE);
    for (const [k, v] of records) store.put(v, k);
    await committed(tx);
  }

  // Chromium deletes a database by compacting its key range, but a table file
  // the compaction made obsolete stays on disk while an older LevelDB version
  // still pins it, and is only removed by the next compaction or the next
  // start. Creating and deleting an empty scratch database makes that next
  // compaction happen now, so the plain tables go before the user walks away.
  async function settleLevelDb() {
    const scratch = await openDb(SCRATCH_DB);
    scratch.close();
    await deleteDb(SCRATCH_DB);
  }

  // After the store was re-sealed and persisted (passphrase.js): rewrite it
  // into a fresh database. The caller holds the exclusive job chain.
  async function rewriteFresh() {
    const current = IDBFS.dbs[DIR];
    const records = await readAll(current);
    const side = await openDb(SIDE_DB);
    try { await writeAll(side, records); } finally { side.close(); }
    localStorage.setItem(LS.rewrite, '1');
    current.close();
    delete IDBFS.dbs[DIR];
    await deleteDb(DIR);
    const fresh = await openDb(DIR);
    try { await writeAll(fresh, records); } finally { fresh.close(); }
    // IDBFS's own connection to the fresh database, watched as at mount.
    await new Promise((resolve, reject) => IDBFS.getDB(DIR, (err) => (err ? reject(err) : resolve())));
    R.watchAborts();
    await deleteDb(SIDE_DB);
    localStorage.removeItem(LS.rewrite);
    await settleLevelDb();
    return records.length;
  }

  // At start, before the store is read: finishes a rewrite a closed page left
  // half done. The side database is copied back when the store lacks its
  // key file (it was deleted and not yet written again).
  async function recover() {
    if (!localStorage.getItem(LS.rewrite)) return;
    const side = await openExisting(SIDE_DB);
    if (side) {
      let records = [];
      try { if (side.objectStoreNames.contains(STORE)) records = await readAll(side); } finally { side.close(); }
      if (records.some(([k]) => k === path(KEY_FILE))) {
        const main = await openDb(DIR);
        try {
          const tx = main.transaction([STORE], 'readonly');
          const key = await done(tx.objectStore(STORE).get(path(KEY_FILE)));
          if (!key) await writeAll(main, records);
        } finally { main.close(); }
      }
      await deleteDb(SIDE_DB);
    }
    localStorage.removeItem(LS.rewrite);
  }

  Object.assign(R, { rewriteFresh, recoverRewrite: recover });
})(window.RMStore);
