// Saving: the save queue, durability, retention.
//
// One persist at a time (exclusive), coalesced: edits made while a save runs
// are taken by the next one. A save is: take the journal entry from C++ →
// seal (AES-GCM via RMEnvelope, or plain for demo stores) → write name.tmp →
// rename → FS.syncfs(false) (one IndexedDB transaction). Only in its
// callback is the entry marked saved; on failure the entry's records go back
// to the unsaved set, its number is reused, and the user sees why.
// Compaction writes a snapshot in the same way; old files are deleted
// (plan_retention) only after the snapshot is durable, in a second sync.
'use strict';

(function (R) {
  const { S, T, KEY_FILE, DEBOUNCE_MS, RETRY_MS, now, ms, writable, setClock, dirty, outView, cjson,
          path, exists, removeFile, listing, writeAtomic, snapName, journalName, loadDeferred, deferStored, syncOut,
          sealWith, currentKey } = R;
  const { MSG, StoreError, storeError, describe } = RMMessages;

  // One job at a time: saves, opens, restores and passphrase changes.
  let chain = Promise.resolve();
  function exclusive(fn) {
    const p = chain.then(fn);
    chain = p.catch(() => {});
    return p;
  }

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
    R.M._rm_wake();
  }

  async function persistOnce() {
    const hold = holdRequested;
    holdRequested = false;
    if (!writable()) return;
    if (!dirty() && R.M._rm_store_needs_snapshot() !== 1) return;
    setClock();
    S.saving = true;
    // A compaction takes seconds on a big book: the screen does not wait for it.
    if (hold && R.M._rm_store_needs_snapshot() !== 1) holdUntil = now() + HOLD_MS;
    R.render();
    const written = [];
    let jseq = 0, sseq = 0, jbytes = 0, sbytes = 0;
    const keyInfo = currentKey();
    const t = { at: Date.now(), take_ms: 0, snapshot_ms: 0, seal_ms: 0, write_ms: 0, syncfs_ms: 0, retention_ms: 0,
      frames_ms: 0, total_ms: 0, journal_bytes: 0, snapshot_bytes: 0, snapshot_format: null };
    const t0 = now(), f0 = RMPlatform.framesMs();
    // Seals the out buffer in place. sealWith reaches crypto.subtle.encrypt
    // (which copies its input when called) or sealPlain (synchronous) before
    // it first awaits, so the buffer can be released at once, before any
    // other call into C++ could grow the heap under the view.
    const sealOut = async (kind, seq) => {
      const ts = now();
      const sealing = sealWith(keyInfo, kind, seq, outView());
      R.M._rm_store_out_clear();
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
      // Never write under a key that is not the store's: key.rmk in memory
      // must be this page's key (the stored one is checked again inside the
      // save's transaction, idb_store.js reconcile).
      if (exists(KEY_FILE) && !R.keyFileMatches(FS.readFile(path(KEY_FILE)))) {
        throw storeError('key_changed', MSG.keyChanged);
      }
      let tc = now();
      jseq = R.M._rm_store_take_journal();
      t.take_ms = now() - tc;
      if (jseq < 0) {
        // The entry would not load back at the next open (or memory ran
        // out): nothing was handed out, its records stay unsaved, and the
        // save fails with C++'s reason instead of reporting durable.
        jseq = 0;
        const p = cjson('rm_store_take_problem');
        throw new StoreError(p.code || 'journal_check_failed', p.message_zh || MSG.writeFailed[0], p.message_en || MSG.writeFailed[1]);
      }
      if (jseq) {
        const file = await sealOut(RMEnvelope.constants.KIND.journal, jseq);
        write(journalName(jseq), file);
        jbytes = file.length;
      }
      if (R.M._rm_store_needs_snapshot() === 1) {
        tc = now();
        sseq = R.M._rm_store_begin_snapshot();
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
      if (sseq) R.M._rm_store_snapshot_failed(sseq);
      if (jseq) R.M._rm_store_journal_failed(jseq);
      R.M._rm_store_out_clear();
      S.saving = false;
      releaseFrames();
      S.failure = describe(err);
      S.retryAt = Date.now() + RETRY_MS[Math.min(S.retries, RETRY_MS.length - 1)];
      S.retries++;
      R.render();
      const failure = S.failure;
      // Another page changed the passphrase: lock, ask for the current one.
      if (failure.code === 'key_changed') await R.keyChanged().catch(() => {});
      throw new StoreError(failure.code, failure.message_zh, failure.message_en);
    }
    if (jseq) R.M._rm_store_journal_saved(jseq, jbytes);
    if (sseq) R.M._rm_store_snapshot_saved(sseq, sbytes);
    S.saving = false;
    releaseFrames();
    S.failure = null;
    S.retries = 0;
    S.savedAt = Date.now();
    R.render();
    if (sseq) {
      const tr = now();
      await applyRetention();
      t.retention_ms = now() - tr;
    }
    t.total_ms = now() - t0;
    t.frames_ms = RMPlatform.framesMs() - f0;
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
      // Locked meanwhile (the stored key changed, session.js): not saved.
      if (!writable()) throw storeError('not_writable', MSG.notWritable);
      if (!dirty() && R.M._rm_store_needs_snapshot() !== 1) return { saved_at: S.savedAt, durable: true };
    }
    throw storeError('not_settled', MSG.writeFailed);
  }

  // Debounced save after a change: at most DEBOUNCE_MS after the first one.
  let debounceTimer = 0;
  function changed() {
    if (writable() && R.shareSync) R.shareSync.noteChange();
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

  Object.assign(R, { exclusive, persist, framesHeldFor, saved, changed, flushNow, payloadFormat });
})(window.RMStore);
