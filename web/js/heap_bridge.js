// The C++ bridge (src/platform/web/store_bridge.cpp): bytes in and out of
// the WASM heap, small JSON answers, the page's clock for C++, and warming
// the heap ahead of a big open.
'use strict';

(function (R) {
  const { T, LS, now, ms } = R;

  function heap() { return R.M.HEAPU8 || globalThis.HEAPU8; }
  // Copies BYTES into the WASM heap for FN(ptr, len). When the heap cannot
  // grow that far, malloc answers 0: writing there would overwrite the
  // start of memory, so it throws a StoreError (out_of_memory) instead and
  // nothing is changed.
  function withBytes(bytes, fn) {
    const ptr = R.M._rm_store_alloc(bytes.length);
    if (!ptr) {
      const { MSG, StoreError } = RMMessages;
      const mb = String(Math.ceil(bytes.length / 1048576));
      throw new StoreError('out_of_memory', MSG.noMemoryForBytes[0].replace('%d', mb), MSG.noMemoryForBytes[1].replace('%d', mb));
    }
    try {
      heap().set(bytes, ptr);
      return fn(ptr, bytes.length);
    } finally { R.M._rm_store_free(ptr); }
  }
  // The out buffer as a view into the WASM heap, not a copy (a snapshot is
  // tens of MB). Valid only until the next call into C++, which may grow
  // the heap: hand it straight to sealing (see saver.js, persistOnce).
  function outView() {
    const ptr = R.M._rm_store_out_ptr(), len = R.M._rm_store_out_len();
    return heap().subarray(ptr, ptr + len);
  }
  function outBytes() {
    const ptr = R.M._rm_store_out_ptr(), len = R.M._rm_store_out_len();
    const bytes = heap().slice(ptr, ptr + len);
    R.M._rm_store_out_clear();
    return bytes;
  }
  const cjson = (name, types, args) => JSON.parse(R.M.ccall(name, 'string', types || [], args || []));
  // The page's local date, YYYY-MM-DD: the app's "today".
  const localDate = (d) => d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  function setClock() {
    const d = new Date();
    R.M.ccall('rm_store_set_clock', null, ['string', 'number', 'number'], [localDate(d), -d.getTimezoneOffset(), d.getTime()]);
  }
  const dirty = () => !!R.M && R.M._rm_store_dirty() === 1;

  // ---- warming the heap ---------------------------------------------------------
  // As much WASM memory as the last open allocated, touched ahead of this
  // one on the unlock screen, after the mount's read, while the passphrase
  // is typed and derived (why: store_bridge.cpp, "warming the heap"). A
  // slice at a time, each its own task, so input and timers run in between.
  // The size is kept in localStorage: a number, no client data.
  const WARM_SLICE = 2 << 20;        // ~7 ms of page faults on the benchmark VM
  const WARM_MIN = 8 << 20;          // below this the faults cost too little to matter
  const WARM_MAX = 1024 << 20;       // a 50 000-client book needs a third of this
  let warming = null;
  function warmHeap() {
    const want = Math.min(Number(localStorage.getItem(LS.heapBytes)) || 0, WARM_MAX);
    if (warming || want < WARM_MIN || !R.M._rm_heap_warm_begin(want)) return;
    const channel = new MessageChannel();
    warming = channel;
    Object.assign(T.mount, { warm_bytes: 0, warm_ms: 0 });
    channel.port1.onmessage = () => {
      if (warming !== channel) return;
      const t0 = now();
      const left = R.M._rm_heap_warm_step(WARM_SLICE);
      T.mount.warm_ms = ms(T.mount.warm_ms + now() - t0);
      T.mount.warm_bytes = want - left;
      if (left > 0) channel.port2.postMessage(0);
      else stopWarming();
    };
    channel.port2.postMessage(0);
  }
  // Before an open allocates: the warmed pages go back to malloc, resident.
  function stopWarming() {
    if (!warming) return;
    warming.port1.close();
    warming = null;
    R.M._rm_heap_warm_end();
  }

  Object.assign(R, { heap, withBytes, outView, outBytes, cjson, localDate, setClock, dirty, warmHeap, stopWarming });
})(window.RMStore);
