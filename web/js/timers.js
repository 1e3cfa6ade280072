// Timers and page events: the save poll and retry, the idle lock, the
// minute tick for the clock and the backup reminder, and the flush when the
// page is hidden or left.
'use strict';

(function (R) {
  const { S, LS, POLL_MS, BACKUP_DAYS, writable, dirty, setClock, persist, flushNow } = R;

  function lockMinutes() {
    const v = Number(localStorage.getItem(LS.lockMinutes));
    return Number.isFinite(v) && v > 0 ? v : 15;
  }
  function backupDue() {
    if (S.state !== 'open' && S.state !== 'read_only') return false;
    const last = Number(localStorage.getItem(LS.lastExport)) || Number(localStorage.getItem(LS.created)) || 0;
    return !last || Date.now() - last > BACKUP_DAYS * 86400000;
  }

  let lastMinute = -1;
  function tick() {
    if (!R.M) return;
    const now = Date.now();
    if (writable() && (dirty() || R.M._rm_store_needs_snapshot() === 1) && !S.saving && now >= S.retryAt) {
      persist().catch(() => {});
    }
    if (S.mode === 'encrypted' && (S.state === 'open' || S.state === 'read_only') &&
        now - S.lastActivity > lockMinutes() * 60000) {
      S.lastActivity = now;  // one attempt per idle period
      R.lock().catch(() => {});
    }
    const minute = Math.floor(now / 60000);
    if (minute !== lastMinute) { lastMinute = minute; setClock(); R.render(); }
  }

  function installListeners() {
    const activity = () => { S.lastActivity = Date.now(); };
    for (const t of ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart']) {
      window.addEventListener(t, activity, { capture: true, passive: true });
    }
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flushNow(); });
    window.addEventListener('pagehide', flushNow);
    // Leaving while an edit is not yet durable (unsaved, or its save still
    // running) asks first: a save started from pagehide rarely finishes
    // before the page is gone. The save starts now, so staying a moment is
    // enough; the browser shows its own text, and only after the person has
    // interacted with the page.
    window.addEventListener('beforeunload', (e) => {
      if (!writable() || !(dirty() || S.saving)) return;
      flushNow();
      e.preventDefault();
      e.returnValue = '';
    });
    setInterval(tick, POLL_MS);
  }

  // Keys typed into the overlay's fields belong to the fields, not to the

  Object.assign(R, { backupDue, installListeners });
})(window.RMStore);
