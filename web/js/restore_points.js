// The store's side of restore points (the dialog is web/js/restore.js): the
// retained snapshots, restoring one, discarding or handing out a damaged file.
'use strict';

(function (R) {
  const { S, writable, requireBook, setClock, exists, removeFile, listing, fileBytes, nameInfo, loadDeferred,
          deferStored, syncOut, currentKey, openToHeap, releaseHeap, exclusive } = R;
  const { MSG, storeError } = RMMessages;

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
        r = JSON.parse(R.M.ccall('rm_store_restore', 'string', ['number', 'number'], [buf.ptr, buf.len]));
      } finally { releaseHeap(buf); }
      R.M._rm_wake();
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
      R.render();
    });
  }
  // The stored (sealed) bytes of a file, for the user to hand to IT.
  function rawFile(name) {
    if (!nameInfo(String(name)) || !exists(name)) throw storeError('no_such_restore_point', MSG.noRestorePoint);
    return new Uint8Array(fileBytes(name));
  }

  Object.assign(R, { restorePoints, restore, discard, rawFile });
})(window.RMStore);
