// Starts the app's two big downloads — app.wasm (compiled while its bytes
// arrive) and the UI font — from <head>, before the page's other scripts load,
// so that from the service worker's cache the compile overlaps the ~20 script
// files instead of following them (docs/benchmarks.md, "Cold start").
// platform.js awaits window.RMDownload; progress goes to the loading bar once
// the body has parsed it.
'use strict';

(function () {
  if (typeof WebAssembly !== 'object' || typeof fetch !== 'function') return;  // platform.js says why
  function showProgress(pct) {
    const fill = document.getElementById('loading-fill');
    if (!fill) return;
    fill.style.width = pct + '%';
    fill.parentElement.parentElement.setAttribute('aria-valuenow', String(pct));
  }
  async function download() {
    const [wasmRes, fontRes] = await Promise.all([fetch('app.wasm'), fetch('fonts/ui.ttf')]);
    for (const r of [wasmRes, fontRes]) if (!r.ok) throw new Error(r.url + ': HTTP ' + r.status);
    const total = [wasmRes, fontRes].reduce((s, r) => s + (Number(r.headers.get('Content-Length')) || 0), 0);
    let done = 0;
    const counted = (r) => r.body.pipeThrough(new TransformStream({
      transform(chunk, out) {
        done += chunk.length;
        if (total) showProgress(Math.min(99, Math.round((done / total) * 100)));
        out.enqueue(chunk);
      },
    }));
    const module = WebAssembly.compileStreaming(
      new Response(counted(wasmRes), { headers: { 'Content-Type': 'application/wasm' } }));
    const font = new Response(counted(fontRes)).arrayBuffer().then((b) => new Uint8Array(b));
    return Promise.all([module, font]);
  }
  performance.mark('rm:fetch-start');
  window.RMDownload = download();
  // Handled where it is awaited (platform.js shows the failure); this only
  // keeps the browser from reporting a rejection before platform.js loads.
  window.RMDownload.catch(() => {});
})();
