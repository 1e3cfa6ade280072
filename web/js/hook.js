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

  const api = {
    state: async () => state(),
    setup: async (opts) => R.setup(opts),
    counts: async () => cjson('rm_store_counts'),
    exportBundle: async () => {
      requireBook();
      setClock();
      if (R.M._rm_store_export() < 0) throw storeError('not_open', MSG.notWritable);
      const text = new TextDecoder().decode(outBytes());
      localStorage.setItem(LS.lastExport, String(Date.now()));
      R.render();
      return text;
    },
    importBundle: async (jsonText) => {
      setClock();
      const bytes = new TextEncoder().encode(String(jsonText));
      const res = withBytes(bytes, (p, l) => R.M.ccall('rm_store_import', 'string', ['number', 'number'], [p, l]));
      R.M._rm_wake();
      return JSON.parse(res);
    },
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

  Object.assign(R, { state, api, installHook });
})(window.RMStore);
