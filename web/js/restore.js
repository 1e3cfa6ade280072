// The restore-points dialog: lists the snapshots the store keeps (one a day
// for a week, docs/storage.md), restores one as an undoable edit, and offers
// a damaged file for download (for IT) or deletion — the store itself never
// deletes a file it could not read. Plain DOM, like the unlock screen, so
// keyboards and screen readers reach it. Opened from Settings (C++ →
// RMRestore.open) and from the save status when an open reported problems.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  // [zh, en], as every message of the page (web/js/messages.js).
  const MSG = {
    none: ['还没有还原点：第一次保存快照后会出现。', 'No restore points yet: one appears with the first saved snapshot.'],
    newest: ['最新快照', 'newest snapshot'],
    restore: ['恢复到此', 'Restore'],
    confirm: ['确认恢复？', 'Confirm restore?'],
    restoring: ['正在恢复…', 'Restoring…'],
    restored: (n) => [`已恢复：改回了 ${n} 条记录。可按 Ctrl+Z 撤销。`, `Restored: ${n} records put back. Ctrl+Z undoes it.`],
    unchanged: ['数据与该还原点相同，未做修改。', 'The book already matches this restore point; nothing changed.'],
    damaged: ['已损坏，无法恢复', 'damaged, cannot be restored'],
    download: ['下载原文件', 'Download file'],
    discard: ['删除', 'Delete'],
    confirmDiscard: ['确认删除？', 'Confirm delete?'],
    discarded: ['已删除损坏的文件。', 'The damaged file was deleted.'],
    readOnly: ['此标签页为只读，不能恢复。', 'This tab is read-only and cannot restore.'],
  };
  const pair = RMMessages.spans;
  const setText = (el, m) => { el.textContent = ''; if (m) el.appendChild(pair(m)); };
  const two = (n) => String(n).padStart(2, '0');
  const when = (ms) => {
    const d = new Date(ms);
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
  };
  const size = (n) => (n >= 1 << 20 ? (n / (1 << 20)).toFixed(1) + ' MB' : Math.max(1, Math.round(n / 1024)) + ' KB');

  let returnFocus = null;
  let busy = false;

  function button(m, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.appendChild(pair(m));
    b.addEventListener('click', onClick);
    return b;
  }

  // A destructive button asks once more on its first press (keyboard too).
  function confirmingButton(m, confirmM, action) {
    let armed = false;
    const b = button(m, async () => {
      if (busy) return;
      if (!armed) { armed = true; b.textContent = ''; b.appendChild(pair(confirmM)); b.classList.add('store-primary'); return; }
      await action();
    });
    b.addEventListener('blur', () => {
      if (!armed || busy) return;
      armed = false; b.textContent = ''; b.appendChild(pair(m)); b.classList.remove('store-primary');
    });
    return b;
  }

  async function run(fn, pending) {
    busy = true;
    setText($('restore-error'), null);
    setText($('restore-message'), pending);
    try {
      await fn();
    } catch (err) {
      setText($('restore-message'), null);
      setText($('restore-error'), [err.message_zh || String(err), err.message_en || String(err)]);
    } finally {
      busy = false;
    }
  }

  async function render() {
    const list = $('restore-list');
    list.textContent = '';
    const points = await RMStorage.restorePoints();
    const writable = RMStorage.state().writable;
    if (!points.length) {
      const li = document.createElement('li');
      li.className = 'restore-empty';
      li.appendChild(pair(MSG.none));
      list.appendChild(li);
    }
    for (const p of points) {
      const li = document.createElement('li');
      li.dataset.name = p.name;
      const what = document.createElement('span');
      what.className = 'restore-when';
      what.textContent = `${when(p.savedAt)} · ${size(p.bytes)}`;
      if (p.newest) { what.append(' · '); what.appendChild(pair(MSG.newest)); }
      li.appendChild(what);
      if (p.damaged) {
        li.classList.add('restore-damaged');
        what.append(' · ');
        what.appendChild(pair(MSG.damaged));
        li.appendChild(button(MSG.download, () => download(p.name)));
        if (writable) {
          li.appendChild(confirmingButton(MSG.discard, MSG.confirmDiscard, () => run(async () => {
            await RMStorage.discard(p.name);
            await render();
            setText($('restore-message'), MSG.discarded);
          })));
        }
      } else if (writable) {
        li.appendChild(confirmingButton(MSG.restore, MSG.confirm, () => run(async () => {
          const r = await RMStorage.restore(p.name);
          await render();
          setText($('restore-message'), r.changed ? MSG.restored(r.changed) : MSG.unchanged);
        }, MSG.restoring)));
      }
      list.appendChild(li);
    }
    if (!writable) setText($('restore-message'), MSG.readOnly);
  }

  function download(name) {
    RMPlatform.download(name, 'application/octet-stream', RMStorage.rawFile(name));
  }

  async function open() {
    returnFocus = document.activeElement;
    setText($('restore-message'), null);
    setText($('restore-error'), null);
    $('restore-overlay').hidden = false;
    try {
      await render();
    } catch (err) {
      setText($('restore-error'), [err.message_zh || String(err), err.message_en || String(err)]);
    }
    const first = $('restore-list').querySelector('button') || $('restore-close');
    first.focus();
  }

  function close() {
    if (busy) return;
    $('restore-overlay').hidden = true;
    if (returnFocus && returnFocus.focus) returnFocus.focus();
  }

  function wire() {
    $('restore-close').addEventListener('click', close);
    $('store-restore').addEventListener('click', () => open());
    // Keys inside the dialog belong to it, not to the canvas behind it.
    for (const type of ['keydown', 'keyup']) {
      window.addEventListener(type, (e) => {
        if ($('restore-overlay').hidden) return;
        if (type === 'keydown' && e.key === 'Escape') { e.preventDefault(); close(); }
        e.stopImmediatePropagation();
      }, true);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();

  window.RMRestore = Object.freeze({ open, close });
})();
