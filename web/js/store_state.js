// The storage layer's shared state (web/js/storage.js lists its files): the
// store's constants, what the page knows about the store (S), the phase
// timings (T) and the state machine. Every storage file reaches the others
// through window.RMStore, filled in as the files load (in the order of
// index.html); only storage.js publishes anything (RMStorage, the hook).
'use strict';

(function () {
  const R = window.RMStore = {};
  const { MSG, storeError } = RMMessages;

  R.DIR = '/store';
  R.KEY_FILE = 'key.rmk';
  R.LOCK_NAME = 'rmplanner-store';
  // First change → its save starts within this; with the save itself (a
  // journal entry: tens of ms) it bounds what a crash can take
  // (docs/storage.md, "What saved means"). Not re-armed by later changes.
  R.DEBOUNCE_MS = 250;
  R.POLL_MS = 1000;             // dirty check when no change notification came
  R.RETRY_MS = [2000, 5000, 15000, 30000, 60000];
  R.BACKUP_DAYS = 7;
  R.LS = {
    lastExport: 'rmplanner.lastExportMs',
    created: 'rmplanner.storeCreatedMs',
    lockMinutes: 'rmplanner.lockMinutes',
    heapBytes: 'rmplanner.heapBytesOfOpen',
  };
  R.MIN_PASSPHRASE = 8;
  R.DEMO_CLIENTS = 400;         // the first-run demo book
  R.MAX_DEMO_CLIENTS = 50000;   // the largest one setup({clients}) makes (store_bridge.cpp)

  R.M = null;  // the Emscripten Module, from start()
  const S = R.S = {
    state: 'starting',   // starting loading needs_setup locked open read_only failed
    mode: null,          // 'encrypted' | 'plain' | null (not set up)
    key: null, salt: null, iterations: 0,
    writer: false,       // holds the Web Lock
    noLocks: false,      // no Web Locks here: read-only (session.js)
    loaded: false,       // the first syncfs(true) succeeded: writes are allowed from now on
    memoryOnly: false,   // IndexedDB unavailable
    unreadable: [],      // files that failed to open, never deleted by us
    tookOver: 0,         // when this tab became the writer after the other tab closed
    problems: [],        // what the last open reported
    savedAt: 0,          // when the last save became durable
    saving: false,
    failure: null,       // {code, message_zh, message_en} of the last failed save
    retryAt: 0, retries: 0,
    lastActivity: Date.now(),
  };
  // What the page's start leaves for the first open and unlock (session.js).
  R.boot = {
    mountReadPending: true,          // the mount's read not yet counted in an open
    earlyMs: null,                   // how long the early read took, when the mount used it
    earlyKeyFile: null,              // key.rmk as read before the mount's read
    mountRead: Promise.resolve(),    // settles when the mount's read has ended
  };
  // Phase timings in ms (performance.now()) for rmplanner.data.timings() and
  // bench/browser/open_bench.js: how long the page's IndexedDB read took, the
  // phases of the last open, and of the last durable save.
  R.T = { mount: null, open: null, lastSave: null };
  R.now = () => performance.now();
  R.ms = (t) => Math.round(t * 100) / 100;

  const C_STATE = { starting: 0, needs_setup: 1, locked: 2, open: 3, read_only: 4, failed: 5 };
  R.setState = function setState(s) {
    S.state = s;
    if (R.M && s in C_STATE) R.M._rm_store_set_state(C_STATE[s]);
    if (R.M) R.M._rm_wake();
    R.render();
  };
  R.writable = () => S.loaded && S.writer && !S.memoryOnly && S.state === 'open';
  R.requireBook = function requireBook() {
    if (S.state !== 'open' && S.state !== 'read_only') throw storeError('not_open', MSG.notWritable);
  };
})();
