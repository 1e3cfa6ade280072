// The storage layer's DOM: the overlay (first-run setup, unlock, the
// memory-only notice) and the save status line. Plain DOM, so that password
// managers and screen readers work (a canvas is opaque to both).
'use strict';

(function (R) {
  const { S } = R;
  const { MSG, both, spans, describe } = RMMessages;

  // Keys typed into the overlay's fields belong to the fields, not to the
  // canvas: this capture listener is registered before platform.js's (this
  // script loads first) and stops the event there, without preventDefault,
  // so Backspace, Tab and Enter keep working in the form.
  window.addEventListener('keydown', (e) => { if (inOverlay(e.target)) e.stopImmediatePropagation(); }, true);
  window.addEventListener('keyup', (e) => { if (inOverlay(e.target)) e.stopImmediatePropagation(); }, true);
  function inOverlay(el) {
    const o = document.getElementById('store-overlay');
    return !!(o && el && el.nodeType === 1 && o.contains(el));
  }

  // ---- the overlay: first-run setup, unlock, memory-only ------------------------
  const $ = (id) => document.getElementById(id);
  function showOverlay(which) {
    const o = $('store-overlay');
    if (!o) return;
    for (const id of ['store-setup', 'store-unlock', 'store-memory', 'store-passphrase']) $(id).hidden = id !== 'store-' + which;
    o.hidden = false;
    const first = which === 'setup' ? $('setup-pass') : which === 'unlock' ? $('unlock-pass')
      : which === 'passphrase' ? ($('change-old').closest('[hidden]') ? $('change-new') : $('change-old')) : $('memory-demo');
    if (first) setTimeout(() => first.focus(), 0);
  }
  function hideOverlay() {
    const o = $('store-overlay');
    if (!o) return;
    o.hidden = true;
    for (const id of ['setup-pass', 'setup-pass2', 'unlock-pass', 'change-old', 'change-new', 'change-new2']) if ($(id)) $(id).value = '';
    for (const id of ['setup-error', 'unlock-error', 'change-error']) if ($(id)) $(id).textContent = '';
    for (const m of o.querySelectorAll('.store-meter')) if (m.reset) m.reset();
  }

  // ---- the passphrase dialog (Settings): turn encryption on, or change it ----
  // The same overlay as the unlock screen, so the passphrase is typed into a
  // password field the browser and password managers know, never into the
  // canvas's text buffers; it calls the hook's setPassphrase.
  const isPlain = () => S.mode === 'plain' && !S.memoryOnly && (S.state === 'open' || S.state === 'read_only');
  function openPassphraseDialog() {
    if (S.state !== 'open') return false;
    const form = $('store-passphrase');
    if (!form) return false;
    const mode = S.mode === 'plain' ? 'enable' : 'change';
    form.dataset.mode = mode;
    for (const el of form.querySelectorAll('[data-mode]')) el.hidden = el.dataset.mode !== mode;
    showOverlay('passphrase');
    return true;
  }
  function showFormError(id, err) {
    const d = describe(err);
    const box = $(id);
    box.textContent = '';
    for (const [lang, text] of [['zh-CN', d.message_zh], ['en', d.message_en]]) {
      const p = document.createElement('p');
      p.lang = lang;
      p.textContent = text;
      box.appendChild(p);
    }
  }
  function busy(form, on, m) {
    for (const el of form.querySelectorAll('button, input')) el.disabled = on;
    const note = form.querySelector('.store-busy');
    if (note) note.textContent = on ? both(m) : '';
  }

  function wireForms() {
    const setupForm = $('store-setup');
    if (!setupForm) return;
    setupForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      busy(setupForm, true, MSG.creating);
      try {
        await R.setup({ passphrase: $('setup-pass').value, repeat: $('setup-pass2').value, demo: $('setup-demo').checked });
      } catch (err) { showFormError('setup-error', err); } finally { busy(setupForm, false); }
    });
    $('setup-plain').addEventListener('click', async () => {
      busy(setupForm, true, MSG.creating);
      try { await R.setup({ demo: true }); } catch (err) { showFormError('setup-error', err); } finally { busy(setupForm, false); }
    });
    const unlockForm = $('store-unlock');
    unlockForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      busy(unlockForm, true, MSG.unlocking);
      try {
        await R.unlock($('unlock-pass').value);
      } catch (err) {
        showFormError('unlock-error', err);
        $('unlock-pass').select();
      } finally { busy(unlockForm, false); }
      if (S.state === 'locked') $('unlock-pass').focus();
    });
    $('memory-demo').addEventListener('click', () => R.setup({ demo: true }).catch(() => {}));
    $('memory-empty').addEventListener('click', () => R.setup({ demo: false }).catch(() => {}));
    $('store-export').addEventListener('click', downloadBackup);
    $('store-sync').addEventListener('click', () => RMSyncDialog.open());
    R.attachMeter($('setup-pass'), $('setup-meter'));
    const changeForm = $('store-passphrase');
    if (!changeForm) return;
    R.attachMeter($('change-new'), $('change-meter'));
    changeForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      const enabling = changeForm.dataset.mode === 'enable';
      busy(changeForm, true, enabling ? MSG.encrypting : MSG.changingPass);
      try {
        await R.setPassphrase(enabling ? '' : $('change-old').value, $('change-new').value, $('change-new2').value);
        busy(changeForm, false);
        hideOverlay();
        if (R.M) R.M._rm_wake();
      } catch (err) {
        busy(changeForm, false);
        showFormError('change-error', err);
      }
    });
    $('change-cancel').addEventListener('click', () => { hideOverlay(); if (R.M) R.M._rm_wake(); });
    changeForm.addEventListener('keydown', (e) => { if (e.key === 'Escape') $('change-cancel').click(); });
  }

  // The backup is encrypted by default; the dialog (web/js/backup.js) asks
  // which passphrase, and offers plain JSON only behind a confirmation.
  function downloadBackup() {
    if (typeof RMBackup !== 'undefined') RMBackup.open();
  }

  // ---- saved views out of localStorage -------------------------------------------
  // Older versions kept the Clients screen's saved views (with their search
  // text: phone numbers, names) in localStorage, readable without the
  // passphrase. Once the book is open for writing they become records of the
  // book (save_client_view, docs/commands.md: one of the same name is
  // replaced) and the preference is deleted.
  const OLD_VIEWS = 'rmplanner.pref.clients.views';
  function migrateSavedViews() {
    let text = null;
    try { text = localStorage.getItem(OLD_VIEWS); } catch (e) { return; }
    if (text === null || !R.writable() || !R.M) return;
    let views = [];
    try { views = JSON.parse(text); } catch (e) { views = []; }
    if (!Array.isArray(views)) views = [];
    for (const v of views) {
      if (!v || typeof v.name !== 'string' || !v.name || typeof v.filter !== 'object') continue;
      const r = R.dispatchNow({ command: 'save_client_view', name: v.name, filter: JSON.stringify(v.filter) });
      // A refusal other than "not writable" is a damaged entry: dropping it
      // is right, it must not stay in localStorage.
      if (!r.ok && r.problem && r.problem.code === 'not_writable') return;
    }
    localStorage.removeItem(OLD_VIEWS);
  }

  // ---- the save status ------------------------------------------------------------
  const hhmm = (ms) => { const d = new Date(ms); return String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0'); };
  let lastStatus = '';
  function render() {
    migrateSavedViews();
    const box = $('store-status');
    if (!box) return;
    const lines = [];  // [zh, en, kind]
    let offerExport = false;
    if (S.memoryOnly) { lines.push([MSG.memoryOnly[0], MSG.memoryOnly[1], 'warn']); offerExport = S.state === 'open'; }
    else if (S.state === 'read_only') {
      const m = S.noLocks ? MSG.noLocks : MSG.readOnly;
      lines.push([m[0], m[1], 'warn']);
    }
    else if (S.tookOver && S.state === 'open' && Date.now() - S.tookOver < 15000) lines.push([MSG.tookOver[0], MSG.tookOver[1], 'ok']);
    if (S.state === 'failed' || (S.problems.length && (S.state === 'open' || S.state === 'read_only'))) {
      const p = S.problems[0];
      if (p) {
        const more = S.problems.length > 1 ? ` (+${S.problems.length - 1})` : '';
        lines.push([MSG.problemsFound[0] + p.message_zh + more, MSG.problemsFound[1] + p.message_en + more, 'error']);
      }
    }
    if (S.state === 'open' && !S.memoryOnly) {
      if (S.failure) {
        lines.push([MSG.failed[0] + '：' + S.failure.message_zh, MSG.failed[1] + ': ' + S.failure.message_en, 'error']);
        offerExport = true;
      } else if (S.saving) {
        lines.push([MSG.saving[0], MSG.saving[1], 'busy']);
      } else if (S.savedAt) {
        lines.push([MSG.saved[0] + ' · ' + hhmm(S.savedAt), MSG.saved[1] + ' · ' + hhmm(S.savedAt), 'ok']);
      }
    }
    if (R.backupDue() && !S.memoryOnly) { lines.push([MSG.backup[0], MSG.backup[1], 'warn']); offerExport = true; }
    // The sync's status (share_sync.js): last verified sync, changes waiting, the last error.
    const sync = S.state === 'open' || S.state === 'read_only' ? R.shareSync.statusLine() : null;
    if (sync) lines.push(sync);
    const key = JSON.stringify([lines, offerExport]);
    if (key === lastStatus) return;
    lastStatus = key;
    const text = $('store-status-text');
    text.textContent = '';
    for (const [zh, en, kind] of lines) {
      const p = document.createElement('p');
      p.className = 'store-line store-' + kind;
      p.appendChild(spans([zh, en]));
      text.appendChild(p);
    }
    $('store-export').hidden = !offerExport;
    $('store-sync').hidden = !sync;
    $('store-restore').hidden = !(S.problems.length && (S.state === 'open' || S.state === 'read_only'));
    box.hidden = lines.length === 0;
    box.dataset.state = S.failure ? 'failed' : S.saving ? 'saving' : S.state;
  }

  Object.assign(R, { showOverlay, hideOverlay, wireForms, render, isPlain, openPassphraseDialog });
})(window.RMStore);
