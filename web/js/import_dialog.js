// The import dialog: a plan file, a backup or bundle JSON, chosen with the
// file picker or dropped on the window. Before anything changes it shows
// what the import will do — per kind, with names: new, updated, deleted,
// conflicts — and a file that deletes more than a few records, or most of a
// kind, needs a ticked confirmation (docs/data-format.md, "Importing
// safely"). Applying takes a restore point first and is one undo step.
// Plain DOM, like the backup dialog; the hook calls it wraps are
// rmplanner.data.previewImport / importBundle (docs/js-hook.md, "Importing").
'use strict';
(function () {
  // [zh, en], as every message of the page (web/js/messages.js).
  const MSG = {
    title: ['导入文件', 'Import a file'],
    intro: ['可导入计划文件、加密备份或 JSON。导入前先显示将发生的变化；导入后可按 Ctrl+Z 一步撤销，并会先保存一个还原点。',
      'Import a plan file, an encrypted backup or JSON. You see what will change before anything does; afterwards Ctrl+Z undoes the whole import, and a restore point is saved first.'],
    file: ['文件（也可拖放到窗口上）', 'File (or drop it on the window)'],
    pass: ['文件的口令（加密文件）', "The file's passphrase (encrypted files)"],
    preview: ['查看将发生的变化', 'Show what will change'],
    previewing: ['正在读取文件…', 'Reading the file…'],
    apply: ['确认导入', 'Import'],
    applying: ['正在保存还原点并导入…', 'Saving a restore point and importing…'],
    cancel: ['取消', 'Cancel'],
    close: ['关闭', 'Close'],
    noFile: ['请先选择或拖入一个文件。', 'Choose or drop a file first.'],
    nothing: ['此文件中没有本机尚未有的内容：导入不会改变任何记录。', 'This file holds nothing this book does not already have: importing changes no record.'],
    summary: (p) => [`将新增 ${p.added} 条、更新 ${p.updated} 条、删除 ${p.deleted} 条、恢复 ${p.revived} 条记录；${p.unchanged} 条不变。`,
      `${p.added} records will be added, ${p.updated} updated, ${p.deleted} deleted, ${p.revived} revived; ${p.unchanged} unchanged.`],
    added: ['新增', 'new'], updated: ['更新', 'updated'], deleted: ['删除', 'deleted'], revived: ['恢复', 'revived'],
    more: (n) => [`等 ${n} 条`, `and ${n} more`],
    conflicts: (n) => [`${n} 处冲突：同一字段在两边都被修改过。导入后先保留下列第一个值，请在客户 360° 的“冲突”中选择。`,
      `${n} conflicts: the same field was changed on both sides. The first value below is kept for now; choose in the client's 360° view under "Conflicts".`],
    conflictLine: (c) => [`${kind(c.kind)[0]} ${c.label} · ${c.field}：${show(c.value)} ／ ${show(c.other_value)}`,
      `${kind(c.kind)[1]} ${c.label} · ${c.field}: ${show(c.value)} / ${show(c.other_value)}`],
    clamped: (n) => [`文件中有 ${n} 个时间戳超前于本机时钟一天以上，已按本机时间校正。`,
      `${n} stamps in the file were more than a day ahead of this device's clock and were pulled back.`],
    confirmDeletions: (d) => [`我已查看：此文件将删除 ${d.deleted} 条记录（${kind(d.kind)[0]}：${d.kind_live} 条中的 ${d.kind_deleted} 条），确认删除。`,
      `I have looked: this file deletes ${d.deleted} records (${kind(d.kind)[1]}: ${d.kind_deleted} of ${d.kind_live}); delete them.`],
    imported: (r) => [`已导入：新增 ${r.added} 条，更新 ${r.updated} 条。${r.restore_point_at ? '导入前已保存还原点。' : ''}按 Ctrl+Z 可一步撤销整个导入。`,
      `Imported: ${r.added} added, ${r.updated} updated. ${r.restore_point_at ? 'A restore point was saved first. ' : ''}Ctrl+Z undoes the whole import.`],
  };
  const kind = (k) => RMMessages.KIND[k] || [k, k];
  const show = (v) => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
  const { pair, setText, el, $, show: showNode } = RMDom;
  let returnFocus = null;
  let file = null;      // the file chosen or dropped
  let preview = null;   // its preview, for the file and passphrase it was made with

  function build() {
    const overlay = el('div', { id: 'import-overlay', hidden: true });
    // The backup dialog's look (web/css/storage.css).
    Object.assign(overlay.style, { position: 'fixed', inset: '0', zIndex: '26', display: 'none', alignItems: 'center',
      justifyContent: 'center', background: 'rgba(36, 41, 47, 0.45)', overflow: 'auto' });
    const card = el('form', { id: 'import-dialog', className: 'store-card', noValidate: true });
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-modal', 'true');
    card.setAttribute('aria-labelledby', 'import-title');
    card.style.color = '#24292f';
    card.style.maxWidth = '720px';
    const title = el('h1', { id: 'import-title' });
    setText(title, MSG.title);
    const intro = el('p');
    setText(intro, MSG.intro);
    const fileLabel = el('label', { htmlFor: 'import-file' });
    setText(fileLabel, MSG.file);
    const passLabel = el('label', { htmlFor: 'import-pass' });
    setText(passLabel, MSG.pass);
    const button = (id, m, primary) => {
      const b = el('button', { type: 'button', id, className: primary ? 'store-primary' : '' });
      setText(b, m);
      return b;
    };
    const consent = el('input', { type: 'checkbox', id: 'import-confirm-deletions', checked: false });
    const consentText = el('span', { id: 'import-confirm-text' });
    card.append(title, intro,
      fileLabel, el('input', { type: 'file', id: 'import-file', accept: '.rmplan,.rmbackup,.json,application/octet-stream,application/json' }),
      el('p', { id: 'import-file-name' }),
      passLabel, el('input', { type: 'password', id: 'import-pass', autocomplete: 'off' }),
      button('import-preview', MSG.preview, false),
      el('div', { id: 'import-preview-box' }),
      el('label', { className: 'store-check', htmlFor: 'import-confirm-deletions', id: 'import-confirm' }, consent, consentText),
      el('p', { id: 'import-message', className: 'store-busy' }),
      el('p', { id: 'import-error', className: 'store-error' }),
      el('div', {}, button('import-apply', MSG.apply, true), button('import-cancel', MSG.cancel, false)));
    overlay.append(card);
    document.body.append(overlay);
    $('import-message').setAttribute('role', 'status');
    $('import-error').setAttribute('role', 'alert');
    $('import-preview-box').setAttribute('aria-live', 'polite');

    $('import-file').addEventListener('change', () => choose($('import-file').files && $('import-file').files[0]));
    $('import-pass').addEventListener('input', () => { preview = null; syncButtons(); });
    $('import-preview').addEventListener('click', makePreview);
    $('import-apply').addEventListener('click', apply);
    $('import-cancel').addEventListener('click', hide);
    consent.addEventListener('change', syncButtons);
    card.addEventListener('submit', (e) => { e.preventDefault(); makePreview(); });
    return overlay;
  }

  // Keys typed while the dialog is open belong to its fields, not to the canvas.
  RMDom.keepKeys('import-overlay', () => hide());
  function message(m) { setText($('import-message'), m); setText($('import-error'), null); }
  function error(err) {
    const d = RMMessages.describe(err);
    setText($('import-message'), null);
    setText($('import-error'), [d.message_zh, d.message_en]);
  }
  function problemError(r) {
    const p = r.problems[0];
    error({ code: p.code, message_zh: (p.path ? p.path + '：' : '') + p.message_zh, message_en: (p.path ? p.path + ': ' : '') + p.message_en });
  }

  function syncButtons() {
    const d = preview && preview.deletions;
    const asks = !!(d && d.needs_confirmation);
    showNode($('import-confirm'), asks);
    if (asks) setText($('import-confirm-text'), MSG.confirmDeletions(d));
    const changes = preview ? preview.added + preview.updated + preview.deleted + preview.revived : 0;
    $('import-apply').disabled = !preview || changes === 0 || (asks && !$('import-confirm-deletions').checked);
    $('import-preview').disabled = !file;
  }

  function choose(f) {
    file = f || null;
    preview = null;
    $('import-confirm-deletions').checked = false;
    $('import-preview-box').textContent = '';
    $('import-file-name').textContent = file ? file.name : '';
    message(null);
    syncButtons();
    if (file) makePreview();
  }

  function names(list, total) {
    const shown = list.map((r) => r.label || r.id).join('、');
    return total > list.length ? shown + ' ' + MSG.more(total - list.length)[0] : shown;
  }

  function render(p) {
    const box = $('import-preview-box');
    box.textContent = '';
    const para = (m, id) => { const n = el('p', id ? { id } : {}); setText(n, m); box.append(n); return n; };
    para(MSG.summary(p), 'import-summary');
    const changes = p.added + p.updated + p.deleted + p.revived;
    if (changes === 0 && !p.conflicts.length) para(MSG.nothing, 'import-nothing');
    const list = el('ul', { id: 'import-kinds' });
    for (const k of p.kinds) {
      const parts = [];
      for (const what of ['added', 'updated', 'deleted', 'revived']) {
        if (!k[what]) continue;
        parts.push([`${MSG[what][0]} ${k[what]}（${names(k[what + '_records'], k[what])}）`,
          `${k[what]} ${MSG[what][1]} (${names(k[what + '_records'], k[what])})`]);
      }
      const item = el('li', { className: 'import-kind' });
      item.dataset.kind = k.kind;
      item.dataset.added = k.added; item.dataset.updated = k.updated; item.dataset.deleted = k.deleted;
      setText(item, [`${kind(k.kind)[0]}：${parts.map((x) => x[0]).join('，')}`, `${kind(k.kind)[1]}: ${parts.map((x) => x[1]).join(', ')}`]);
      list.append(item);
    }
    box.append(list);
    if (p.conflicts.length) {
      para(MSG.conflicts(p.conflicts.length), 'import-conflicts');
      const cl = el('ul', { id: 'import-conflict-list' });
      for (const c of p.conflicts.slice(0, 50)) { const li = el('li'); setText(li, MSG.conflictLine(c)); cl.append(li); }
      box.append(cl);
    }
    if (p.clamped_stamps) para(MSG.clamped(p.clamped_stamps), 'import-clamped');
  }

  async function bytesOf(f) { return new Uint8Array(await f.arrayBuffer()); }

  async function makePreview() {
    if (!file) return error(RMMessages.storeError('no_file', MSG.noFile));
    message(MSG.previewing);
    busy(true);
    try {
      const r = await window.rmplanner.data.previewImport(await bytesOf(file), { passphrase: $('import-pass').value });
      if (!r.ok) { preview = null; $('import-preview-box').textContent = ''; problemError(r); return; }
      preview = r;
      render(r);
      message(null);
    } catch (err) { error(err); } finally { busy(false); syncButtons(); }
  }

  async function apply() {
    if (!file || !preview) return;
    message(MSG.applying);
    busy(true);
    try {
      const r = await window.rmplanner.data.importBundle(await bytesOf(file), {
        passphrase: $('import-pass').value, confirmDeletions: $('import-confirm-deletions').checked });
      if (!r.ok) { problemError(r); return; }
      $('import-pass').value = '';
      preview = null;
      $('import-preview-box').textContent = '';
      message(MSG.imported(r));
    } catch (err) { error(err); } finally { busy(false); syncButtons(); }
  }

  function busy(on) {
    for (const b of $('import-dialog').querySelectorAll('button, input')) b.disabled = on;
  }

  function open(f) {
    const overlay = $('import-overlay') || build();
    $('import-file').value = '';
    $('import-pass').value = '';
    choose(f || null);
    setText($('import-message'), null);
    returnFocus = document.activeElement;
    overlay.hidden = false;
    overlay.style.display = 'flex';
    setTimeout(() => (f ? $('import-apply') : $('import-file')).focus(), 0);
  }

  function hide() {
    const overlay = $('import-overlay');
    if (!overlay) return;
    overlay.hidden = true;
    overlay.style.display = 'none';
    $('import-pass').value = '';
    file = null;
    preview = null;
    if (returnFocus && returnFocus.focus) returnFocus.focus();
    if (RMStore.M) RMStore.M._rm_wake();
  }

  // A file dropped anywhere on the window opens this dialog with it: the
  // browser would otherwise navigate away to show the file.
  window.addEventListener('dragover', (e) => {
    if (e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files')) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  });
  window.addEventListener('drop', (e) => {
    const f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (!f) return;
    e.preventDefault();
    const backup = $('backup-overlay');
    if (backup && !backup.hidden && typeof RMBackup !== 'undefined') RMBackup.close();
    open(f);
  });

  window.RMImport = Object.freeze({ open, close: hide });
})();
