// RMPublicKeySeal — sealing a bundle to a public key and opening it with
// the private key (docs/data-format.md, "Sealed to a public key"): ECDH P-256
// with a one-time sender key, HKDF-SHA-256 to an AES-256-GCM key, the bundle
// in 256 KiB segments under envelope version 3, the whole header (recipient
// fingerprint, ephemeral key, content hash, sender) as additional data. Twin
// of the sealed-key half of src/platform/native/crypto_openssl.cpp;
// tests/interop/run.sh proves each opens the other's files.
//
// A manager seals her plan file to her supervisor's public key; only the
// supervisor's private key (a non-extractable CryptoKey kept on her device,
// web/js/key_store.js) opens it. Also the public key file format
// (.pub.json), which both sides read and write.
//
// Loads as a classic <script> after envelope.js (defines
// globalThis.RMPublicKeySeal) and under Node with require().
(function (root) {
  'use strict';

  const E = root.RMEnvelope || (typeof require === 'function' ? require('./envelope.js') : null);
  const C = E.constants;
  const ECDH = { name: 'ECDH', namedCurve: 'P-256' };
  const HKDF_LABEL = new TextEncoder().encode('RM Planner sealed v1');
  const PUBLIC_KEY_KIND = 'rmplanner-public-key';
  // Every P-256 SubjectPublicKeyInfo with an uncompressed point is these 26
  // bytes and the 65-byte point; WebCrypto and OpenSSL both export exactly
  // this, so the fingerprint (SHA-256 of the 91 bytes) agrees on both sides.
  const SPKI_PREFIX = Uint8Array.from([0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01,
    0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00]);
  const SPKI_SIZE = SPKI_PREFIX.length + C.EC_POINT_SIZE;

  // [zh, en] with the fingerprints named, as rm::store::wrong_key_problem.
  const MSG = {
    wrong_key: (file, own) => [`此文件是加密给另一把密钥的（指纹 ${file}），本机密钥的指纹是 ${own}；未导入任何内容。`,
      `This file is for another key (fingerprint ${file}); this key's fingerprint is ${own}. Nothing was imported.`],
    no_private_key: (file) => [`此文件是用公钥加密的（指纹 ${file}），这里没有对应的私钥，无法打开；未导入任何内容。`,
      `This file is encrypted to a public key (fingerprint ${file}) and there is no private key here to open it. Nothing was imported.`],
  };
  const fail = (code) => { throw new E.EnvelopeError(code); };
  const failWith = (code, m) => { throw new E.EnvelopeError(code, '', m); };

  function subtle() {
    const c = root.crypto;
    if (!c || !c.subtle) throw new Error('WebCrypto unavailable: serve the app over https or localhost');
    return c.subtle;
  }

  const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  // The first 16 hex digits in groups of four: what people compare by eye.
  const shortFingerprint = (fp) => {
    const h = typeof fp === 'string' ? fp : hex(fp);
    return [0, 4, 8, 12].map((i) => h.slice(i, i + 4)).join(' ');
  };
  const sameBytes = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
  function toBase64(bytes) {
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }
  function fromBase64(text) {
    if (typeof text !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return null;
    try { return Uint8Array.from(atob(text), (c) => c.charCodeAt(0)); } catch (e) { return null; }
  }

  async function sha256(bytes) { return new Uint8Array(await subtle().digest('SHA-256', E.asBytes(bytes))); }

  // The P-256 public key of SPKI bytes, or null for anything else (another
  // curve, a compressed point, a point off the curve: importKey refuses it).
  async function importSpki(spki) {
    if (spki.length !== SPKI_SIZE || !sameBytes(spki.subarray(0, SPKI_PREFIX.length), SPKI_PREFIX)) return null;
    try { return await subtle().importKey('spki', spki, ECDH, true, []); } catch (e) { return null; }
  }

  // A public key file's object: {kind, version, algorithm, name, employee_no,
  // spki (base64), fingerprint (hex)}.
  async function publicKeyFile(spki, name, employeeNo) {
    spki = E.asBytes(spki);
    return {
      kind: PUBLIC_KEY_KIND, version: 1, algorithm: 'ECDH-P256',
      name: String(name || ''), employee_no: String(employeeNo || ''),
      spki: toBase64(spki), fingerprint: hex(await sha256(spki)),
    };
  }

  // Checks a public key file (its JSON text, bytes or object): kind, version,
  // algorithm, a P-256 point on the curve, and that the fingerprint is the
  // SPKI's SHA-256. Resolves {file, spki, key, fingerprint}; rejects with
  // bad_public_key.
  async function parsePublicKey(input) {
    let j = input;
    try {
      if (typeof input === 'string') j = JSON.parse(input);
      else if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) j = JSON.parse(new TextDecoder().decode(E.asBytes(input)));
    } catch (e) { fail('bad_public_key'); }
    if (!j || typeof j !== 'object' || j.kind !== PUBLIC_KEY_KIND || j.version !== 1 || j.algorithm !== 'ECDH-P256' ||
        typeof j.fingerprint !== 'string') fail('bad_public_key');
    const spki = fromBase64(j.spki);
    const key = spki && await importSpki(spki);
    if (!key) fail('bad_public_key');
    const fp = await sha256(spki);
    if (hex(fp) !== j.fingerprint) fail('bad_public_key');
    const file = await publicKeyFile(spki, typeof j.name === 'string' ? j.name : '', typeof j.employee_no === 'string' ? j.employee_no : '');
    return { file, spki, key, fingerprint: fp };
  }

  // A fresh key pair: the private key non-extractable unless EXTRACTABLE
  // (only the interop tests ask, to hand it to OpenSSL). Resolves
  // {privateKey, publicKeyFile}.
  async function generateKeyPair(name, employeeNo, extractable = false) {
    const pair = await subtle().generateKey(ECDH, extractable, ['deriveBits']);
    const spki = new Uint8Array(await subtle().exportKey('spki', pair.publicKey));
    return { privateKey: pair.privateKey, publicKeyFile: await publicKeyFile(spki, name, employeeNo) };
  }

  // HKDF-SHA-256 over the ECDH secret: salt from the header, info = label,
  // recipient fingerprint, ephemeral point (rm::native sealed_key).
  async function sealedKey(privateKey, peerPublic, h) {
    const secret = await subtle().deriveBits({ name: 'ECDH', public: peerPublic }, privateKey, 256);
    const base = await subtle().importKey('raw', secret, 'HKDF', false, ['deriveKey']);
    new Uint8Array(secret).fill(0);
    const info = new Uint8Array(HKDF_LABEL.length + C.FINGERPRINT_SIZE + C.EC_POINT_SIZE);
    info.set(HKDF_LABEL, 0);
    info.set(h.recipient, HKDF_LABEL.length);
    info.set(h.ephemeral, HKDF_LABEL.length + C.FINGERPRINT_SIZE);
    return subtle().deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: h.salt, info }, base,
      { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  }

  // Seals BUNDLE (bytes or text) to the public key TO (a file object, its
  // text, or a parsePublicKey result) as SENDER {name, employee_no,
  // actor_id}. Resolves the file's bytes.
  async function sealTo(to, sender, bundle) {
    const recipient = to && to.key && to.fingerprint ? to : await parsePublicKey(to);
    const body = E.asBytes(bundle);
    const eph = await subtle().generateKey(ECDH, false, ['deriveBits']);
    const ephSpki = new Uint8Array(await subtle().exportKey('spki', eph.publicKey));
    const h = {
      salt: E.randomBytes(C.SALT_SIZE), nonce: E.randomBytes(C.NONCE_SIZE), plaintextLength: body.length,
      recipient: recipient.fingerprint, ephemeral: ephSpki.subarray(SPKI_PREFIX.length),
      contentHash: await sha256(body),
      sender: { name: (sender && sender.name) || '', employee_no: (sender && sender.employee_no) || '', actor_id: (sender && sender.actor_id) || '' },
    };
    const header = E.encodeSealedHeader(h);
    const key = await sealedKey(eph.privateKey, recipient.key, h);
    const count = Math.max(1, Math.ceil(body.length / C.SEGMENT_SIZE));
    const out = new Uint8Array(header.length + body.length + count * C.TAG_SIZE);
    out.set(header, 0);
    const sealing = [];
    for (let i = 0; i < count; i++) {
      const at = i * C.SEGMENT_SIZE;
      sealing.push(subtle().encrypt(
        { name: 'AES-GCM', iv: E.segmentNonce(h.nonce, i), additionalData: header, tagLength: 128 },
        key, body.subarray(at, Math.min(body.length, at + C.SEGMENT_SIZE)))
        .then((sealed) => out.set(new Uint8Array(sealed), header.length + at + i * C.TAG_SIZE)));
    }
    await Promise.all(sealing);
    return out;
  }

  // True when DATA is an envelope of the sealed kind (version 3), judged
  // from its first bytes only, so a damaged one still reaches openSealed
  // and gets its own message there.
  function looksSealed(data) {
    const f = E.asBytes(data);
    return E.looksLikeEnvelope(f) && f.length >= 10 && f[4] === C.SEALED_VERSION && f[5] === 0;
  }

  // Opens a sealed file with OWN = {privateKey, fingerprint (bytes or hex)},
  // or null when this device holds no key pair. Rejects with the envelope's
  // codes (truncated, newer_format, corrupt_header…), not_sealed,
  // no_private_key, wrong_key (both fingerprints named) and corrupted (a tag
  // or the content hash does not verify). Resolves {bundle, header}.
  async function openSealed(own, data) {
    const f = E.asBytes(data);
    const h = E.parseHeader(f);
    if (h.kind !== C.KIND.sealed) fail('not_sealed');
    if (!own || !own.privateKey) failWith('no_private_key', MSG.no_private_key(shortFingerprint(h.recipient)));
    const ownFp = typeof own.fingerprint === 'string' ? own.fingerprint : hex(own.fingerprint);
    if (hex(h.recipient) !== ownFp) {
      failWith('wrong_key', MSG.wrong_key(shortFingerprint(h.recipient), shortFingerprint(ownFp)));
    }
    const spki = new Uint8Array(SPKI_SIZE);
    spki.set(SPKI_PREFIX, 0);
    spki.set(h.ephemeral, SPKI_PREFIX.length);
    const peer = await importSpki(spki);
    if (!peer) fail('corrupt_header');
    const key = await sealedKey(own.privateKey, peer, h);
    const aad = f.subarray(0, h.headerSize);
    const out = new Uint8Array(h.plaintextLength);
    try {
      await E.eachSegment(E.segmentCount(h), async (i) => {
        const at = i * h.segmentSize;
        const len = Math.min(h.segmentSize, h.plaintextLength - at);
        const from = h.headerSize + at + i * C.TAG_SIZE;
        const plain = new Uint8Array(await subtle().decrypt(
          { name: 'AES-GCM', iv: E.segmentNonce(h.nonce, i), additionalData: aad, tagLength: 128 },
          key, f.subarray(from, from + len + C.TAG_SIZE)));
        out.set(plain, at);
        plain.fill(0);
      });
    } catch (e) {
      out.fill(0);
      if (e instanceof E.EnvelopeError) throw e;
      fail('corrupted');
    }
    if (!sameBytes(await sha256(out), h.contentHash)) { out.fill(0); fail('corrupted'); }
    return { bundle: out, header: h };
  }

  const api = Object.freeze({
    PUBLIC_KEY_KIND, SPKI_PREFIX, hex, shortFingerprint, sha256, publicKeyFile, parsePublicKey, generateKeyPair,
    sealTo, openSealed, looksSealed,
  });
  root.RMPublicKeySeal = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
