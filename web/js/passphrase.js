// The book's passphrase: first-run setup, lock, unlock and changing the
// passphrase (docs/js-hook.md; docs/storage.md for the key file).
'use strict';

(function (R) {
  const { S, T, LS, KEY_FILE, DEMO_CLIENTS, MAX_DEMO_CLIENTS, now, writable, setClock,
          stopWarming, path, exists, listing, fileBytes, writeAtomic, nameInfo, loadDeferred, syncIn, syncOut,
          sealWith, currentKey, openWith, exclusive, saved, openAfterKey, checkNewPassphrase, outView, heap } = R;
  const { MSG, StoreError, storeError, describe } = RMMessages;

  // {passphrase, demo?} → encrypted store (demo data when demo is true);
  // {demo: true} alone → the deliberate "demo data without encryption".
  // {clients: N} sizes the demo book (400 by default, at most 50 000).
  // In memory-only mode {demo: false} starts an empty book.
  async function setup(opts) {
    opts = opts || {};
    // Called as soon as rmplanner.ready resolves, the store may still be being
    // read (the first visit also has the service worker fetching the build):
    // whether it needs setting up is known when the read ends.
    for (let i = 0; i < 3000 && (S.state === 'starting' || S.state === 'loading'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    if (S.state !== 'needs_setup') throw storeError('already_set_up', MSG.notNeeded);
    const encrypted = typeof opts.passphrase === 'string';
    if (encrypted) await checkNewPassphrase(opts.passphrase, opts.repeat);
    else if (!opts.demo && !S.memoryOnly) throw storeError('empty_passphrase', MSG.emptyPass);
    const demo = encrypted ? opts.demo !== false : !!opts.demo;
    const clients = opts.clients === undefined ? DEMO_CLIENTS : opts.clients;
    if (demo && !(Number.isInteger(clients) && clients >= 1 && clients <= MAX_DEMO_CLIENTS)) {
      throw storeError('bad_demo_size', MSG.demoSize);
    }
    R.boot.mountReadPending = false;
    stopWarming();
    setClock();
    let keyFile;
    if (encrypted) {
      const k = await RMEnvelope.createKeyFile(opts.passphrase);
      Object.assign(S, { mode: 'encrypted', key: k.key, salt: k.salt, iterations: k.iterations });
      keyFile = k.keyFile;
    } else {
      S.mode = 'plain';
      keyFile = RMEnvelope.sealPlain(RMEnvelope.constants.KIND.keyCheck, 0, new TextEncoder().encode(RMEnvelope.constants.KEY_CHECK_TEXT));
    }
    R.M.ccall('rm_store_create', 'string', ['number', 'number'], [demo ? clients : 0, 0]);
    R.hideOverlay();
    if (S.memoryOnly) { R.setState('open'); return R.state(); }  // edits stay in memory; export keeps them
    writeAtomic(KEY_FILE, keyFile);
    localStorage.setItem(LS.created, String(Date.now()));
    R.setState('open');
    await saved();
    return R.state();
  }

  // Locking discards the decrypted book for real (docs/storage.md,
  // "Locking"): C++ freeing the Workspace leaves copies of names and ID
  // numbers in freed heap blocks, ImGui's buffers and the stack, so the
  // whole WebAssembly instance goes. After the save, its memory is zeroed and
  // the page reloads into the unlock screen with a fresh instance (the key is
  // never stored, so the reload asks for the passphrase like any start).
  // When the save fails (a full disk), the book is hidden all the same: the
  // unsaved state is kept only sealed under the key (stashUnsaved) and put
  // back after the next unlock, so nothing is lost.
  async function lock() {
    if (S.mode !== 'encrypted') return Object.assign(R.state(), { note_zh: MSG.notEncrypted[0], note_en: MSG.notEncrypted[1] });
    if (S.state !== 'open' && S.state !== 'read_only') return R.state();
    let stash = null;
    if (writable()) {
      try { await saved(); } catch (err) { stash = await stashUnsaved(); }
    }
    if (S.state !== 'open' && S.state !== 'read_only') return R.state();  // locked meanwhile
    const out = Object.assign(R.state(), { state: 'locked', dirty: false, saving: false, sealed_unsaved: !!stash });
    // In memory only (no IndexedDB) a reload would lose the book: the old
    // way, the Workspace freed in place. So also when the sealed state did
    // not fit in sessionStorage: it is then held here, in JS memory.
    if (S.memoryOnly || (stash && !stash.stored)) {
      if (stash) R.sealedUnsaved = stash;
      R.M._rm_store_lock();
      S.key = null; S.salt = null;
      R.setState('locked');
      R.showOverlay('unlock');
      return out;
    }
    R.showOverlay('unlock');
    S.key = null; S.salt = null;
    discardInstance();
    return out;
  }

  // No frame, input or call reaches the instance again; its memory is
  // zeroed; the page reloads. Until then the page says 'starting' (it is
  // starting again), so nothing waits for 'locked' on the page that goes.
  function discardInstance() {
    const M = R.M;
    if (typeof RMPlatform !== 'undefined' && RMPlatform.halt) RMPlatform.halt();
    R.M = null;
    S.state = 'starting';
    R.render();
    try { M.HEAPU8.fill(0); } catch (e) { /* the reload frees it anyway */ }
    R.reloading = true;
    setTimeout(() => location.reload(), 0);
  }

  // The whole book as the user left it — a snapshot payload — sealed under
  // the key: {sealed: Uint8Array, stored}. Kept in sessionStorage (it
  // survives the reload of this tab only, and holds nothing readable without
  // the passphrase); stored is false when it did not fit there.
  const STASH_KEY = 'rmplanner.sealedUnsaved';
  async function stashUnsaved() {
    return exclusive(async () => {
      setClock();
      const seq = R.M._rm_store_begin_snapshot();
      const sealing = sealWith(currentKey(), RMEnvelope.constants.KIND.snapshot, seq, outView());
      R.M._rm_store_out_clear();
      const sealed = await sealing;
      let stored = false;
      try {
        let b64 = '';
        for (let i = 0; i < sealed.length; i += 0x8000) b64 += String.fromCharCode.apply(null, sealed.subarray(i, i + 0x8000));
        sessionStorage.setItem(STASH_KEY, JSON.stringify({ seq, data: btoa(b64) }));
        stored = true;
      } catch (e) { /* too big for sessionStorage: kept in memory (lock) */ }
      return { seq, sealed, stored };
    });
  }
  function takeStash() {
    if (R.sealedUnsaved) return R.sealedUnsaved;
    let raw = null;
    try { raw = sessionStorage.getItem(STASH_KEY); } catch (e) { /* none */ }
    if (!raw) return null;
    try {
      const { seq, data } = JSON.parse(raw);
      const bin = atob(data);
      const sealed = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) sealed[i] = bin.charCodeAt(i);
      return { seq, sealed, stored: true };
    } catch (e) { return null; }
  }
  function dropStash() {
    R.sealedUnsaved = null;
    try { sessionStorage.removeItem(STASH_KEY); } catch (e) { /* none */ }
  }
  // After an unlock: the state sealed at the last lock goes back into the
  // book as one undoable edit (restore_edit: records that differ take the
  // sealed version), and is saved.
  async function applyStash() {
    const stash = takeStash();
    if (!stash || !writable()) return;
    let plain;
    try {
      plain = await RMEnvelope.open(S.key, stash.sealed);
    } catch (err) {
      const d = describe(err);
      S.problems = S.problems.concat([{ code: d.code, path: 'sessionStorage', message_zh: MSG.stashUnreadable[0] + d.message_zh,
        message_en: MSG.stashUnreadable[1] + ' ' + d.message_en }]);
      R.render();
      return;
    }
    setClock();
    const ptr = R.M._rm_store_alloc(plain.length);
    if (!ptr) { plain.fill(0); return; }
    let r;
    try {
      heap().set(plain, ptr);
      r = JSON.parse(R.M.ccall('rm_store_restore', 'string', ['number', 'number'], [ptr, plain.length]));
    } finally {
      heap().fill(0, ptr, ptr + plain.length);
      R.M._rm_store_free(ptr);
      plain.fill(0);
    }
    R.M._rm_wake();
    if (!r.ok) {
      S.problems = S.problems.concat([{ code: r.problem.code, path: 'sessionStorage', message_zh: MSG.stashUnreadable[0] + r.problem.message_zh,
        message_en: MSG.stashUnreadable[1] + ' ' + r.problem.message_en }]);
      R.render();
      return;
    }
    // In the book now, unsaved like any edit (the next lock seals it again if
    // the save still fails): the copy goes, so that a later unlock cannot put
    // this older state back over newer edits.
    dropStash();
    saved().catch(() => { /* retried; the status says why the save failed */ });
  }

  async function unlock(passphrase) {
    if (S.state !== 'locked') return R.state();
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
      if (S.writer && !S.loaded && R.boot.earlyKeyFile) derive(R.boot.earlyKeyFile);
      await R.boot.mountRead;
      if (S.state !== 'locked') return R.state();  // the read failed meanwhile: the page says why
      // The first unlock after a page load reads what the page's mount read
      // (that read is the open's IndexedDB phase); a later one follows a lock.
      const t = { via: 'unlock', idb_read_ms: R.boot.mountReadPending && T.mount ? T.mount.idb_read_ms : 0 };
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
      R.boot.mountReadPending = false;  // not before: a wrong passphrase opens nothing
      Object.assign(S, { key: k.key, salt: k.salt, iterations: k.iterations });
      R.hideOverlay();
      try {
        await openAfterKey(t0, t);
      } catch (err) {
        // Nothing half-open stays behind; the unlock form says why.
        R.M._rm_store_lock();
        S.key = null; S.salt = null;
        R.setState('locked');
        R.showOverlay('unlock');
        throw err;
      }
      S.lastActivity = Date.now();
      return R.state();
    }).then(async (st) => {
      if (st.state !== 'open') return st;
      await applyStash();
      return R.state();
    });
  }

  // New key.rmk and every readable file re-sealed under the new key, swapped
  // in memory and persisted in ONE syncfs (one IndexedDB transaction): either
  // the whole new set commits or the old files and old passphrase stay. On
  // failure the old bytes go back into memory. A plain (demo) store becomes
  // encrypted this way (OLD is then ignored).
  // When it turns encryption on, the store is then rewritten into a fresh
  // IndexedDB database, so that no plain copy survives in the browser's files
  // (fresh_store.js).
  async function setPassphrase(oldPassphrase, newPassphrase, repeat) {
    if (!writable()) throw storeError('not_writable', MSG.notWritable);
    await checkNewPassphrase(newPassphrase, repeat);
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
      // The sync connection (share_sync.js) is sealed under the book's key too.
      if (oldKey.mode === 'encrypted') {
        const share = R.shareSync.FILE;
        try {
          const resealed = await R.shareSync.resealFor(oldKey, newKey);
          if (resealed) { backup.push([share, fileBytes(share)]); staged.push([share, resealed]); }
        } catch (err) { /* unreadable already: left as it is, and the sync dialog asks again */ }
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
      const wasPlain = oldKey.mode === 'plain';
      Object.assign(S, newKey);
      S.savedAt = Date.now();
      R.render();
      // Encrypted now, whatever follows: the rewrite only removes the old
      // plain bytes from the browser's files.
      if (wasPlain) {
        try { await R.rewriteFresh(); } catch (err) {
          const d = describe(err);
          S.problems = S.problems.concat([{ code: 'plain_copy_left', path: '', message_zh: MSG.plainCopyLeft[0] + d.message_zh,
            message_en: MSG.plainCopyLeft[1] + ' ' + d.message_en }]);
          R.render();
        }
      }
      if (R.M) R.M._rm_wake();
      return R.state();
    });
  }

  Object.assign(R, { setup, lock, unlock, setPassphrase });
})(window.RMStore);
