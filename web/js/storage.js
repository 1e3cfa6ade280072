// RMStorage — the browser half of saving and opening the book (the C++ half
// is src/platform/web/store_bridge.cpp; the format is docs/storage.md).
//
// The storage layer is plain scripts that share window.RMStore; index.html
// loads them in this order, each using only what the ones before it define
// when it loads (later ones are reached at call time, through RMStore):
//   messages.js        every message as [zh, en]; StoreError, describe()
//   store_state.js     constants, the state (S), timings (T), setState()
//   heap_bridge.js     bytes in and out of the WASM heap; warming the heap
//   idb_store.js       the files in /store and IndexedDB: STOREFS (deferred
//                      files), syncIn / syncOut
//   fresh_store.js     rewriting the store into a fresh database (encryption on)
//   sealing.js         sealing and opening files with the book's key
//   early_read.js      the store read while the app loads
//   saver.js           the save queue, durability, retention, debounce
//   open_book.js       opening the book and timing it
//   session.js         the Web Lock (one writer, takeover) and the start
//   strength.js        passphrase strength (zxcvbn, loaded on first use)
//   passphrase.js      setup, lock, unlock, changing the passphrase
//   restore_points.js  the store's side of restore points (restore.js: dialog)
//   timers.js          the save poll, the idle lock, page events
//   hook.js            rmplanner.data (docs/js-hook.md)
//   share_sync.js      the sync with a WebDAV share: connection, engine host,
//                      when to sync, its status; rmplanner.sync
//   key_store.js       key pairs and a supervisor's public key; sealed files
//                      in rmplanner.data's export and import (public_key_seal.js,
//                      after envelope.js, does the cryptography)
//   overlay.js         the DOM: setup / unlock overlay and the save status
//   storage.js         this file: RMStorage, and the lock asked for at once
// Frame timing (time spent drawing, the first frame over a newly opened
// book) is platform.js's, which draws the frames.
'use strict';

(function (R) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', R.wireForms);
  else R.wireForms();
  // As this script loads, before platform.js starts loading the app: the
  // writer's early read runs while app.js and app.wasm load (early_read.js).
  R.requestWriterLock();

  window.RMStorage = Object.freeze({
    start: R.start, changed: R.changed, state: R.state, api: R.api, restorePoints: R.restorePoints,
    restore: R.restore, discard: R.discard, rawFile: R.rawFile, framesHeldFor: R.framesHeldFor,
    demoClients: R.demoClients, isPlain: R.isPlain, openPassphraseDialog: R.openPassphraseDialog,
  });
})(window.RMStore);
