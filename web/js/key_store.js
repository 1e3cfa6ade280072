// Keys for plan files sealed to a public key (docs/data-format.md, "Sealed
// to a public key"; docs/js-hook.md): a supervisor's own key pair, and the
// supervisor's public key a manager imported. Both live in their own
// IndexedDB database, apart from the store's files:
// - the private key is a non-extractable WebCrypto CryptoKey (stored by
//   structured clone): no script, ours included, can read its bytes, so it
//   never leaves the device and is in no export or backup;
// - the supervisor's public key is the checked .pub.json object, stable
//   across reloads.
// It adds sealed files to rmplanner.data: exportBundle({to}) seals to a
// public key, and importBundle / previewImport open a sealed file with the
// private key held here before the book's own import sees the bundle.
'use strict';

(function (R) {
  const { storeError } = RMMessages;
  const P = RMPublicKeySeal;
  const DB_NAME = 'rmplanner-keys';
  const STORE = 'keys';
  const OWN = 'own_key_pair';
  const SUPERVISOR = 'supervisor_public_key';
  const MSG = {
    keyPairExists: ['本机已有密钥对；替换后，加密给旧公钥的文件将无法打开。',
      'This device already has a key pair; replacing it makes files sealed to the old public key unreadable.'],
    needsName: ['请填写姓名（公钥文件中显示给客户经理）。', 'Enter a name (the public key file shows it to the managers).'],
    noSupervisorKey: ['尚未导入主管的公钥文件。', "No supervisor's public key has been imported yet."],
    noKeyStore: ['此浏览器无法保存密钥（IndexedDB 不可用）。', 'This browser cannot keep keys (IndexedDB is unavailable).'],
  };

  let opened = null;
  function db() {
    if (opened) return opened;
    opened = new Promise((resolve, reject) => {
      if (!window.indexedDB) { reject(storeError('no_key_store', MSG.noKeyStore)); return; }
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => {
        const d = req.result;
        d.onversionchange = () => { d.close(); opened = null; };
        resolve(d);
      };
      req.onerror = (e) => { e.preventDefault(); opened = null; reject(storeError('no_key_store', MSG.noKeyStore)); };
    });
    return opened;
  }
  async function get(key) {
    const d = await db();
    return new Promise((resolve, reject) => {
      const req = d.transaction([STORE], 'readonly').objectStore(STORE).get(key);
      req.onsuccess = () => resolve(req.result || null);
      req.onerror = (e) => { e.preventDefault(); reject(req.error); };
    });
  }
  async function put(key, value) {
    const d = await db();
    return new Promise((resolve, reject) => {
      // Strict: a key pair reported as made must survive a crash right after.
      const tx = d.transaction([STORE], 'readwrite', { durability: 'strict' });
      tx.objectStore(STORE).put(value, key);
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(tx.error || storeError('write_failed', RMMessages.MSG.writeFailed));
    });
  }

  async function ownKeyPair() { return get(OWN); }
  async function ownPublicKey() { const k = await ownKeyPair(); return k ? k.publicKeyFile : null; }

  // A new key pair for this device; refuses to replace one unless opts.replace.
  async function createKeyPair(opts) {
    opts = opts || {};
    const name = String(opts.name || '').trim();
    if (!name) throw storeError('needs_name', MSG.needsName);
    if (!opts.replace && await ownKeyPair()) throw storeError('key_pair_exists', MSG.keyPairExists);
    const pair = await P.generateKeyPair(name, String(opts.employee_no || '').trim());
    await put(OWN, { privateKey: pair.privateKey, publicKeyFile: pair.publicKeyFile, created_at: Date.now() });
    return pair.publicKeyFile;
  }

  // A manager's supervisor: the public key file's text, bytes or object,
  // checked (bad_public_key) and kept.
  async function importPublicKey(input) {
    const parsed = await P.parsePublicKey(input);
    await put(SUPERVISOR, parsed.file);
    return parsed.file;
  }
  async function supervisorKey() { return get(SUPERVISOR); }

  // The sender named in the header: the book's owner (settings →
  // managers) and the exporting actor. The bundle writes one record per
  // line (docs/data-format.md, "Deterministic output"), so two lines are
  // read instead of parsing the whole book again.
  function senderOf(text) {
    const sender = { name: '', employee_no: '', actor_id: '' };
    const by = /"exported_by": ("(?:[^"\\]|\\.)*")/.exec(text.slice(0, 4096));
    if (by) sender.actor_id = JSON.parse(by[1]);
    const lineAfter = (marker) => {
      const at = text.indexOf(marker);
      if (at < 0) return null;
      const end = text.indexOf('\n', at + 1);
      return text.slice(at, end < 0 ? text.length : end).replace(/,\s*$/, '');
    };
    try {
      const settings = lineAfter('\n  "settings": ');
      const owner = settings && JSON.parse(settings.slice(settings.indexOf('{'))).owner_manager_id;
      if (owner) {
        const line = lineAfter(`{"id":${JSON.stringify(owner)}`);
        const m = line && JSON.parse(line);
        if (m) { sender.name = m.name || ''; sender.employee_no = m.employee_no || ''; }
      }
    } catch (e) { /* an unexpected layout: the header names the actor only */ }
    return sender;
  }

  const api = R.api;
  const exportBundle = api.exportBundle;
  const importBundle = api.importBundle;
  const previewImport = api.previewImport;

  // exportBundle({to}): TO is a public key file (object or text), or
  // 'supervisor' for the one imported here.
  async function exportSealed(opts) {
    const to = opts.to === 'supervisor' ? await supervisorKey() : opts.to;
    if (!to) throw storeError('no_supervisor_key', MSG.noSupervisorKey);
    const recipient = await P.parsePublicKey(to);
    const text = await exportBundle({ plain: true, handIn: opts.handIn === true, reviewFor: opts.reviewFor });
    const bytes = new TextEncoder().encode(text);
    try { return await P.sealTo(recipient, senderOf(text), bytes); } finally { bytes.fill(0); }
  }

  const refusal = (e) => ({ ok: false, problems: [{ code: e.code || 'corrupted', path: '', message_zh: e.message_zh || String(e), message_en: e.message_en || String(e) }] });

  // A sealed INPUT opened with this device's private key: {bytes, sender},
  // {refused} (another key, damaged, truncated, newer: nothing applied), or
  // null when INPUT is not a sealed file.
  async function openSealedInput(input) {
    if (!(input instanceof ArrayBuffer || ArrayBuffer.isView(input))) return null;
    const bytes = RMEnvelope.asBytes(input);
    if (!P.looksSealed(bytes)) return null;
    const own = await ownKeyPair().catch(() => null);
    try {
      const r = await P.openSealed(own && { privateKey: own.privateKey, fingerprint: own.publicKeyFile.fingerprint }, bytes);
      return { bytes: r.bundle, sender: r.header.sender };
    } catch (e) { return { refused: refusal(e) }; }
  }
  const withSealed = (inner) => async (input, opts) => {
    const s = await openSealedInput(input);
    if (!s) return inner(input, opts);
    if (s.refused) return s.refused;
    try {
      const r = await inner(s.bytes, opts);
      if (r && r.ok) r.sealed_by = s.sender;
      return r;
    } finally { s.bytes.fill(0); }
  };

  Object.assign(api, {
    exportBundle: async (opts) => (opts && opts.to ? exportSealed(opts) : exportBundle(opts)),
    importBundle: withSealed(importBundle),
    createKeyPair: async (opts) => createKeyPair(opts),
    ownPublicKey: async () => ownPublicKey(),
    importPublicKey: async (input) => importPublicKey(input),
    supervisorKey: async () => supervisorKey(),
  });
  if (previewImport) api.previewImport = withSealed(previewImport);

  Object.assign(R, { keys: { ownPublicKey, supervisorKey, createKeyPair, importPublicKey } });
})(window.RMStore);
