// The page's side of the offline app (web/sw.js; docs/deploy.md, "Offline and
// updates"): registers the service worker, offers a downloaded new version
// with a banner ("新版本已就绪 — 重新加载 / New version ready — reload") and
// switches to it only when the user accepts and every change is saved — never
// by itself. Publishes rmplanner.update (docs/js-hook.md). Loaded after
// platform.js, which creates window.rmplanner.
'use strict';

(function () {
  const MSG = window.RMMessages.MSG;
  const sw = navigator.serviceWorker;
  const st = {
    supported: !!sw && window.isSecureContext,
    controlled: !!(sw && sw.controller),
    build: null,          // the build serving this page (from the worker)
    update_ready: false,  // a verified new version waits for the user
    update_failed: null,  // why the last download of a new version failed
    checked_at: null,
  };
  let reg = null;
  let switching = false;  // this page asked the new version to take over
  let failureShown = false;
  let failReason = null;
  let banner = null;

  // ---- the banner -------------------------------------------------------------
  function bannerEl() {
    if (banner) return banner;
    banner = document.createElement('div');
    banner.id = 'update-banner';
    banner.setAttribute('role', 'status');
    banner.setAttribute('aria-live', 'polite');
    banner.hidden = true;
    document.body.appendChild(banner);
    return banner;
  }
  function button(id, m, primary, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.id = id;
    if (primary) b.className = 'update-primary';
    b.append(window.RMMessages.spans(m));
    b.addEventListener('click', onClick);
    return b;
  }
  // MESSAGE with the buttons it needs; PROBLEM marks it as a failure.
  function show(m, { actions = false, problem = false } = {}) {
    const el = bannerEl();
    el.textContent = '';
    el.className = problem ? 'update-problem' : '';
    const p = document.createElement('p');
    p.id = 'update-text';
    p.append(window.RMMessages.spans(m));
    el.append(p);
    if (actions) el.append(button('update-reload', MSG.updateReload, true, () => { apply(); }));
    el.append(button('update-later', MSG.updateLater, false, () => { el.hidden = true; }));
    el.hidden = false;
  }

  // ---- switching to the new version ----------------------------------------------
  // Everything typed is saved before the page reloads; if it cannot be, the
  // page stays as it is (the new version waits).
  async function apply() {
    if (!reg || !reg.waiting) return { ok: false, reason: 'no_update' };
    const data = window.rmplanner && window.rmplanner.data;
    if (data) {
      const s = await data.state();
      if (s.memory_only) { show(MSG.updateMemoryOnly, { problem: true }); return { ok: false, reason: 'memory_only' }; }
      if (s.writable && (s.dirty || s.saving)) {
        show(MSG.updateSaving);
        try {
          await data.saved();
        } catch (err) {
          show(MSG.updateNotSaved, { actions: true, problem: true });
          return { ok: false, reason: 'not_saved' };
        }
      }
    }
    if (!reg.waiting) return { ok: false, reason: 'no_update' };
    switching = true;
    reg.waiting.postMessage({ type: 'skip-waiting' });
    return { ok: true };
  }

  function updateReady() {
    st.update_ready = true;
    st.update_failed = null;
    show(MSG.updateReady, { actions: true });
  }

  // The plain-words notice, once per page: the running version stays.
  function updateFailed(reason) {
    st.update_failed = reason || 'install_failed';
    if (failureShown) return;
    failureShown = true;
    show(MSG.updateFailed, { problem: true });
  }

  function track(worker) {
    if (!worker) return;
    // The very first install is no update: nothing to offer or to report.
    const isUpdate = !!sw.controller;
    let installed = false;
    const onState = () => {
      if (worker.state === 'installed') {
        installed = true;
        if (isUpdate) updateReady();
      } else if (worker.state === 'redundant' && !installed && isUpdate) {
        updateFailed(failReason);
      }
    };
    worker.addEventListener('statechange', onState);
    onState();
  }

  function askBuild() {
    if (sw.controller) sw.controller.postMessage({ type: 'build' });
  }

  async function check() {
    if (!reg) return state();
    try {
      await reg.update();
    } catch (err) {
      // Offline or the server unreachable: the installed version goes on.
    }
    st.checked_at = Date.now();
    // "Later" hid the prompt; each check brings it back while the new version waits.
    if (reg.waiting && sw.controller && !switching) updateReady();
    return state();
  }

  function state() {
    return Object.assign({}, st, { waiting: !!(reg && reg.waiting) });
  }

  async function start() {
    sw.addEventListener('message', (e) => {
      const msg = e.data || {};
      if (msg.type === 'rm-build') st.build = msg.build;
      else if (msg.type === 'rm-update-failed') {
        failReason = msg.reason;
        // The worker can turn redundant before its message arrives: the
        // failure was then reported without its reason, which this supplies.
        if (st.update_failed === 'install_failed') st.update_failed = msg.reason;
      }
    });
    sw.addEventListener('controllerchange', () => {
      st.controlled = true;
      st.update_ready = false;
      if (switching) { location.reload(); return; }
      // Another tab accepted the update, or the first install took this page
      // over: this page keeps running what it loaded.
      if (st.build) show(MSG.updateActive, { actions: false });
      askBuild();
    });
    askBuild();
    try {
      reg = await sw.register('sw.js', { updateViaCache: 'none' });
    } catch (err) {
      console.warn('service worker not registered: ' + (err && err.message || err));
      return;
    }
    if (reg.waiting && sw.controller) updateReady();
    track(reg.installing);
    reg.addEventListener('updatefound', () => track(reg.installing));
    // A laptop that stays open for days still hears of new versions.
    setInterval(check, 60 * 60 * 1000);
    window.addEventListener('online', check);
  }

  const api = {
    state: async () => state(),
    check: async () => check(),
    apply: async () => apply(),
  };
  window.rmplanner = window.rmplanner || {};
  window.rmplanner.update = api;

  if (st.supported) {
    // After the app has loaded, so that the worker's downloads do not slow
    // the first start.
    const ready = window.rmplanner.ready || Promise.resolve();
    ready.then(start, start);
  }
})();
