// The page's session with the store: the Web Lock that makes one tab the
// writer (a second tab opens read-only, never writes, and takes over when
// the first goes away), and the start: mounting the store, reading key.rmk,
// then the unlock screen, the open of a plain book, or first-run setup.
'use strict';

(function (R) {
  const { S, T, DIR, KEY_FILE, LOCK_NAME, now, ms, setClock, warmHeap, stopWarming, beginEarlyRead,
          path, exists, listing, nameInfo, storeFs, syncIn, watchAborts, deferred, exclusive, openAfterKey,
          keyFileMatches, anySealedData } = R;
  const { MSG, describe } = RMMessages;

  // ---- the Web Lock: one writer ---------------------------------------------
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
    // Without Web Locks (an old browser, an address that is not a secure
    // context) nothing tells this page that it is the only one writing: two
    // writers delete each other's files (each sync deletes what its memory
    // lacks). Such a page opens read-only and says why (MSG.noLocks).
    if (!navigator.locks || !navigator.locks.request) {
      S.noLocks = true;
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
          R.setState('failed');
        });
      }
      return new Promise(() => {});  // held until the page goes away
    }).catch(() => {  // refused: the page stays read-only, and says why
      if (S.writer) return;
      S.noLocks = true;
      R.render();
    });
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
    await R.boot.mountRead;
    S.writer = true;
    if (!S.loaded || S.memoryOnly) return;
    await syncIn();
    R.boot.mountReadPending = false;
    // The other tab may have changed the passphrase (or encrypted a plain
    // book) before it closed: the key this page holds no longer opens the
    // store, and reopening with it would give an empty writable book saved
    // under the old key. Drop the book and ask for the current passphrase.
    if (S.state === 'read_only' && exists(KEY_FILE) && !keyFileMatches(FS.readFile(path(KEY_FILE)))) {
      discardBook();
      await openWithStoredKey(MSG.keyChanged);
    } else if (S.state === 'read_only' && exists(KEY_FILE)) {
      const t0 = now();
      await openAfterKey(t0, { via: 'takeover', idb_read_ms: 0, resync_ms: 0, kdf_ms: 0 });
    } else if (S.state === 'read_only') {
      // The other tab closed before any book was set up here.
      R.setState('needs_setup');
      R.showOverlay('setup');
    }
    R.render();
  }

  // ---- start ------------------------------------------------------------------
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
    const bytes = await R.earlyKeyFile();
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
    R.setState('needs_setup');
    R.showOverlay('memory');
  }

  // What the stored key.rmk (as read into /store) says to do next: the
  // unlock screen (with NOTE in its error box, if given), the open of a plain
  // book, first-run setup, or a refusal. Used by the start, and when the key
  // this page held turned out to be stale (takeover, a save refused).
  async function openWithStoredKey(note) {
    const keyBytes = exists(KEY_FILE) ? FS.readFile(path(KEY_FILE)) : null;
    const hasData = deferred.size > 0 || listing().some((e) => nameInfo(e.name));
    if (keyBytes) {
      let header;
      try { header = RMEnvelope.parseHeader(keyBytes); } catch (err) {
        S.problems = [Object.assign(describe(err), { path: KEY_FILE })];
        R.setState('failed');
        return;
      }
      if (header.encrypted) {
        S.mode = 'encrypted';
        R.setState('locked');
        R.showOverlay('unlock');
        if (note) {
          S.problems = [{ code: 'key_changed', path: KEY_FILE, message_zh: note[0], message_en: note[1] }];
          unlockNote(note);
        }
        warmHeap();  // while the passphrase is typed and derived
        return;
      }
      RMEnvelope.openPlain(keyBytes);
      // A plain key-check next to sealed data is a downgrade: someone
      // replaced key.rmk so that the book would open without the
      // passphrase, and from then on be saved in plain text. Refuse it.
      if (await anySealedData()) {
        S.mode = null;
        S.problems = [{ code: 'plain_key_sealed_data', path: KEY_FILE, message_zh: MSG.plainKeySealed[0],
                        message_en: MSG.plainKeySealed[1] }];
        R.setState('failed');
        return;
      }
      const t0 = now();
      S.mode = 'plain';
      R.boot.mountReadPending = false;
      await openAfterKey(t0, { via: note ? 'takeover' : 'start', idb_read_ms: note ? 0 : T.mount.idb_read_ms, resync_ms: 0, kdf_ms: 0 });
    } else if (hasData) {
      S.problems = [{ code: 'key_file_missing', path: KEY_FILE, message_zh: MSG.noKey[0], message_en: MSG.noKey[1] }];
      R.setState('failed');
    } else if (!S.writer) {
      R.setState('read_only');
    } else {
      R.setState('needs_setup');
      R.showOverlay('setup');
    }
  }
  function unlockNote(m) {
    const box = document.getElementById('unlock-error');
    if (!box) return;
    box.textContent = '';
    for (const [lang, text] of [['zh-CN', m[0]], ['en', m[1]]]) {
      const p = document.createElement('p');
      p.lang = lang;
      p.textContent = text;
      box.appendChild(p);
    }
  }
  // Drops the decrypted book and the key, as a lock does (without a save).
  function discardBook() {
    R.setState('locked');  // at once: nothing may count as saved or be saved from here
    R.M._rm_store_lock();
    S.key = null; S.salt = null; S.iterations = 0;
    S.failure = null; S.retries = 0; S.retryAt = 0;
  }
  // A save found that the stored key.rmk is not the one this page holds
  // (saver.js): another page changed the passphrase. Nothing was written.
  // What this page had not saved cannot be written under the old key, nor
  // sealed under a key it does not have: it is dropped, and the page says so.
  async function keyChanged() {
    discardBook();
    await syncIn();  // the other page's key file and files
    await openWithStoredKey(MSG.keyChangedLost);
  }

  let startDone = Promise.resolve();  // settles when start() has ended
  function start(Module) {
    const p = startStore(Module);
    startDone = p.catch(() => {});
    return p;
  }
  async function startStore(Module) {
    R.M = Module;
    R.installHook();
    R.shareSync.installHook();
    R.installListeners();
    setClock();
    R.setState('loading');
    try {
      try { FS.mkdir(DIR); } catch (e) { /* exists */ }
      started = true;  // S.writer is true if the lock was granted by now
      if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
      try {
        if (typeof indexedDB === 'undefined' || !indexedDB) throw new Error('no IndexedDB');
        if (S.writer) await R.recoverRewrite().catch(() => {});  // fresh_store.js
        FS.mount(storeFs(), {}, DIR);
        const tm = now();
        T.mount = {};
        // key.rmk first (from the early read, which asks for it first, or on
        // its own): an encrypted book's unlock screen comes up at once, and
        // whatever is left of the read ends while the passphrase is typed.
        R.boot.earlyKeyFile = await readKeyFile();
        const reading = syncIn().then(() => {
          Object.assign(T.mount, { started_ms: ms(tm), idb_read_ms: ms(now() - tm), early_read_ms: R.boot.earlyMs === null ? null : ms(R.boot.earlyMs),
                                   files: 0, bytes: 0, deferred_files: deferred.size });
          for (const e of listing()) { T.mount.files++; T.mount.bytes += e.size; }
          S.loaded = true;
          watchAborts();
        });
        R.boot.mountRead = reading.catch(() => {});
        if (encryptedKeyFile(R.boot.earlyKeyFile)) {
          S.mode = 'encrypted';
          R.setState('locked');
          R.showOverlay('unlock');
          performance.mark('rm:unlock-screen');  // the cold-start benchmark's "unlock screen up"
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
      await openWithStoredKey(null);
    } catch (err) {
      const d = describe(err);
      S.problems = [{ code: d.code, path: '', message_zh: MSG.openFailed[0] + d.message_zh, message_en: MSG.openFailed[1] + ' ' + d.message_en }];
      R.setState('failed');
    }
  }

  Object.assign(R, { demoClients, requestWriterLock, start, keyChanged });
})(window.RMStore);
