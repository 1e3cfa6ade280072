// rmplanner.data — the data half of the automation hook (docs/js-hook.md;
// platform.js publishes the rest of window.rmplanner). Calls are kept
// compatible once published.
'use strict';

(function (R) {
  const { S, T, LS, writable, requireBook, setClock, dirty, cjson, withBytes, outBytes } = R;
  const { storeError, MSG } = RMMessages;

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
      backup_due: R.backupDue(),
    };
  }

  function dispatch(command) {
    setClock();
    const text = typeof command === 'string' ? command : JSON.stringify(command || {});
    const r = JSON.parse(R.M.ccall('rm_store_dispatch', 'string', ['string'], [text]));
    R.M._rm_wake();
    return r;
  }

  // The whole book; with opts.handIn the week's hand-in (docs/data-format.md,
  // "Weekly hand-in"); with opts.reviewFor (a manager's id) the review file
  // for her (docs/data-format.md, "Review").
  function exportedText(opts) {
    requireBook();
    setClock();
    const n = opts.reviewFor != null ? R.M.ccall('rm_store_export_review', 'number', ['string'], [String(opts.reviewFor)])
      : opts.handIn === true ? R.M._rm_store_export_hand_in() : R.M._rm_store_export();
    if (n === -2) throw storeError('no_such_manager', MSG.noSuchManager);
    if (n < 0) throw storeError('not_open', MSG.notWritable);
    return outBytes();
  }
  function noteExport() {
    localStorage.setItem(LS.lastExport, String(Date.now()));
    R.render();
  }

  // A hand-in or a review file is no backup of the book: only a whole-book
  // export resets the backup reminder.
  async function exportBundle(opts) {
    const whole = opts.handIn !== true && opts.reviewFor == null;
    if (opts.plain === true) {
      const text = new TextDecoder().decode(exportedText(opts));
      if (whole) noteExport();
      return text;
    }
    const passphrase = opts.passphrase == null ? '' : String(opts.passphrase);
    if (passphrase && passphrase.length < 8) throw storeError('too_short', MSG.tooShort);
    const book = S.mode === 'encrypted' && S.key ? { key: S.key, salt: S.salt, iterations: S.iterations } : null;
    // A plain (demo) book has no key to seal under: the user must choose one.
    if (!passphrase && !book) throw storeError('needs_passphrase', MSG.backupNeedsPassphrase);
    const bytes = exportedText(opts);
    try {
      const sealed = await RMEnvelope.sealBackup(bytes, passphrase ? { passphrase } : book);
      if (whole) noteExport();
      return sealed;
    } finally { bytes.fill(0); }
  }

  const importProblem = (code, m) => ({ ok: false, problems: [{ code, path: '', message_zh: m[0], message_en: m[1] }] });

  // The bundle bytes of INPUT (bundle JSON text or bytes, or an encrypted
  // backup's bytes opened with opts.passphrase), or an answer refusing it.
  async function importedBytes(input, opts) {
    let bytes;
    if (typeof input === 'string') bytes = new TextEncoder().encode(input);
    else if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) {
      bytes = new Uint8Array(input instanceof ArrayBuffer ? input : input.buffer,
        input instanceof ArrayBuffer ? 0 : input.byteOffset, input instanceof ArrayBuffer ? input.byteLength : input.byteLength);
    } else bytes = new TextEncoder().encode(String(input));
    if (!RMEnvelope.looksLikeEnvelope(bytes)) return { bytes, opened: false };
    // An encrypted backup: nothing is applied unless it opens with the passphrase typed.
    if (!opts.passphrase) return { refused: importProblem('needs_passphrase', MSG.backupNeedsPassphraseToOpen) };
    try { return { bytes: await RMEnvelope.openBackup(String(opts.passphrase), bytes), opened: true }; } catch (e) {
      return { refused: { ok: false, problems: [{ code: e.code || 'backup_auth', path: '', message_zh: e.message_zh || String(e), message_en: e.message_en || String(e) }] } };
    }
  }

  // Runs FN(pointer, length) over the imported bytes in the heap.
  function callWithBytes(bytes, fn) {
    try {
      const res = withBytes(bytes, fn);
      R.M._rm_wake();
      return JSON.parse(res);
    } catch (e) {
      // No room in the heap for the file (withBytes): refused, the book unchanged.
      if (!e || !e.code) throw e;
      return { ok: false, problems: [{ code: e.code, path: '', message_zh: e.message_zh || String(e), message_en: e.message_en || String(e) }] };
    }
  }

  // What importing INPUT would do, changing nothing (docs/js-hook.md, "Importing").
  async function previewImport(input, opts) {
    setClock();
    const got = await importedBytes(input, opts);
    if (got.refused) return got.refused;
    try {
      return callWithBytes(got.bytes, (p, l) => R.M.ccall('rm_store_preview_import', 'string', ['number', 'number'], [p, l]));
    } finally { if (got.opened) got.bytes.fill(0); }
  }

  // Before an import changes anything, the book as it is is saved as a
  // snapshot, which the restore dialog lists (docs/storage.md, "Restore
  // points"): undo reverts the import in this session, the restore point
  // after a reload too. If it cannot be saved, nothing is imported.
  async function restorePointBeforeImport() {
    if (!writable()) return null;
    R.M._rm_store_require_snapshot();
    const s = await R.saved();
    return s.saved_at || null;
  }

  async function importBundle(input, opts) {
    setClock();
    const got = await importedBytes(input, opts);
    if (got.refused) return got.refused;
    try {
      // A file deleting many records is refused here before any restore point is written.
      const preview = callWithBytes(got.bytes, (p, l) => R.M.ccall('rm_store_preview_import', 'string', ['number', 'number'], [p, l]));
      if (!preview.ok) return preview;
      const changes = preview.added + preview.updated + preview.deleted + preview.revived;
      if (preview.deletions.needs_confirmation && opts.confirmDeletions !== true) {
        const d = preview.deletions;
        return importProblem('confirm_deletions', MSG.confirmDeletions(d.deleted, d.kind, d.kind_deleted, d.kind_live));
      }
      let restorePointAt = null;
      if (changes > 0) {
        try { restorePointAt = await restorePointBeforeImport(); } catch (e) {
          return { ok: false, problems: [{ code: 'no_restore_point', path: '', message_zh: MSG.noRestorePointBeforeImport[0] + ' ' + (e.message_zh || ''),
                                            message_en: MSG.noRestorePointBeforeImport[1] + ' ' + (e.message_en || '') }] };
        }
      }
      const r = callWithBytes(got.bytes, (p, l) => R.M.ccall('rm_store_import', 'string', ['number', 'number', 'number'],
        [p, l, opts.confirmDeletions === true ? 1 : 0]));
      if (r.ok) r.restore_point_at = restorePointAt;
      return r;
    } finally { if (got.opened) got.bytes.fill(0); }
  }

  const api = {
    state: async () => state(),
    setup: async (opts) => R.setup(opts),
    counts: async () => cjson('rm_store_counts'),
    // The book as a backup (docs/js-hook.md): by default an encrypted file
    // (Uint8Array, envelope kind "backup") under opts.passphrase or, when
    // none is given, the book's own key; {plain: true} gives the bundle JSON
    // text, for integrators who handle the data's protection themselves;
    // {handIn: true} gives the week's hand-in instead of the whole book,
    // {reviewFor: managerId} the review file for that manager.
    exportBundle: async (opts) => exportBundle(opts || {}),
    // Bundle JSON text, or an encrypted backup's bytes with {passphrase}.
    importBundle: async (input, opts) => importBundle(input, opts || {}),
    // What importBundle would do, changing nothing: per kind with names, the
    // conflicts, and whether its deletions need {confirmDeletions: true}.
    previewImport: async (input, opts) => previewImport(input, opts || {}),
    // One command in its JSON form (docs/commands.md), decided and applied
    // as the UI would: {ok: true, changed, created} or {ok: false, problem}.
    dispatch: async (command) => dispatch(command),
    // For tests and integrators, kept as published: a client added or
    // renamed, through the commands the screens issue.
    editClient: async (spec) => {
      spec = spec || {};
      if (typeof spec.name !== 'string') {
        return { ok: false, problem: { code: 'bad_request', path: 'name', message_zh: MSG.needsName[0], message_en: MSG.needsName[1] } };
      }
      const add = spec.op === 'add';
      const r = dispatch(add ? { command: 'create_client', name: spec.name }
        : { command: 'update_client_profile', client_id: spec.id, changes: { name: spec.name } });
      if (!r.ok) return { ok: false, problem: r.problem };
      return { ok: true, id: add ? r.created[0] : spec.id };
    },
    setPassphrase: async (oldP, newP) => R.setPassphrase(oldP, newP),
    // How guessable a passphrase is (zxcvbn): {score 0–4, acceptable, …}.
    passphraseStrength: async (p) => R.measureStrength(p),
    lock: async () => R.lock(),
    unlock: async (p) => R.unlock(p),
    saved: async () => R.saved(),
    restorePoints: async () => R.restorePoints(),
    restore: async (name) => R.restore(name),
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

  Object.assign(R, { state, api, installHook, dispatchNow: dispatch });
})(window.RMStore);
