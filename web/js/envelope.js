// RMEnvelope — the browser's sealer for RM Planner's file envelope, twin of
// src/platform/native/crypto_openssl.cpp over src/store/envelope.h. Same
// 64-byte header, same checks in the same order, same error codes and
// messages: a file sealed here opens natively and the reverse
// (tests/interop/run.sh proves it).
//
// The C++ side never sees the key. C++ hands plaintext bytes out; this file
// seals them with a non-extractable WebCrypto key that lives only while the
// book is unlocked; on load it opens files and hands plaintext back.
//
// Loads as a classic <script> (defines globalThis.RMEnvelope) and under Node
// with require() (module.exports), so the same code is what the tests run.
(function (root) {
  'use strict';

  const MAGIC = [0x52, 0x4d, 0x50, 0x4c]; // "RMPL"
  const VERSION = 2;        // the newest version read and written
  const WHOLE_VERSION = 1;  // one GCM message; plain files always use it
  // Version 3 holds only the sealed kind (a bundle sealed to a public key,
  // docs/data-format.md "Sealed to a public key"): the first 64 bytes as in
  // version 2, then a header extension; the header size field says how long
  // the whole header is, and all of it is the AES-GCM additional data.
  const SEALED_VERSION = 3;
  const NEWEST_VERSION = 3; // the newest version read
  const FINGERPRINT_SIZE = 32, EC_POINT_SIZE = 65, HASH_SIZE = 32;
  const SEALED_FIXED_HEADER = 64 + FINGERPRINT_SIZE + EC_POINT_SIZE + HASH_SIZE + 6;
  const MAX_IDENTITY_FIELD = 1024;
  // Version 2 seals the payload in segments of SEGMENT_SIZE, each its own
  // AES-GCM message (nonce: the header's, last four bytes XORed with the
  // big-endian segment index; additional data: the header). Many small
  // WebCrypto calls in flight are ~4× faster than one big one in Chromium,
  // whose each call copies its input and output into fresh memory.
  const SEGMENT_SIZE = 256 * 1024;
  const MIN_SEGMENT = 4096, MAX_SEGMENT = 16 * 1024 * 1024;
  const IN_FLIGHT = 8;      // segments handed to WebCrypto at once (bounds memory)
  const HEADER_SIZE = 64;
  const SALT_SIZE = 16;
  const NONCE_SIZE = 12;
  const TAG_SIZE = 16;
  const CRC_SIZE = 4;
  const MIN_ITERATIONS = 600000;
  const MAX_ITERATIONS = 20000000;
  const MAX_PAYLOAD = 2 ** 31;
  // backup: a whole book's bundle JSON for the user to keep (docs/storage.md,
  // "Backups"); its header's salt and rounds say how to derive its key, so it
  // opens anywhere with the passphrase it was sealed under.
  // sealed: a bundle sealed to a public key (web/js/public_key_seal.js).
  const KIND = Object.freeze({ snapshot: 1, journal: 2, keyCheck: 3, backup: 4, sealed: 5 });
  const LAST_KIND = 5;
  const KEY_CHECK_TEXT = 'RM Planner key check v1';

  // Same table as kMessages in src/store/envelope.cpp; keep the two in step.
  // [zh, en], as every message of the page (web/js/messages.js).
  const MESSAGES = {
    not_rm_file: ['这不是客户经理工作台的数据文件。', 'This is not an RM Planner data file.'],
    truncated: ['文件不完整，可能在保存或复制时被中断。', 'The file is incomplete; it was cut off while being saved or copied.'],
    newer_format: ['此文件由更新版本的客户经理工作台创建，请更新应用后再打开。',
      'This file was made by a newer RM Planner. Update the app to open it.'],
    corrupt_header: ['文件头已损坏。', "The file's header is damaged."],
    unsupported_kdf: ['文件使用了本版本不支持的密钥派生方式。', 'The file uses a key derivation method this version does not support.'],
    unsupported_cipher: ['文件使用了本版本不支持的加密方式。', 'The file uses an encryption method this version does not support.'],
    weak_kdf: ['文件的密钥保护强度低于要求（PBKDF2 迭代次数少于 600,000 次），已拒绝打开。',
      "The file's key protection is weaker than allowed (fewer than 600,000 PBKDF2 rounds); refused."],
    wrong_passphrase: ['口令不正确。', 'Wrong passphrase.'],
    corrupted: ['文件已损坏或被改动，无法读取。', 'The file is damaged or was altered, so it cannot be read.'],
    key_mismatch: ['此文件是用另一个口令加密的。', 'This file was encrypted under a different passphrase.'],
    not_encrypted: ['此文件未加密，而当前数据已启用加密，已拒绝读取。', 'This file is not encrypted, but this data store is; refused.'],
    is_encrypted: ['此文件已加密，请先输入口令解锁。', 'This file is encrypted; unlock it with the passphrase first.'],
    backup_auth: ['口令不正确，或备份文件已损坏；未导入任何内容。', 'Wrong passphrase, or the backup file is damaged; nothing was imported.'],
    not_backup: ['这不是备份文件（而是应用自身的存储文件）。',
      "This RM Planner file is not a backup (it is one of the app's own storage files)."],
    misplaced_file: ['文件内容与文件名不符，可能被改名或替换。',
      "The file's contents do not match its name; it may have been renamed or swapped."],
    is_sealed: ['此文件是用公钥加密的，需要用对应的私钥打开。', "This file is encrypted to a public key; open it with that key's private key."],
    not_sealed: ['此文件不是用公钥加密的文件。', 'This RM Planner file is not encrypted to a public key.'],
    bad_public_key: ['这不是有效的客户经理工作台公钥文件。', 'This is not a valid RM Planner public key file.'],
    bad_private_key: ['无法读取私钥文件：口令不正确，或不是客户经理工作台的 P-256 私钥。',
      'The private key file cannot be read: wrong passphrase, or not an RM Planner P-256 key.'],
  };

  // Thrown (or rejected) by every function here; carries the same fields as rm::Problem.
  class EnvelopeError extends Error {
    constructor(code, path, message) {
      const m = message || MESSAGES[code] || [code, code];
      super(m[1]);
      this.name = 'EnvelopeError';
      this.code = code;
      this.path = path || '';
      this.message_zh = m[0];
      this.message_en = m[1];
    }
  }
  const fail = (code) => { throw new EnvelopeError(code); };

  function subtle() {
    const c = root.crypto;
    // WebCrypto exists only in secure contexts (https or localhost).
    if (!c || !c.subtle) throw new Error('WebCrypto unavailable: serve the app over https or localhost');
    return c.subtle;
  }

  function randomBytes(n) {
    const out = new Uint8Array(n);
    root.crypto.getRandomValues(out);
    return out;
  }

  // A plain Uint8Array view: a subclass such as Node's Buffer has a slice()
  // that shares memory, and a nonce derived from such a "copy" would change
  // the file's own bytes.
  function asBytes(data) {
    if (data instanceof Uint8Array && data.constructor === Uint8Array) return data;
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (typeof data === 'string') return new TextEncoder().encode(data);
    throw new TypeError('expected bytes');
  }

  // Sequence numbers are u64 in the file; JS numbers are exact up to 2^53,
  // which a counter of saves never reaches.
  function checkSeq(seq) {
    if (!Number.isSafeInteger(seq) || seq < 0) throw new RangeError('seq must be a non-negative safe integer');
  }

  function encodeHeader(h) {
    const b = new Uint8Array(HEADER_SIZE);
    const v = new DataView(b.buffer);
    b.set(MAGIC, 0);
    v.setUint16(4, h.version, true);
    v.setUint16(6, HEADER_SIZE, true);
    b[8] = h.encrypted ? 1 : 0;
    b[9] = h.kind;
    b[10] = h.kdf;
    b[11] = h.cipher;
    v.setUint32(12, h.iterations, true);
    b.set(h.salt, 16);
    b.set(h.nonce, 32);
    v.setUint32(44, h.version === WHOLE_VERSION ? 0 : h.segmentSize, true);
    v.setUint32(48, h.seq % 2 ** 32, true);
    v.setUint32(52, Math.floor(h.seq / 2 ** 32), true);
    v.setUint32(56, h.plaintextLength % 2 ** 32, true);
    v.setUint32(60, Math.floor(h.plaintextLength / 2 ** 32), true);
    return b;
  }

  const utf8 = new TextDecoder('utf-8', { fatal: true });

  // Mirrors rm::store::parse_envelope check for check: the codes must agree.
  // A version-3 (sealed) header also yields headerSize, recipient,
  // ephemeral, contentHash and sender {name, employee_no, actor_id}.
  function parseHeader(data) {
    const f = asBytes(data);
    const seen = Math.min(f.length, 4);
    for (let i = 0; i < seen; i++) if (f[i] !== MAGIC[i]) fail('not_rm_file');
    if (f.length < 8) fail('truncated');
    const v = new DataView(f.buffer, f.byteOffset, f.byteLength);
    const version = v.getUint16(4, true);
    if (version > NEWEST_VERSION) fail('newer_format');
    const v3 = version === SEALED_VERSION;
    const headerSize = v.getUint16(6, true);
    if (version === 0) fail('corrupt_header');
    if (v3 ? headerSize < SEALED_FIXED_HEADER || headerSize > SEALED_FIXED_HEADER + 3 * MAX_IDENTITY_FIELD
      : headerSize !== HEADER_SIZE) fail('corrupt_header');
    if (f.length < headerSize) fail('truncated');
    const flags = f[8], kind = f[9], kdf = f[10], cipher = f[11];
    if ((flags & ~1) !== 0) fail('corrupt_header');
    const segmentSize = v.getUint32(44, true);
    if (version === WHOLE_VERSION ? segmentSize !== 0 : !validSegmentSize(segmentSize) || flags === 0) fail('corrupt_header');
    // The sealed kind exists only in version 3, and version 3 holds only it.
    if (kind < 1 || kind > LAST_KIND || v3 !== (kind === KIND.sealed)) fail('corrupt_header');
    const h = {
      version,
      headerSize,
      encrypted: (flags & 1) !== 0,
      kind, kdf, cipher,
      iterations: v.getUint32(12, true),
      salt: f.slice(16, 32),
      nonce: f.slice(32, 44),
      segmentSize,
      seq: v.getUint32(48, true) + v.getUint32(52, true) * 2 ** 32,
      plaintextLength: v.getUint32(56, true) + v.getUint32(60, true) * 2 ** 32,
    };
    if (v3) {
      if (kdf !== 2) fail('unsupported_kdf');
      if (cipher !== 1) fail('unsupported_cipher');
      // No passphrase rounds, and one file per export (seq 0).
      if (h.iterations !== 0 || h.seq !== 0) fail('corrupt_header');
    } else if (h.encrypted) {
      if (kdf !== 1) fail('unsupported_kdf');
      if (cipher !== 1) fail('unsupported_cipher');
      if (h.iterations < MIN_ITERATIONS) fail('weak_kdf');
      if (h.iterations > MAX_ITERATIONS) fail('corrupt_header');
    } else if (kdf !== 0 || cipher !== 0 || h.iterations !== 0 ||
               h.salt.some((x) => x !== 0) || h.nonce.some((x) => x !== 0)) {
      fail('corrupt_header');
    }
    // Above 2^53 the two u32 halves no longer add exactly; such lengths are damage anyway.
    if (h.plaintextLength > MAX_PAYLOAD) fail('corrupt_header');
    if (v3) {
      const ext = HEADER_SIZE;
      // An uncompressed point; whether it lies on the curve is the key import's check.
      if (f[ext + FINGERPRINT_SIZE] !== 0x04) fail('corrupt_header');
      h.recipient = f.slice(ext, ext + FINGERPRINT_SIZE);
      h.ephemeral = f.slice(ext + FINGERPRINT_SIZE, ext + FINGERPRINT_SIZE + EC_POINT_SIZE);
      h.contentHash = f.slice(ext + FINGERPRINT_SIZE + EC_POINT_SIZE, SEALED_FIXED_HEADER - 6);
      const fields = [];
      let at = SEALED_FIXED_HEADER - 6;
      for (let i = 0; i < 3; i++) {
        if (at + 2 > headerSize) fail('corrupt_header');
        const len = v.getUint16(at, true);
        at += 2;
        if (len > MAX_IDENTITY_FIELD || at + len > headerSize) fail('corrupt_header');
        try { fields.push(utf8.decode(f.subarray(at, at + len))); } catch (e) { fail('corrupt_header'); }
        at += len;
      }
      if (at !== headerSize) fail('corrupt_header');
      h.sender = { name: fields[0], employee_no: fields[1], actor_id: fields[2] };
    }
    const expected = headerSize + h.plaintextLength + (h.encrypted ? TAG_SIZE * segmentCount(h) : CRC_SIZE);
    if (f.length < expected) fail('truncated');
    if (f.length > expected) fail('corrupted');
    return h;
  }

  // The longest prefix of TEXT's UTF-8 of at most MAX bytes that ends on a code point.
  function cutUtf8(text, max) {
    const b = new TextEncoder().encode(String(text == null ? '' : text));
    if (b.length <= max) return b;
    let end = max;
    while (end > 0 && (b[end] & 0xc0) === 0x80) end--;
    return b.slice(0, end);
  }

  // A sealed file's whole header (twin of rm::store::encode_sealed_header):
  // H = {salt, nonce, plaintextLength, recipient, ephemeral, contentHash,
  // sender {name, employee_no, actor_id}}.
  function encodeSealedHeader(h) {
    const fields = [h.sender.name, h.sender.employee_no, h.sender.actor_id].map((t) => cutUtf8(t, MAX_IDENTITY_FIELD));
    const size = SEALED_FIXED_HEADER + fields.reduce((n, b) => n + b.length, 0);
    const base = encodeHeader({
      version: SEALED_VERSION, encrypted: true, kind: KIND.sealed, kdf: 2, cipher: 1, iterations: 0,
      salt: h.salt, nonce: h.nonce, segmentSize: SEGMENT_SIZE, seq: 0, plaintextLength: h.plaintextLength,
    });
    const out = new Uint8Array(size);
    out.set(base, 0);
    new DataView(out.buffer).setUint16(6, size, true);
    out.set(h.recipient, HEADER_SIZE);
    out.set(h.ephemeral, HEADER_SIZE + FINGERPRINT_SIZE);
    out.set(h.contentHash, HEADER_SIZE + FINGERPRINT_SIZE + EC_POINT_SIZE);
    let at = SEALED_FIXED_HEADER - 6;
    const v = new DataView(out.buffer);
    for (const b of fields) {
      v.setUint16(at, b.length, true);
      out.set(b, at + 2);
      at += 2 + b.length;
    }
    return out;
  }

  function validSegmentSize(s) {
    return s >= MIN_SEGMENT && s <= MAX_SEGMENT && (s & (s - 1)) === 0;
  }
  // At least one, so an empty payload still carries a tag; version 1 is one.
  function segmentCount(h) {
    if (h.version === WHOLE_VERSION) return 1;
    return Math.max(1, Math.ceil(h.plaintextLength / h.segmentSize));
  }
  function segmentNonce(base, index) {
    const n = base.slice();
    for (let i = 0; i < 4; i++) n[NONCE_SIZE - 1 - i] ^= (index >>> (8 * i)) & 0xff;
    return n;
  }
  // Runs work(0 … count-1) with at most IN_FLIGHT running; rejects with the
  // first failure once nothing is running any more (so no piece is written
  // after the caller was told the open failed).
  async function eachSegment(count, work) {
    let next = 0, failure = null;
    const lane = async () => {
      while (next < count && !failure) {
        const i = next++;
        try { await work(i); } catch (e) { failure = failure || e; }
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, count) }, lane));
    if (failure) throw failure;
  }

  // The KDF parameters each derived key came from, so open() can tell a file
  // of another passphrase (key_mismatch) from a damaged one; held weakly so a
  // dropped key is collectable.
  const keyParams = new WeakMap();

  function checkIterations(iterations) {
    if (!Number.isInteger(iterations) || iterations < MIN_ITERATIONS) fail('weak_kdf');
    if (iterations > MAX_ITERATIONS) fail('corrupt_header');
  }

  async function deriveKey(passphrase, salt, iterations) {
    checkIterations(iterations);
    salt = asBytes(salt);
    if (salt.length !== SALT_SIZE) throw new RangeError('salt must be 16 bytes');
    // NFC so the same passphrase typed through different IMEs gives the same bytes.
    const pw = new TextEncoder().encode(String(passphrase).normalize('NFC'));
    const base = await subtle().importKey('raw', pw, 'PBKDF2', false, ['deriveKey']);
    const key = await subtle().deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
      base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    keyParams.set(key, { salt: salt.slice(), iterations });
    return key;
  }

  async function seal(key, salt, iterations, kind, seq, plaintext) {
    checkIterations(iterations);
    checkSeq(seq);
    if (!Number.isInteger(kind) || kind < 1 || kind > LAST_KIND) throw new RangeError('bad kind');
    salt = asBytes(salt);
    if (salt.length !== SALT_SIZE) throw new RangeError('salt must be 16 bytes');
    const body = asBytes(plaintext);
    const h = {
      version: VERSION, encrypted: true, kind, kdf: 1, cipher: 1, iterations, salt,
      nonce: randomBytes(NONCE_SIZE), segmentSize: SEGMENT_SIZE, seq, plaintextLength: body.length,
    };
    const header = encodeHeader(h);
    const count = segmentCount(h);
    const out = new Uint8Array(HEADER_SIZE + body.length + count * TAG_SIZE);
    out.set(header, 0);
    // Every segment's encrypt() starts before the first await, and each
    // copies its input when called: the caller may reuse or free BODY as soon
    // as seal() returns its promise (storage.js seals a view into the WASM
    // heap and releases it at once).
    const sealing = [];
    for (let i = 0; i < count; i++) {
      const at = i * SEGMENT_SIZE;
      sealing.push(subtle().encrypt(
        { name: 'AES-GCM', iv: segmentNonce(h.nonce, i), additionalData: header, tagLength: 128 },
        key, body.subarray(at, Math.min(body.length, at + SEGMENT_SIZE)))
        .then((sealed) => out.set(new Uint8Array(sealed), HEADER_SIZE + at + i * TAG_SIZE)));
    }
    await Promise.all(sealing);
    return out;
  }

  function sameBytes(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }

  // Opens an encrypted file into the caller's memory: TARGET(length) is
  // called once, before any decryption, and returns write(offset, bytes),
  // which gets each decrypted piece (zeroed here afterwards). Pieces arrive
  // in any order; nothing is trusted until the returned promise resolves —
  // on a rejection the caller must discard (and wipe) what was written.
  // Resolves with the header.
  async function openInto(key, data, target) {
    const f = asBytes(data);
    const h = parseHeader(f);
    if (!h.encrypted) fail('not_encrypted');
    const p = keyParams.get(key);
    if (p && (p.iterations !== h.iterations || !sameBytes(p.salt, h.salt))) fail('key_mismatch');
    const write = target(h.plaintextLength);
    const aad = f.subarray(0, HEADER_SIZE);
    const size = h.version === WHOLE_VERSION ? h.plaintextLength : h.segmentSize;
    try {
      await eachSegment(segmentCount(h), async (i) => {
        const at = i * size;
        const len = Math.min(size, h.plaintextLength - at);
        const from = HEADER_SIZE + at + i * TAG_SIZE;
        const plain = new Uint8Array(await subtle().decrypt(
          // Segment 0's nonce is the header's own, so this also opens version 1.
          { name: 'AES-GCM', iv: segmentNonce(h.nonce, i), additionalData: aad, tagLength: 128 },
          key, f.subarray(from, from + len + TAG_SIZE)));
        write(at, plain);
        plain.fill(0);
      });
    } catch (e) {
      if (e instanceof EnvelopeError) throw e;
      // WebCrypto reports a failed tag as an OperationError with no detail.
      fail(h.kind === KIND.keyCheck ? 'wrong_passphrase' : h.kind === KIND.backup ? 'backup_auth' : 'corrupted');
    }
    return h;
  }

  async function open(key, data) {
    let out = null;
    await openInto(key, data, (length) => {
      out = new Uint8Array(length);
      return (at, bytes) => out.set(bytes, at);
    }).catch((e) => { if (out) out.fill(0); throw e; });
    return out;
  }

  let crcTable = null;
  function crc32(bytes, crc = 0) {
    if (!crcTable) {
      crcTable = new Uint32Array(256);
      for (let i = 0; i < 256; i++) {
        let c = i;
        for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
        crcTable[i] = c >>> 0;
      }
    }
    crc = ~crc >>> 0;
    for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return ~crc >>> 0;
  }

  // Demo data only, when the user chose "no encryption".
  function sealPlain(kind, seq, plaintext) {
    checkSeq(seq);
    const body = asBytes(plaintext);
    const header = encodeHeader({
      version: WHOLE_VERSION, encrypted: false, kind, kdf: 0, cipher: 0, iterations: 0, salt: new Uint8Array(SALT_SIZE),
      nonce: new Uint8Array(NONCE_SIZE), seq, plaintextLength: body.length,
    });
    const out = new Uint8Array(HEADER_SIZE + body.length + CRC_SIZE);
    out.set(header, 0);
    out.set(body, HEADER_SIZE);
    new DataView(out.buffer).setUint32(HEADER_SIZE + body.length, crc32(out.subarray(0, HEADER_SIZE + body.length)), true);
    return out;
  }

  function openPlain(data) {
    const f = asBytes(data);
    const h = parseHeader(f);
    if (h.encrypted) fail('is_encrypted');
    const end = HEADER_SIZE + h.plaintextLength;
    const stored = new DataView(f.buffer, f.byteOffset, f.byteLength).getUint32(end, true);
    if (crc32(f.subarray(0, end)) !== stored) fail('corrupted');
    return f.slice(HEADER_SIZE, end);
  }

  // A new encrypted store: fresh salt, key, and the key.rmk bytes to write.
  async function createKeyFile(passphrase, iterations = MIN_ITERATIONS) {
    const salt = randomBytes(SALT_SIZE);
    const key = await deriveKey(passphrase, salt, iterations);
    const keyFile = await seal(key, salt, iterations, KIND.keyCheck, 0, KEY_CHECK_TEXT);
    return { key, salt, iterations, keyFile };
  }

  // Unlock: derive from key.rmk's own parameters and prove the key on its
  // key-check record. Rejects with wrong_passphrase when it does not open.
  async function unlock(passphrase, keyFileBytes) {
    const h = parseHeader(keyFileBytes);
    if (!h.encrypted) fail('not_encrypted');
    if (h.kind !== KIND.keyCheck) fail('misplaced_file');
    const key = await deriveKey(passphrase, h.salt, h.iterations);
    const text = new TextDecoder().decode(await open(key, keyFileBytes));
    if (text !== KEY_CHECK_TEXT) fail('corrupted');
    return { key, salt: h.salt, iterations: h.iterations };
  }

  // A backup of BUNDLE (bytes or text). Under an export passphrase: fresh
  // salt, derived here. Under the book's key (opts.key with its salt and
  // iterations): no passphrase is typed again, and the header carries the
  // book's salt so the book's passphrase opens it anywhere.
  async function sealBackup(bundle, opts) {
    if (opts && opts.key) return seal(opts.key, opts.salt, opts.iterations, KIND.backup, 0, bundle);
    const salt = randomBytes(SALT_SIZE);
    const key = await deriveKey(opts.passphrase, salt, MIN_ITERATIONS);
    return seal(key, salt, MIN_ITERATIONS, KIND.backup, 0, bundle);
  }

  // True when DATA starts with the envelope's magic (an encrypted backup
  // rather than bundle JSON).
  function looksLikeEnvelope(data) {
    const f = asBytes(data);
    return f.length >= 4 && MAGIC.every((b, i) => f[i] === b);
  }

  // Opens a backup with the passphrase the user typed: derives from the
  // header's own salt and rounds. Rejects with not_backup (another kind),
  // not_encrypted, or backup_auth (wrong passphrase or altered file).
  async function openBackup(passphrase, data) {
    const h = parseHeader(data);
    if (h.kind === KIND.sealed) fail('is_sealed');
    if (h.kind !== KIND.backup) fail('not_backup');
    if (!h.encrypted) fail('not_encrypted');
    const key = await deriveKey(passphrase, h.salt, h.iterations);
    return open(key, data);
  }

  // The name promises kind and seq; the authenticated header must agree.
  function expectIdentity(header, kind, seq) {
    if (header.kind !== kind || header.seq !== seq) fail('misplaced_file');
    return header;
  }

  const api = Object.freeze({
    constants: Object.freeze({
      VERSION, WHOLE_VERSION, SEALED_VERSION, NEWEST_VERSION, SEGMENT_SIZE, HEADER_SIZE, SEALED_FIXED_HEADER, MAX_IDENTITY_FIELD,
      FINGERPRINT_SIZE, EC_POINT_SIZE, HASH_SIZE, SALT_SIZE, NONCE_SIZE, TAG_SIZE, CRC_SIZE, MIN_ITERATIONS, MAX_ITERATIONS, KIND,
      KEY_CHECK_TEXT,
    }),
    EnvelopeError, newSalt: () => randomBytes(SALT_SIZE), deriveKey, seal, open, openInto, parseHeader,
    sealPlain, openPlain, createKeyFile, unlock, expectIdentity, crc32, sealBackup, openBackup, looksLikeEnvelope,
    encodeSealedHeader, segmentNonce, segmentCount, eachSegment, asBytes, randomBytes,
  });
  root.RMEnvelope = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
