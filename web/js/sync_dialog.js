// Settings → Sync: the share's address, user and password, the share
// passphrase that encrypts every file on it, "test connection" with a plain
// answer, "sync now", and the status (last verified sync, changes waiting,
// the last error). Opened from Settings (C++ → RMSyncDialog.open) and from
// the status box's 同步… button. Plain DOM, like the backup dialog, so
// password managers and keyboards work. What it calls is rmplanner.sync
// (web/js/share_sync.js; docs/js-hook.md, "Sync").
'use strict';
(function () {
  const MSG = {
    title: ['同步', 'Sync'],
    intro: ['联网时，本机数据通过银行的 WebDAV 共享与主管交换：您的数据和每周交主管文件推送到您的文件夹，主管的审阅从共享取回并合并。离线时照常工作，联网后自动同步。',
      "When online, this book is exchanged with your supervisor through the bank's WebDAV share: your book and weekly hand-in go to your folder, your supervisor's reviews come back and are merged. Offline you work as usual; it syncs when the network is back."],
    url: ['共享地址（例如 https://share.bank.example/rm/）', 'Share address (e.g. https://share.bank.example/rm/)'],
    user: ['用户名', 'User name'],
    password: ['密码', 'Password'],
    passphrase: ['共享加密口令（与主管约定，至少 8 个字符；共享上的每个文件都用它加密）',
      'Share passphrase (agreed with your supervisor, at least 8 characters; every file on the share is encrypted with it)'],
    keepPassword: ['留空则保留已保存的密码', 'Leave empty to keep the saved password'],
    test: ['测试连接', 'Test connection'],
    save: ['保存设置', 'Save settings'],
    now: ['立即同步', 'Sync now'],
    confirmDeletions: ['确认删除并同步', 'Apply the deletions and sync'],
    close: ['关闭', 'Close'],
    testing: ['正在连接…', 'Connecting…'],
    testOk: ['连接正常：共享可以读写。', 'Connected: the share answers.'],
    saved: ['同步设置已保存（加密保存在本机数据中）。', 'Sync settings saved (encrypted, inside this book).'],
    savedSession: ['同步设置已保存到关闭本页为止（本数据未加密）。', 'Sync settings kept until the page closes (this book is not encrypted).'],
    syncing: ['正在同步…（可以继续工作）', 'Syncing… (you can keep working)'],
    done: (r) => [`同步完成：取回 ${r.pulled} 个文件，推送 ${r.pushed} 个文件${r.conflicts ? `，${r.conflicts} 处冲突待处理（见“冲突”）` : ''}。`,
      `Synced: ${r.pulled} file${r.pulled === 1 ? '' : 's'} pulled, ${r.pushed} pushed${r.conflicts ? `, ${r.conflicts} conflict${r.conflicts === 1 ? '' : 's'} to resolve (see Conflicts)` : ''}.`],
    notSaved: ['请先保存设置。', 'Save the settings first.'],
  };
  const { pair, setText, el, $ } = RMDom;
  const both = (p) => [p.zh || p.message_zh || '', p.en || p.message_en || ''];
  let returnFocus = null;

  function field(id, m, type, autocomplete) {
    const label = el('label', { htmlFor: id });
    setText(label, m);
    return [label, el('input', { id, type, autocomplete, spellcheck: false })];
  }

  function build() {
    const overlay = el('div', { id: 'sync-overlay', hidden: true });
    Object.assign(overlay.style, { position: 'fixed', inset: '0', zIndex: '25', display: 'none', alignItems: 'center',
      justifyContent: 'center', background: 'rgba(36, 41, 47, 0.45)', overflow: 'auto' });
    const card = el('form', { id: 'sync-dialog', className: 'store-card', noValidate: true });
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-modal', 'true');
    card.setAttribute('aria-labelledby', 'sync-title');
    card.style.color = '#24292f';
    const title = el('h1', { id: 'sync-title' });
    setText(title, MSG.title);
    const intro = el('p');
    setText(intro, MSG.intro);
    const button = (id, m, primary) => {
      const b = el('button', { type: primary ? 'submit' : 'button', id, className: primary ? 'store-primary' : '' });
      setText(b, m);
      return b;
    };
    const status = el('p', { id: 'sync-status' });
    status.setAttribute('role', 'status');
    const msg = el('p', { id: 'sync-message', className: 'store-busy' });
    msg.setAttribute('role', 'status');
    const err = el('p', { id: 'sync-error', className: 'store-error' });
    err.setAttribute('role', 'alert');
    const keep = el('p', { id: 'sync-password-note', className: 'store-hint' });
    setText(keep, MSG.keepPassword);
    card.append(title, intro, status,
      el('div', { className: 'store-field' }, ...field('sync-url', MSG.url, 'url', 'url'), ...field('sync-user', MSG.user, 'text', 'username'),
        ...field('sync-password', MSG.password, 'password', 'current-password'), keep,
        ...field('sync-passphrase', MSG.passphrase, 'password', 'off')),
      button('sync-save', MSG.save, true), button('sync-test', MSG.test), button('sync-now', MSG.now),
      button('sync-confirm-deletions', MSG.confirmDeletions), msg, err, button('sync-close', MSG.close));
    overlay.append(card);
    document.body.append(overlay);
    card.addEventListener('submit', (e) => { e.preventDefault(); save(); });
    $('sync-test').addEventListener('click', test);
    $('sync-now').addEventListener('click', () => syncNow({}));
    $('sync-confirm-deletions').addEventListener('click', () => syncNow({ confirmDeletions: true }));
    $('sync-close').addEventListener('click', hide);
    return overlay;
  }

  RMDom.keepKeys('sync-overlay', () => hide());

  function message(m) { setText($('sync-message'), m); setText($('sync-error'), null); }
  function error(p) { setText($('sync-message'), null); setText($('sync-error'), both(p)); }
  function busy(on) { for (const b of $('sync-dialog').querySelectorAll('button, input')) if (b.id !== 'sync-close') b.disabled = on; }

  async function showStatus() {
    const s = await window.rmplanner.sync.status();
    const line = RMStore.shareSync.statusLine();
    setText($('sync-status'), line ? [line[0], line[1]] : null);
    const refusedDeletions = s.last_report && s.last_report.status === 'refused' && s.error && s.error.code === 'confirm_deletions';
    $('sync-confirm-deletions').hidden = !refusedDeletions;
  }

  // The fields as typed; an empty password keeps the saved one.
  async function typed() {
    const saved = await window.rmplanner.sync.settings();
    const password = $('sync-password').value;
    return { url: $('sync-url').value, user: $('sync-user').value, password: password || (saved.has_password ? null : ''),
      passphrase: $('sync-passphrase').value };
  }

  async function withSaved(opts) {
    // null password / passphrase: the saved ones (never shown in the fields).
    if (opts.password === null || !opts.passphrase) {
      const full = RMStore.shareSync.current();
      if (full) {
        if (opts.password === null) opts.password = full.password;
        if (!opts.passphrase) opts.passphrase = full.passphrase;
      }
    }
    return opts;
  }

  async function save() {
    busy(true);
    try {
      const s = await window.rmplanner.sync.configure(await withSaved(await typed()));
      $('sync-password').value = '';
      $('sync-passphrase').value = '';
      message(s.remembered ? MSG.saved : MSG.savedSession);
    } catch (e) { error(e); } finally { busy(false); await showStatus(); }
  }

  async function test() {
    busy(true);
    message(MSG.testing);
    try {
      const r = await window.rmplanner.sync.test(await withSaved(await typed()));
      if (r.ok) message(MSG.testOk); else error(r.error);
    } catch (e) { error(e); } finally { busy(false); }
  }

  async function syncNow(opts) {
    if (!(await window.rmplanner.sync.settings()).configured) return error({ zh: MSG.notSaved[0], en: MSG.notSaved[1] });
    busy(true);
    message(MSG.syncing);
    try {
      const r = await window.rmplanner.sync.syncNow(opts);
      if (r.status === 'synced') {
        message(MSG.done({ pulled: (r.pulled || []).length, pushed: (r.pushed || []).length, conflicts: r.conflicts || 0 }));
      } else error(r.error);
    } catch (e) { error(e); } finally { busy(false); await showStatus(); }
  }

  async function open() {
    const overlay = $('sync-overlay') || build();
    const s = await window.rmplanner.sync.settings();
    $('sync-url').value = s.url || '';
    $('sync-user').value = s.user || '';
    $('sync-password').value = '';
    $('sync-passphrase').value = '';
    $('sync-password-note').hidden = !s.has_password;
    if (s.problem) error(s.problem); else message(null);
    await showStatus();
    returnFocus = document.activeElement;
    overlay.hidden = false;
    overlay.style.display = 'flex';
    setTimeout(() => $(s.url ? 'sync-now' : 'sync-url').focus(), 0);
  }

  function hide() {
    const overlay = $('sync-overlay');
    if (!overlay) return;
    overlay.hidden = true;
    overlay.style.display = 'none';
    $('sync-password').value = '';
    $('sync-passphrase').value = '';
    if (returnFocus && returnFocus.focus) returnFocus.focus();
    if (RMStore.M) RMStore.M._rm_wake();
  }

  window.RMSyncDialog = Object.freeze({ open, close: hide });
})();
