// Opening the book: reads the files C++ plans (rm_store_plan_open), opens
// them into the heap, has C++ parse and replay them, and times each phase
// (rmplanner.data.timings().open, docs/js-hook.md).
'use strict';

(function (R) {
  const { S, T, LS, now, ms, heap, cjson, setClock, stopWarming, listing, fileBytes, removeFile, deferred,
          loadDeferred, currentKey, openToHeap, releaseHeap, payloadFormat } = R;
  const { describe } = RMMessages;

  let heapInUseBeforeOpen = 0;

  // Reads the plan's files, falling back file by file: a file that fails to
  // open or parse is listed as unreadable and the plan is made again, which
  // reports the fallback or the gap. Every problem is kept for the user.
  async function openBook(t) {
    stopWarming();
    heapInUseBeforeOpen = R.M._rm_heap_in_use();
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
      R.M._rm_store_begin_load();
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
          res = R.M.ccall(fn, 'string', ['string', 'number', 'number'], [name, buf.ptr, buf.len]);
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
      const done = JSON.parse(R.M.ccall('rm_store_finish_load', 'string', ['number', 'number', 'number', 'number', 'number'],
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
    R.setState(S.writer && !S.memoryOnly ? 'open' : 'read_only');
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
    if (S.state === 'open' && R.M._rm_store_needs_snapshot() === 1) R.persist().catch(() => {});
  }

  // The first frame over a newly opened book builds what the screens derive
  // from it (agenda, tables, search text), so it belongs to the open.
  function timeFirstFrame(t) {
    RMPlatform.afterNextFrame((d) => {
      t.first_frame_ms = ms(d);
      t.usable_ms = ms(t.open_ms + t.first_frame_ms);
      // What the open allocated and kept, plus the snapshot's plaintext it freed.
      const bytes = R.M._rm_heap_in_use() - heapInUseBeforeOpen + t.snapshot_bytes;
      try { localStorage.setItem(LS.heapBytes, String(bytes)); } catch (e) { /* a hint only */ }
    });
  }

  Object.assign(R, { openAfterKey });
})(window.RMStore);
