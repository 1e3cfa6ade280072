// Passphrase strength (docs/storage.md, "Choosing a passphrase"): zxcvbn
// 4.4.2 (npm, MIT; cmake/web_app.cmake copies it to vendor/zxcvbn.js)
// estimates how many guesses a passphrase would take. It is 0.8 MB, so it is
// loaded only when a passphrase is being chosen (a set-up, change or
// enable-encryption form gets focus, or the hook is asked), never at start.
// Scores 0–2 are refused: set-up, changing the passphrase and turning
// encryption on all pass through check() (passphrase.js).
'use strict';

(function (R) {
  const { MSG, StoreError, storeError } = RMMessages;

  R.MIN_STRENGTH = 3;  // zxcvbn's "safely unguessable" (about 10^8 guesses and more)
  // Words an attacker would try first against this app.
  const APP_WORDS = ['RM Planner', 'rmplanner', 'planner', 'passphrase', '客户经理工作台', '口令'];
  // zxcvbn's time grows with the length; beyond this many characters a
  // passphrase is strong anyway, and each keystroke must stay cheap.
  const MEASURED_CHARS = 64;

  let loading = null;
  function load() {
    if (typeof window.zxcvbn === 'function') return Promise.resolve(window.zxcvbn);
    if (!loading) {
      loading = new Promise((resolve, reject) => {
        const overlay = document.getElementById('store-overlay');
        const s = document.createElement('script');
        s.src = (overlay && overlay.dataset.strengthScript) || 'vendor/zxcvbn.js';
        s.onload = () => (typeof window.zxcvbn === 'function' ? resolve(window.zxcvbn)
          : reject(storeError('strength_unavailable', MSG.strengthUnavailable)));
        s.onerror = () => { loading = null; s.remove(); reject(storeError('strength_unavailable', MSG.strengthUnavailable)); };
        document.head.appendChild(s);
      });
    }
    return loading;
  }

  // {score 0–4, guesses_log10, acceptable, label_zh, label_en, warning, suggestions}
  async function measure(passphrase) {
    const z = await load();
    const text = [...String(passphrase || '').normalize('NFC')].slice(0, MEASURED_CHARS).join('');
    const r = z(text, APP_WORDS);
    const label = MSG.strengthLabels[r.score];
    return {
      score: r.score, guesses_log10: Math.round(r.guesses_log10 * 10) / 10, acceptable: r.score >= R.MIN_STRENGTH,
      label_zh: label[0], label_en: label[1],
      warning: r.feedback.warning || '', suggestions: r.feedback.suggestions || [],
    };
  }

  // A new passphrase as every path checks it: present, long enough, typed
  // the same twice (when REPEAT is given) and not among the weakest.
  async function check(passphrase, repeat) {
    if (!passphrase) throw storeError('empty_passphrase', MSG.emptyPass);
    if ([...String(passphrase)].length < R.MIN_PASSPHRASE) throw storeError('passphrase_too_short', MSG.tooShort);
    if (repeat !== undefined && repeat !== passphrase) throw storeError('passphrase_mismatch', MSG.mismatch);
    const m = await measure(passphrase);
    if (!m.acceptable) {
      const why = m.warning ? ' (' + m.warning + ')' : '';
      throw new StoreError('weak_passphrase', MSG.weakPass[0].replace('%d', m.score),
        MSG.weakPass[1].replace('%d', m.score) + why, { score: m.score });
    }
    return m;
  }

  // The meter under a new-passphrase field: a bar of five steps and a line
  // saying what the estimate means. Updated as the user types.
  function attachMeter(input, meter) {
    if (!input || !meter) return;
    const bar = meter.querySelector('.store-meter-fill');
    const line = meter.querySelector('.store-meter-text');
    let asked = 0;
    const update = async () => {
      const mine = ++asked;
      const value = input.value;
      if (!value) { meter.dataset.score = ''; bar.style.width = '0'; line.textContent = ''; return; }
      let m;
      try { m = await measure(value); } catch (err) { line.textContent = MSG.strengthUnavailable[0] + ' ' + MSG.strengthUnavailable[1]; return; }
      if (mine !== asked) return;  // a later keystroke answers
      meter.dataset.score = String(m.score);
      bar.style.width = ((m.score + 1) * 20) + '%';
      const verdict = m.acceptable ? MSG.strengthOk : MSG.strengthTooWeak;
      line.textContent = '';
      const p = document.createElement('span');
      p.lang = 'zh-CN'; p.textContent = '强度：' + m.label_zh + '。' + verdict[0];
      const e = document.createElement('span');
      e.lang = 'en'; e.textContent = 'Strength: ' + m.label_en + '. ' + verdict[1] + (m.warning && !m.acceptable ? ' ' + m.warning + '.' : '');
      line.append(p, ' ', e);
    };
    input.addEventListener('focus', () => { load().catch(() => {}); });
    input.addEventListener('input', update);
    meter.reset = () => { asked++; meter.dataset.score = ''; bar.style.width = '0'; line.textContent = ''; };
  }

  Object.assign(R, { measureStrength: measure, checkNewPassphrase: check, attachMeter });
})(window.RMStore);
