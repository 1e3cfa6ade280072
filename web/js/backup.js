// The backup dialog: export the book as an encrypted file (the default), and
// as plain JSON only after a confirmation that says what leaves; importing
// opens the import dialog (web/js/import_dialog.js). Opened from the save
// status's 导出备份 button and from Reports → 导出备份 (C++ → RMBackup.open). Plain DOM, like the
// unlock screen, so password managers, keyboards and screen readers work.
// The file format is docs/storage.md, "Backups"; the hook calls it wraps are
// rmplanner.data.exportBundle / importBundle (docs/js-hook.md).
'use strict';
(function () {
  // [zh, en], as every message of the page (web/js/messages.js).
  const MSG = {
    title: ['导出与导入备份', 'Export and import a backup'],
    intro: ['备份文件默认加密（AES-256-GCM）：没有口令的人无法读取其中的客户信息。请把口令与文件分开保管。',
      'Backups are encrypted by default (AES-256-GCM): without the passphrase nobody can read the clients in them. Keep the passphrase apart from the file.'],
    whatTitle: ['导出什么', 'What to export'],
    whatBook: ['整本数据（备份）', 'The whole book (a backup)'],
    whatHandIn: ['本周交主管：商机进程表、本周沟通报告与工作日志、待审的报告与理财规划、今年的联络记录',
      "This week's hand-in for my supervisor: the pipeline table, this week's reports and work logs, reports and plans awaiting review, this year's contacts"],
    handInExported: ['已导出本周交主管文件。', "This week's hand-in exported."],
    whatReview: (name) => [`给 ${name} 的审阅文件：她的报告与理财规划书的审阅和批注、调整的客户、周目标（请用单独的导出口令，并把口令告诉她）`,
      `The review file for ${name}: the review of her reports and plans with the comments, the clients reassigned, her weekly targets (use a separate export passphrase and tell her what it is)`],
    reviewExported: (name) => [`已导出给 ${name} 的审阅文件。`, `The review file for ${name} exported.`],
    useBook: ['用本数据的口令加密（在任何设备上用同一口令即可导入）',
      "Encrypt with this book's passphrase (imports anywhere with that passphrase)"],
    useNew: ['设置单独的导出口令', 'Choose a separate export passphrase'],
    newPass: ['导出口令（至少 8 个字符）', 'Export passphrase (at least 8 characters)'],
    newPass2: ['再次输入导出口令', 'Repeat the export passphrase'],
    exportEncrypted: ['导出加密备份', 'Export encrypted backup'],
    exporting: ['正在加密并导出…', 'Encrypting and exporting…'],
    exported: ['已导出加密备份。', 'Encrypted backup exported.'],
    plainTitle: ['明文导出（不加密）', 'Plain export (not encrypted)'],
    plainConsent: (n) => [`我明白：明文 JSON 不加密，${n} 位客户的姓名、证件号、电话、地址、资产和联络记录，任何拿到此文件的人都能读取。`,
      `I understand: plain JSON is not encrypted; the names, ID numbers, phones, addresses, assets and contact history of ${n} clients can be read by anyone who gets the file.`],
    exportPlain: ['导出明文 JSON', 'Export plain JSON'],
    plainExported: ['已导出明文 JSON，请妥善保管。', 'Plain JSON exported; keep it safe.'],
    importTitle: ['导入', 'Import'],
    importButton: ['导入文件…（先预览，再确认）', 'Import a file… (preview first, then confirm)'],
    close: ['关闭', 'Close'],
  };
  const { pair, setText, el, $, show } = RMDom;
  let returnFocus = null;

  function stamp() {
    const d = new Date();
    return d.getFullYear() + String(d.getMonth() + 1).padStart(2, '0') + String(d.getDate()).padStart(2, '0');
  }

  function build() {
    const overlay = el('div', { id: 'backup-overlay', hidden: true });
    // The restore dialog's look (web/css/storage.css), set here so the page's
    // style sheet and HTML need no second copy of this dialog.
    Object.assign(overlay.style, { position: 'fixed', inset: '0', zIndex: '25', display: 'none', alignItems: 'center',
      justifyContent: 'center', background: 'rgba(36, 41, 47, 0.45)', overflow: 'auto' });
    const card = el('form', { id: 'backup-dialog', className: 'store-card', noValidate: true });
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-modal', 'true');
    card.style.color = '#24292f';
    const title = el('h1', { id: 'backup-title' });
    card.setAttribute('aria-labelledby', 'backup-title');
    setText(title, MSG.title);
    const radio = (id, m, checked) => {
      const input = el('input', { type: 'radio', name: 'backup-key', id, checked });
      const label = el('label', { className: 'store-check', htmlFor: id }, input, pair(m));
      return label;
    };
    const password = (id, m) => {
      const input = el('input', { type: 'password', id, autocomplete: 'new-password' });
      const label = el('label', { htmlFor: id });
      setText(label, m);
      return [label, input];
    };
    const consent = el('input', { type: 'checkbox', id: 'backup-plain-ok', checked: false });
    const consentText = el('span', { id: 'backup-plain-text' });
    const plainButton = el('button', { type: 'button', id: 'backup-plain', disabled: true });
    setText(plainButton, MSG.exportPlain);
    const encButton = el('button', { type: 'submit', id: 'backup-encrypted', className: 'store-primary' });
    setText(encButton, MSG.exportEncrypted);
    const importButton = el('button', { type: 'button', id: 'backup-import' });
    setText(importButton, MSG.importButton);
    const close = el('button', { type: 'button', id: 'backup-close' });
    setText(close, MSG.close);
    const h2 = (m) => { const h = el('p'); h.style.fontWeight = '600'; setText(h, m); return h; };
    const intro = el('p');
    setText(intro, MSG.intro);
    const what = (id, m, checked) => {
      const input = el('input', { type: 'radio', name: 'backup-what', id, checked });
      return el('label', { className: 'store-check', htmlFor: id }, input, pair(m));
    };
    card.append(title, intro,
      h2(MSG.whatTitle), what('backup-what-book', MSG.whatBook, true), what('backup-what-hand-in', MSG.whatHandIn, false),
      el('label', { className: 'store-check', htmlFor: 'backup-what-review' },
        el('input', { type: 'radio', name: 'backup-what', id: 'backup-what-review' }), el('span', { id: 'backup-what-review-text' })),
      el('hr'),
      radio('backup-use-book', MSG.useBook, true), radio('backup-use-new', MSG.useNew, false),
      el('div', { id: 'backup-new-fields', className: 'store-field' },
        ...password('backup-pass', MSG.newPass), ...password('backup-pass2', MSG.newPass2)),
      encButton,
      el('hr'), h2(MSG.plainTitle),
      el('label', { className: 'store-check', htmlFor: 'backup-plain-ok' }, consent, consentText),
      plainButton,
      el('hr'), h2(MSG.importTitle),
      importButton,
      el('p', { id: 'backup-message', className: 'store-busy' }),
      el('p', { id: 'backup-error', className: 'store-error' }),
      close);
    overlay.append(card);
    document.body.append(overlay);
    card.querySelector('#backup-message').setAttribute('role', 'status');
    card.querySelector('#backup-error').setAttribute('role', 'alert');
    // Sealing to the supervisor's public key, and the key files (web/js/key_dialog.js).
    card.insertBefore(RMKeyDialog.exportChoice(), $('backup-new-fields'));
    card.insertBefore(RMKeyDialog.section(), close);

    const syncChoice = () => show($('backup-new-fields'), $('backup-use-new').checked);
    $('backup-use-book').addEventListener('change', syncChoice);
    $('backup-use-new').addEventListener('change', syncChoice);
    $('backup-use-supervisor').addEventListener('change', syncChoice);
    consent.addEventListener('change', () => { plainButton.disabled = !consent.checked; });
    card.addEventListener('submit', (e) => { e.preventDefault(); exportEncrypted(); });
    plainButton.addEventListener('click', exportPlain);
    // Importing has its own dialog (web/js/import_dialog.js): preview, confirmation, drop.
    importButton.addEventListener('click', () => { hide(); RMImport.open(); });
    close.addEventListener('click', hide);
    return overlay;
  }

  // Keys typed while the dialog is open belong to its fields, not to the
  // canvas: registered when this script loads, before platform.js's own
  // capture listener, so it runs first.
  RMDom.keepKeys('backup-overlay', () => hide());

  function message(m) { setText($('backup-message'), m); setText($('backup-error'), null); }
  function error(err) {
    const d = RMMessages.describe(err);
    setText($('backup-message'), null);
    setText($('backup-error'), [d.message_zh, d.message_en]);
  }
  function busy(on) {
    for (const b of $('backup-dialog').querySelectorAll('button, input')) {
      if (b.id === 'backup-plain') b.disabled = on || !$('backup-plain-ok').checked;
      else b.disabled = on;
    }
  }

  // The week's hand-in (docs/data-format.md, "Weekly hand-in"), a review file
  // for one manager when the dialog was opened for one (the Branch screen),
  // or the whole book.
  let reviewFor = null;  // {id, name}
  const handIn = () => $('backup-what-hand-in').checked;
  const review = () => reviewFor !== null && $('backup-what-review').checked;
  const what = () => (review() ? { reviewFor: reviewFor.id } : handIn() ? { handIn: true } : {});
  const prefix = () => (review() ? 'rmplanner-review-' : handIn() ? 'rmplanner-handin-' : null);
  const fileName = (ext) => (prefix() || 'rmplanner-backup-') + stamp() + ext;
  const exportedMessage = () => (review() ? MSG.reviewExported(reviewFor.name) : handIn() ? MSG.handInExported : MSG.exported);

  async function exportEncrypted() {
    if ($('backup-use-supervisor').checked && !review()) {
      busy(true);
      message(MSG.exporting);
      try { message(await RMKeyDialog.exportToSupervisor(stamp(), handIn())); } catch (err) { error(err); } finally { busy(false); }
      return;
    }
    const byNew = $('backup-use-new').checked;
    const p = $('backup-pass').value;
    if (byNew && p !== $('backup-pass2').value) return error(RMMessages.storeError('mismatch', RMMessages.MSG.mismatch));
    if (byNew && p.length < 8) return error(RMMessages.storeError('too_short', RMMessages.MSG.tooShort));
    busy(true);
    message(MSG.exporting);
    try {
      const opts = Object.assign(byNew ? { passphrase: p } : {}, what());
      const bytes = await window.rmplanner.data.exportBundle(opts);
      RMPlatform.download(fileName('.rmbackup'), 'application/octet-stream', bytes);
      $('backup-pass').value = ''; $('backup-pass2').value = '';
      message(exportedMessage());
    } catch (err) { error(err); } finally { busy(false); }
  }

  async function exportPlain() {
    if (!$('backup-plain-ok').checked) return;  // the button is disabled until then; the hook has no such guard
    busy(true);
    try {
      const text = await window.rmplanner.data.exportBundle(Object.assign({ plain: true }, what()));
      RMPlatform.download((prefix() || 'rmplanner-') + stamp() + '.json', 'application/json',
        new TextEncoder().encode(text));
      message(MSG.plainExported);
    } catch (err) { error(err); } finally {
      // Never left ticked: the next plain export asks again.
      $('backup-plain-ok').checked = false;
      busy(false);
    }
  }

  // OPTS.reviewFor {id, name}: opened for a manager's review file, chosen,
  // under a separate passphrase (she does not know the supervisor's).
  async function open(opts) {
    const overlay = $('backup-overlay') || build();
    const encrypted = RMStore.S.mode === 'encrypted';
    reviewFor = opts && opts.reviewFor && opts.reviewFor.id ? { id: String(opts.reviewFor.id), name: String(opts.reviewFor.name || '') } : null;
    const reviewLabel = $('backup-what-review').parentElement;
    show(reviewLabel, reviewFor !== null);
    setText($('backup-what-review-text'), reviewFor ? MSG.whatReview(reviewFor.name) : null);
    // A plain (demo) book has no passphrase of its own to seal under.
    show($('backup-use-book').parentElement, encrypted);
    $('backup-what-book').checked = !reviewFor;  // a hand-in is chosen each time, never left chosen
    $('backup-what-review').checked = !!reviewFor;
    $('backup-use-book').checked = encrypted && !reviewFor;
    $('backup-use-new').checked = !encrypted || !!reviewFor;
    show($('backup-new-fields'), !encrypted || !!reviewFor);
    $('backup-plain-ok').checked = false;
    $('backup-plain').disabled = true;
    let clients = 0;
    try { clients = (await window.rmplanner.data.counts()).clients || 0; } catch (e) { /* no book: the buttons say why */ }
    setText($('backup-plain-text'), MSG.plainConsent(clients));
    await RMKeyDialog.refresh();
    message(null);
    returnFocus = document.activeElement;
    overlay.hidden = false;
    overlay.style.display = 'flex';
    setTimeout(() => $('backup-encrypted').focus(), 0);
  }

  function hide() {
    const overlay = $('backup-overlay');
    if (!overlay) return;
    overlay.hidden = true;
    overlay.style.display = 'none';
    for (const id of ['backup-pass', 'backup-pass2']) $(id).value = '';
    $('backup-plain-ok').checked = false;
    if (returnFocus && returnFocus.focus) returnFocus.focus();
    if (RMStore.M) RMStore.M._rm_wake();
  }

  window.RMBackup = Object.freeze({ open, close: hide });
})();
