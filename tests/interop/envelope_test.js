// web/js/envelope.js under Node's WebCrypto: the same promises the native
// Catch2 tests make (tests/native/crypto_envelope_test.cpp), so the two
// sealers cannot drift apart in what they refuse.
//   node tests/interop/envelope_test.js
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const E = require(path.join(__dirname, '../../web/js/envelope.js'));

const PASS = 'correct horse 电池 staple';
const enc = (s) => new TextEncoder().encode(s);
let store; // derived once: 600 000 rounds cost ~0.3 s each
async function keyed() {
  if (!store) store = await E.createKeyFile(PASS);
  return store;
}
async function rejectsWith(promiseOrFn, code) {
  await assert.rejects(async () => (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn),
    (e) => e instanceof E.EnvelopeError && e.code === code && e.message_zh.length > 0);
}

test('round trip of empty, Chinese, binary and large payloads', async () => {
  const { key, salt, iterations } = await keyed();
  const binary = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (const body of [new Uint8Array(0), enc('王小明 13800138000'), binary, new Uint8Array(100000).fill(120)]) {
    const f = await E.seal(key, salt, iterations, E.constants.KIND.snapshot, 12, body);
    assert.equal(f.length, 64 + body.length + 16);
    assert.equal(E.parseHeader(f).version, 2);
    assert.deepEqual(await E.open(key, f), body);
    const h = E.parseHeader(f);
    assert.equal(h.seq, 12);
    assert.equal(h.kind, E.constants.KIND.snapshot);
  }
});

test('payloads over one segment: one tag per 256 KiB, any changed byte or swapped segment refused', async () => {
  const { key, salt, iterations } = await keyed();
  const S = E.constants.SEGMENT_SIZE;
  for (const n of [S, S + 1, 3 * S - 5]) {
    const body = Uint8Array.from({ length: n }, (_, i) => (i * 31 / 7) & 0xff);
    const f = await E.seal(key, salt, iterations, E.constants.KIND.snapshot, 8, body);
    const segments = Math.ceil(n / S);
    assert.equal(f.length, 64 + n + 16 * segments);
    assert.deepEqual(await E.open(key, f), body);
    // openInto hands each piece to the caller's writer, at its offset.
    const pieces = [];
    const into = new Uint8Array(n);
    await E.openInto(key, f, (len) => { assert.equal(len, n); return (at, b) => { pieces.push(at); into.set(b, at); }; });
    assert.deepEqual(into, body);
    assert.deepEqual(pieces.sort((a, b) => a - b), Array.from({ length: segments }, (_, i) => i * S));
    const stride = S + 16;
    for (let s = 0; s < segments; s++) {
      const at = 64 + s * stride, end = Math.min(at + stride, f.length);
      for (const p of [at, end - 17, end - 16, end - 1]) {
        const bad = f.slice();
        bad[p] ^= 1;
        await rejectsWith(E.open(key, bad), 'corrupted');
      }
    }
    if (segments >= 3) {
      const swapped = f.slice();
      swapped.set(f.subarray(64 + stride, 64 + 2 * stride), 64);
      swapped.set(f.subarray(64, 64 + stride), 64 + stride);
      await rejectsWith(E.open(key, swapped), 'corrupted');
    }
  }
});

test('files sealed as one message (envelope version 1) still open', async () => {
  const fs = require('node:fs');
  const dir = path.join(__dirname, '../data/envelope_v1');
  const snap = fs.readFileSync(path.join(dir, 'snap-000000000001.rms'));
  const { key } = await E.unlock('envelope v1 fixture', fs.readFileSync(path.join(dir, 'key.rmk')));
  assert.equal(E.parseHeader(snap).version, 1);
  const body = await E.open(key, snap);
  assert.deepEqual(body, Uint8Array.from({ length: 5000 }, (_, i) => (i * 31 + 7) & 0xff));
  const bad = Uint8Array.from(snap);
  bad[64 + 4000] ^= 0x40;
  await rejectsWith(E.open(key, bad), 'corrupted');
});

test('the derived key cannot be exported', async () => {
  const { key } = await keyed();
  assert.equal(key.extractable, false);
  await assert.rejects(globalThis.crypto.subtle.exportKey('raw', key));
});

test('wrong passphrase is named; damaged data file is corruption', async () => {
  const { key, salt, iterations, keyFile } = await keyed();
  const ok = await E.unlock(PASS, keyFile);
  assert.equal(ok.iterations, 600000);
  await rejectsWith(E.unlock(PASS + 'r', keyFile), 'wrong_passphrase');

  const f = await E.seal(key, salt, iterations, E.constants.KIND.snapshot, 3, enc('client list'));
  f[66] ^= 1;
  await rejectsWith(E.open(key, f), 'corrupted');
});

test('flipping any single byte is refused', async () => {
  const { key, salt, iterations } = await keyed();
  const f = await E.seal(key, salt, iterations, E.constants.KIND.journal, 5, enc('delta: 王小明 phone changed'));
  for (let i = 0; i < f.length; i++) {
    for (const mask of [0x01, 0x80]) {
      const bad = f.slice();
      bad[i] ^= mask;
      await assert.rejects(E.open(key, bad), E.EnvelopeError, `byte ${i} mask ${mask}`);
    }
  }
});

test('truncated and extended files are refused with the right code', async () => {
  const { key, salt, iterations } = await keyed();
  const f = await E.seal(key, salt, iterations, E.constants.KIND.snapshot, 5, enc('twenty bytes payload'));
  for (let n = 0; n < f.length; n++) await assert.rejects(E.open(key, f.subarray(0, n)), E.EnvelopeError);
  await rejectsWith(E.open(key, f.subarray(0, f.length - 1)), 'truncated');
  const longer = new Uint8Array(f.length + 1);
  longer.set(f);
  await rejectsWith(E.open(key, longer), 'corrupted');
});

test('weak iteration counts are refused when deriving, sealing and reading', async () => {
  const { keyFile } = await keyed();
  await rejectsWith(E.deriveKey(PASS, E.newSalt(), 599999), 'weak_kdf');
  const weak = keyFile.slice();
  new DataView(weak.buffer).setUint32(12, 10000, true);
  await rejectsWith(E.unlock(PASS, weak), 'weak_kdf');
});

test('header parser codes match the native parser', () => {
  const plain = E.sealPlain(E.constants.KIND.snapshot, 1, enc('x'));
  const code = (bytes) => { try { E.parseHeader(bytes); return 'ok'; } catch (e) { return e.code; } };
  assert.equal(code(plain), 'ok');
  assert.equal(code(new Uint8Array(0)), 'truncated');
  assert.equal(code(enc('{"clients":[]}')), 'not_rm_file');
  const newer = plain.slice();
  newer[4] = 4;  // version 3 is the sealed kind's (docs/data-format.md); 4 is unknown
  assert.equal(code(newer), 'newer_format');
  const v3 = plain.slice();  // version 3 needs its header extension
  v3[4] = 3;
  assert.equal(code(v3), 'corrupt_header');
  const plainV2 = plain.slice();  // segments exist only when encrypted
  plainV2[4] = 2; plainV2[46] = 4;
  assert.equal(code(plainV2), 'corrupt_header');
  const kdf = plain.slice();
  kdf[8] = 1; kdf[10] = 2;
  assert.equal(code(kdf), 'unsupported_kdf');
  const cipher = plain.slice();
  cipher[8] = 1; cipher[10] = 1; cipher[11] = 7;
  assert.equal(code(cipher), 'unsupported_cipher');
});

test('plain files round trip, detect damage, and are refused by an encrypted store', async () => {
  const { key } = await keyed();
  const f = E.sealPlain(E.constants.KIND.journal, 9, enc('demo 演示'));
  assert.equal(new TextDecoder().decode(E.openPlain(f)), 'demo 演示');
  const bad = f.slice();
  bad[70] ^= 4;
  assert.throws(() => E.openPlain(bad), (e) => e.code === 'corrupted');
  await rejectsWith(E.open(key, f), 'not_encrypted');
  assert.equal(E.crc32(enc('123456789')), 0xcbf43926);
});

test('a file under another salt is key_mismatch, not corruption', async () => {
  const { key, iterations } = await keyed();
  const other = await E.createKeyFile(PASS, iterations);
  const f = await E.seal(other.key, other.salt, iterations, E.constants.KIND.snapshot, 2, enc('older'));
  await rejectsWith(E.open(key, f), 'key_mismatch');
});

test('a backup opens with its passphrase only, and is no storage file', async () => {
  const { key, salt, iterations } = await keyed();
  const body = enc('{"clients":[{"name":"王小明","phone":"13800138000"}]}');
  const chosen = await E.sealBackup(body, { passphrase: 'export 口令 123' });
  assert.equal(E.parseHeader(chosen).kind, E.constants.KIND.backup);
  assert.ok(E.looksLikeEnvelope(chosen));
  assert.ok(!Buffer.from(chosen).toString('utf8').includes('13800138000'));
  assert.deepEqual(await E.openBackup('export 口令 123', chosen), body);
  await rejectsWith(E.openBackup('export 口令 124', chosen), 'backup_auth');
  // Under the book's key: the book's passphrase opens it, with no key file.
  const underBook = await E.sealBackup(body, { key, salt, iterations });
  assert.deepEqual(await E.openBackup(PASS, underBook), body);
  assert.notDeepEqual(E.parseHeader(chosen).salt, E.parseHeader(underBook).salt);
  const journal = await E.seal(key, salt, iterations, E.constants.KIND.journal, 1, body);
  await rejectsWith(E.openBackup(PASS, journal), 'not_backup');
  assert.throws(() => E.expectIdentity(E.parseHeader(underBook), E.constants.KIND.snapshot, 0),
    (e) => e.code === 'misplaced_file');
  assert.ok(!E.looksLikeEnvelope(enc('{"format":"rmplanner-bundle"}')));
});
