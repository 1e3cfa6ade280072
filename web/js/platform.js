// RM Planner's page glue: boots the WebAssembly app, owns the DOM side of the
// platform layer (canvas size, input, IME textarea, clipboard, frame
// scheduling) and publishes window.rmplanner, the automation hook.
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const ime = document.getElementById('ime');
  const loadingText = document.getElementById('loading-text');

  let readyResolve, readyReject;
  const ready = new Promise((res, rej) => { readyResolve = res; readyReject = rej; });
  ready.catch(() => {});  // failures are shown on the page; tests inspect them

  function showFatal(zh, en) {
    const box = document.getElementById('fatal');
    box.textContent = '';
    for (const line of [zh, en]) {
      const p = document.createElement('p');
      p.textContent = line;
      box.appendChild(p);
    }
    box.hidden = false;
    document.getElementById('loading').hidden = true;
    readyReject(new Error(en));
  }

  function supportCheck() {
    if (typeof WebAssembly !== 'object') {
      showFatal('此浏览器不支持 WebAssembly，无法运行客户经理工作台。请使用最新版 Chrome、Edge 或 Firefox。',
                'This browser does not support WebAssembly, which RM Planner needs. Please use a current Chrome, Edge or Firefox.');
      return false;
    }
    const probe = document.createElement('canvas').getContext('webgl2');
    if (!probe) {
      showFatal('此浏览器或显卡未启用 WebGL2，无法显示界面。请在浏览器设置中开启硬件加速，或更换浏览器。',
                'WebGL2 is not available in this browser, so RM Planner cannot draw its screens. Turn on hardware acceleration or use another browser.');
      return false;
    }
    return true;
  }

  // ---- frame scheduling: draw only when something changed -----------------
  let frameScheduled = false, wakeTimer = 0, booted = false;
  let settleWaiters = [];
  function requestFrame() {
    if (!booted || frameScheduled) return;
    frameScheduled = true;
    requestAnimationFrame(tick);
  }
  function tick(now) {
    frameScheduled = false;
    if (!booted) return;  // halted: the instance is being discarded (lock)
    // A save someone waits for goes first (saver.js, "Durability first");
    // the storage wakes us when it is done, the timer is the bound.
    const held = typeof RMStorage !== 'undefined' ? RMStorage.framesHeldFor() : 0;
    if (held > 0) {
      clearTimeout(wakeTimer);
      wakeTimer = setTimeout(requestFrame, Math.ceil(held));
      return;
    }
    syncCanvasSize();
    const next = drawFrame(now);
    if (next >= 0 && settleWaiters.length) {
      const waiters = settleWaiters;
      settleWaiters = [];
      for (const w of waiters) w();
    }
    if (next < 0) requestFrame();
    else if (next > 0) { clearTimeout(wakeTimer); wakeTimer = setTimeout(requestFrame, next); }
  }

  // Time spent drawing. A save awaits WebCrypto and IndexedDB, and a frame
  // drawn meanwhile (after an edit of a big book, one that recomputes the
  // planner's figures) delays its callbacks: the storage's save timings
  // subtract this (frames_ms), and the first frame over a newly opened book,
  // where the screens derive their figures, counts as part of the open
  // (docs/js-hook.md, timings()).
  let framesMs = 0, afterFrame = null, firstFrameMarked = false;
  function drawFrame(now) {
    const t0 = performance.now();
    try { return Module._rm_frame(now); } finally {
      const d = performance.now() - t0;
      framesMs += d;
      if (!firstFrameMarked) { firstFrameMarked = true; performance.mark('rm:first-frame'); }
      if (afterFrame) { const f = afterFrame; afterFrame = null; f(d); }
    }
  }

  let lastW = 0, lastH = 0, lastDpr = 0;
  function syncCanvasSize() {
    const dpr = window.devicePixelRatio || 1;
    const w = canvas.clientWidth, h = canvas.clientHeight;
    if (w === lastW && h === lastH && dpr === lastDpr) return;
    lastW = w; lastH = h; lastDpr = dpr;
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
    Module._rm_resize(w, h, dpr);
  }

  function setToday() {
    const d = new Date();
    Module._rm_set_today(d.getFullYear(), d.getMonth() + 1, d.getDate(), -d.getTimezoneOffset());
  }

  // ---- input --------------------------------------------------------------
  function mods(e) {
    return (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0);
  }
  function call(name, types, args) { return booted ? Module.ccall(name, types.ret || null, types.args, args) : 0; }
  // Input reaches the instance only while it runs (halt(), below).
  const live = (fn) => (e) => { if (booted) fn(e); };
  const textInput = { active: false };

  function installInput() {
    canvas.addEventListener('pointermove', live((e) => Module._rm_mouse_move(e.offsetX, e.offsetY)));
    canvas.addEventListener('pointerdown', live((e) => {
      // Keep the IME textarea focused while a text field is being edited.
      if (textInput.active) e.preventDefault();
      canvas.setPointerCapture(e.pointerId);
      Module._rm_mouse_move(e.offsetX, e.offsetY);
      Module._rm_mouse_button(e.button === 2 ? 1 : e.button === 1 ? 2 : 0, 1);
    }));
    canvas.addEventListener('pointerup', live((e) => {
      Module._rm_mouse_move(e.offsetX, e.offsetY);
      Module._rm_mouse_button(e.button === 2 ? 1 : e.button === 1 ? 2 : 0, 0);
    }));
    canvas.addEventListener('pointerleave', live(() => Module._rm_mouse_leave()));
    canvas.addEventListener('contextmenu', (e) => e.preventDefault());
    canvas.addEventListener('wheel', live((e) => {
      e.preventDefault();
      const k = e.deltaMode === 1 ? 33 : e.deltaMode === 2 ? 600 : 1;
      Module._rm_wheel(e.deltaX * k, e.deltaY * k);
    }), { passive: false });

    // Keys are taken in the capture phase on window, before anything else.
    const onKey = (down) => (e) => {
      if (!booted) return;
      if (e.isComposing || e.keyCode === 229) return;  // the IME owns this key
      const known = call('rm_key', { ret: 'number', args: ['string', 'number', 'number'] },
                         [e.code, down ? 1 : 0, mods(e)]);
      const ctrl = e.ctrlKey || e.metaKey;
      // Let Ctrl/Cmd+V through: the browser then fires 'paste' with the text.
      if (ctrl && (e.code === 'KeyV')) return;
      const printable = e.key.length === 1 && !ctrl && !e.altKey;
      // A key typed right after a click into a text field arrives before the
      // frame that activates the field and focuses the IME textarea: with
      // nothing focused that takes text, the browser drops its character. Hand
      // it over directly; ImGui delivers it to the field after the click (and
      // ignores it when no field becomes active).
      if (down && printable && !e.repeat && document.activeElement !== ime && takesNoText(document.activeElement)) {
        call('rm_text', { args: ['string'] }, [e.key]);
        e.preventDefault();
        return;
      }
      if (known && !printable) e.preventDefault();
    };
    // The page's own forms and buttons (unlock, restore points) take their keys.
    const takesNoText = (el) => !el || el === document.body || el === canvas || el === document.documentElement;
    window.addEventListener('keydown', onKey(true), true);
    window.addEventListener('keyup', onKey(false), true);

    ime.addEventListener('input', (e) => {
      if (e.isComposing) return;
      const text = ime.value;
      ime.value = '';
      if (text) call('rm_text', { args: ['string'] }, [text]);
    });
    ime.addEventListener('compositionend', (e) => {
      ime.value = '';
      if (e.data) call('rm_text', { args: ['string'] }, [e.data]);
    });
    document.addEventListener('paste', (e) => {
      const text = (e.clipboardData || window.clipboardData).getData('text');
      e.preventDefault();
      if (text) call('rm_paste', { args: ['string'] }, [text]);
    });
    window.addEventListener('focus', live(() => Module._rm_focus(1)));
    window.addEventListener('blur', live(() => Module._rm_focus(0)));
    window.addEventListener('resize', requestFrame);
    // devicePixelRatio changes (zoom, moving to another screen) fire no resize everywhere.
    const watchDpr = () => {
      matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', () => {
        requestFrame();
        watchDpr();
      }, { once: true });
    };
    watchDpr();
  }

  // ---- the platform object the C++ side calls (src/platform/web/js_calls.cpp)
  window.RMPlatform = {
    requestFrame,
    setTextInput(active, x, y, h) {
      textInput.active = active;
      if (active) {
        ime.style.left = x + 'px';
        ime.style.top = y + 'px';
        ime.style.height = Math.max(h, 16) + 'px';
        if (document.activeElement !== ime) ime.focus({ preventScroll: true });
      } else if (document.activeElement === ime) {
        ime.blur();
      }
    },
    clipboardWrite(text) {
      if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).catch(() => {});
    },
    // Hands BYTES to the browser as a file download: the backup, a restore
    // point for IT, the app's own exports (web_actions.cpp).
    download(name, mime, bytes) {
      const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    },
    // Stops every frame and input from reaching the WebAssembly instance:
    // the lock discards it (its memory is zeroed) before the page reloads.
    halt() { booted = false; clearTimeout(wakeTimer); },
    // Milliseconds spent drawing frames since the page loaded.
    framesMs: () => framesMs,
    // FN(ms) after the next frame is drawn, with how long it took (one
    // waiter: a later call replaces an earlier one).
    afterNextFrame(fn) { afterFrame = fn; },
  };

  // ---- the automation hook (documented in docs/js-hook.md) -----------------
  window.rmplanner = {
    ready,
    version() { return Module.ccall('rm_version', 'string', [], []); },
    ui: {
      itemRect(id) {
        if (!booted) return null;  // halted (the lock discards the instance)
        const r = JSON.parse(Module.ccall('rm_item_rect', 'string', ['string'], [id]));
        return r.w > 0 || r.h > 0 ? r : null;
      },
      // Draws frames until the UI has settled after the last input, then
      // resolves: rectangles and texts read after it reflect that input.
      nextFrame() {
        if (!booted) return Promise.resolve();
        return new Promise((res) => { settleWaiters.push(res); Module._rm_wake(); });
      },
    },
  };

  // ---- boot ------------------------------------------------------------------
  async function boot() {
    if (!supportCheck()) return;
    let wasmModule, font;
    // Start-up marks (performance.getEntriesByType('mark')) for the cold-start
    // benchmark (bench/coldstart_bench.js, docs/benchmarks.md); the download
    // and the wasm compile began in <head> (download.js).
    try {
      [wasmModule, font] = await window.RMDownload;
      performance.mark('rm:fetched');
    } catch (err) {
      showFatal('加载失败，请检查网络后刷新页面。（' + err.message + '）',
                'Loading failed. Check the connection and reload the page. (' + err.message + ')');
      return;
    }
    loadingText.textContent = '正在启动… Starting…';
    window.Module = {
      canvas,
      // The module compiled during the download (download.js).
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(wasmModule, imports).then((instance) => receive(instance, wasmModule),
          (err) => showFatal('程序无法启动，请刷新页面。（' + err.message + '）',
                             'RM Planner could not start. Reload the page. (' + err.message + ')'));
        return {};
      },
      print: (t) => console.log(t),
      printErr: (t) => console.warn(t),
      onAbort: (what) => showFatal('程序出错，已停止。请刷新页面；已保存的数据不受影响。',
                                   'RM Planner stopped after an internal error. Reload the page; saved data is not affected. (' + what + ')'),
      onRuntimeInitialized() {
        performance.mark('rm:runtime-ready');
        FS.mkdir('/fonts');
        FS.writeFile('/fonts/ui.ttf', font);
        const rc = Module.ccall('rm_boot', 'number', ['string'], ['/fonts/ui.ttf']);
        if (rc !== 0) {
          showFatal('界面无法启动（代码 ' + rc + '）。请确认浏览器已启用 WebGL2 后刷新。',
                    'The screen could not start (code ' + rc + '). Make sure WebGL2 is enabled, then reload.');
          return;
        }
        performance.mark('rm:booted');  // GL, ImGui and the font atlas are up
        booted = true;
        installInput();
        syncCanvasSize();
        setToday();
        setInterval(() => { if (booted) setToday(); }, 60000);  // the planner's "today" follows midnight
        document.getElementById('loading').hidden = true;
        requestFrame();
        // Storage opens the book (or waits for setup / the passphrase); without
        // it the app runs on a 400-client demo book in memory. `?demo=N`
        // (RMStorage.demoClients) skips storage and opens an N-client demo book
        // in memory — for measuring the screens on a large book; nothing is saved.
        const demoClients = typeof RMStorage === 'undefined' ? 400 : RMStorage.demoClients;
        const opened = demoClients > 0
          ? Promise.resolve(Module._rm_open_demo_in_memory(demoClients))
          : RMStorage.start(Module);
        opened.then(() => { requestFrame(); readyResolve(); }, (err) => readyReject(err));
      },
    };
    const script = document.createElement('script');
    script.src = 'app.js';
    script.onerror = () => showFatal('加载失败，请刷新页面。', 'Loading failed. Please reload the page.');
    document.body.appendChild(script);
  }
  boot();
})();
