// The book's passphrase: first-run setup, lock, unlock and changing the
// passphrase (docs/js-hook.md; docs/storage.md for the key file).
'use strict';

(function (R) {
  const { S, T, LS, KEY_FILE, MIN_PASSPHRASE, DEMO_CLIENTS, MAX_DEMO_CLIENTS, now, writable, setClock,
          stopWarming, path, exists, listing, fileBytes, writeAtomic, nameInfo, loadDeferred, syncIn, syncOut,
          sealWith, currentKey, openWith, exclusive, saved, openAfterKey } = R;
  const { MSG, StoreError, storeError, describe } = RMMessages;

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

  async function lock() {
    if (S.mode !== 'encrypted') return Object.assign(R.state(), { note_zh: MSG.notEncrypted[0], note_en: MSG.notEncrypted[1] });
    if (S.state !== 'open' && S.state !== 'read_only') return R.state();
    if (writable()) await saved();  // refuses to lock (and so drop) what is not saved yet
    R.M._rm_store_lock();
    S.key = null; S.salt = null;
    R.setState('locked');
    R.showOverlay('unlock');
    return R.state();
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
      R.render();
      return R.state();
    });
  }

  Object.assign(R, { setup, lock, unlock, setPassphrase });
})(window.RMStore);
