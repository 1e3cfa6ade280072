// RMDom — what the page's dialogs (backup, keys, import, restore points,
// sync) share: elements built from properties, text in both languages,
// showing and hiding that wins over the style sheet, and keys kept from the
// canvas while a dialog is open. Plain DOM, so password managers, keyboards
// and screen readers work.
'use strict';
(function () {
  const pair = (m) => RMMessages.spans(m);
  // NODE's text becomes message M ([zh, en]); nothing when M is null.
  const setText = (node, m) => { node.textContent = ''; if (m) node.appendChild(pair(m)); };
  const el = (tag, props, ...children) => {
    const e = document.createElement(tag);
    Object.assign(e, props || {});
    for (const c of children) e.append(c);
    return e;
  };
  const $ = (id) => document.getElementById(id);
  // The page's style sheet gives some elements a display of their own, which
  // would win over the hidden attribute.
  const show = (node, on) => { node.hidden = !on; node.style.display = on ? '' : 'none'; };

  // Keys typed while the overlay OVERLAY_ID is open belong to its fields, not
  // to the canvas; Escape calls ON_ESCAPE. Call it as the dialog's script
  // loads: before platform.js's own capture listener, so it runs first.
  function keepKeys(overlayId, onEscape) {
    for (const type of ['keydown', 'keyup']) {
      window.addEventListener(type, (e) => {
        const overlay = $(overlayId);
        if (!overlay || overlay.hidden) return;
        if (type === 'keydown' && e.key === 'Escape') { e.preventDefault(); onEscape(); }
        e.stopImmediatePropagation();
      }, true);
    }
  }

  window.RMDom = Object.freeze({ pair, setText, el, $, show, keepKeys });
})();
