// web/js/public_key_seal.js under Node's WebCrypto: the promises the native
// tests make (tests/native/sealed_key_test.cpp) — round trip, the header's
// identity and hash, and a clear refusal for another key, a truncated,
// damaged or newer file and a malformed public key file.
//   node tests/interop/sealed_test.js
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const E = require(path.join(__dirname, '../../web/js/envelope.js'));
const P = require(path.join(__dirname, '../../web/js/public_key_seal.js'));

const SENDER = { name: '李晓燕', employee_no: 'E00342', actor_id: 'b3f2af6d-0fc7-40c5-853b-559647364cea' };
const S = E.constants.SEGMENT_SIZE;
const body = (n) => Uint8Array.from({ length: n }, (_, i) => (i * 13 + 5) & 0xff);
let pairs;
async function keys() {
  if (!pairs) pairs = [await P.generateKeyPair('张主管', 'S0017'), await P.generateKeyPair('other', 'S0099')];
  return pairs.map((p) => ({ file: p.publicKeyFile, own: { privateKey: p.privateKey, fingerprint: p.publicKeyFile.fingerprint } }));
}
async function code(promise) {
  try { await promise; return 'ok'; } catch (e) {
    assert.ok(e instanceof E.EnvelopeError, String(e));
    assert.ok(e.message_zh.length > 0 && e.message_en.length > 0);
    return e.code;
  }
}

test('round trip of empty, small and multi-segment bundles; the header names recipient, sender and hash', async () => {
  const [sup] = await keys();
  for (const n of [0, 40, S, 2 * S + 7]) {
    const b = body(n);
    const f = await P.sealTo(sup.file, SENDER, b);
    const h = E.parseHeader(f);
    assert.equal(h.version, 3);
    assert.equal(h.kind, E.constants.KIND.sealed);
    assert.deepEqual(h.sender, SENDER);
    assert.equal(P.hex(h.recipient), sup.file.fingerprint);
    assert.equal(P.hex(h.contentHash), P.hex(await P.sha256(b)));
    assert.equal(f.length, h.headerSize + n + 16 * Math.max(1, Math.ceil(n / S)));
    assert.ok(P.looksSealed(f));
    const r = await P.openSealed(sup.own, f);
    assert.deepEqual(r.bundle, b);
  }
});

test('another key, truncation, damage, a newer version: refused with their own codes', async () => {
  const [sup, other] = await keys();
  const f = await P.sealTo(JSON.stringify(sup.file), SENDER, body(S + 1000));
  const head = E.parseHeader(f).headerSize;
  await assert.rejects(P.openSealed(other.own, f), (e) => e.code === 'wrong_key' &&
    e.message_en.includes(P.shortFingerprint(sup.file.fingerprint)) && e.message_zh.includes('另一把密钥') &&
    e.message_zh.includes(P.shortFingerprint(other.file.fingerprint)));
  await assert.rejects(P.openSealed(null, f), (e) => e.code === 'no_private_key' && e.message_en.includes(P.shortFingerprint(sup.file.fingerprint)));
  assert.equal(await code(P.openSealed(sup.own, f.subarray(0, f.length - 1))), 'truncated');
  assert.equal(await code(P.openSealed(sup.own, f.subarray(0, head - 1))), 'truncated');
  assert.equal(await code(P.openSealed(sup.own, f.subarray(0, 100))), 'truncated');
  const longer = new Uint8Array(f.length + 1);
  longer.set(f);
  assert.equal(await code(P.openSealed(sup.own, longer)), 'corrupted');
  const newer = f.slice();
  newer[4] = 4;
  assert.equal(await code(P.openSealed(sup.own, newer)), 'newer_format');
  for (const at of [head + 5, f.length - 1, head + S + 16 + 3, 20, 40, 70, 170, head - 1]) {
    const bad = f.slice();
    bad[at] ^= 1;
    const c = await code(P.openSealed(sup.own, bad));
    assert.ok(['corrupted', 'corrupt_header', 'wrong_key'].includes(c), `byte ${at}: ${c}`);
  }
  const fp = f.slice();
  fp[64] ^= 0x80;
  assert.equal(await code(P.openSealed(sup.own, fp)), 'wrong_key');
  const point = f.slice();
  point[96] = 0x02;
  assert.equal(await code(P.openSealed(sup.own, point)), 'corrupt_header');
  const lengths = f.slice();
  lengths[193] += 1;
  assert.equal(await code(P.openSealed(sup.own, lengths)), 'corrupt_header');
  assert.equal(await code(E.openBackup('any passphrase', f)), 'is_sealed');
  const backup = await E.sealBackup(new TextEncoder().encode('{}'), { passphrase: 'passphrase 123' });
  assert.equal(await code(P.openSealed(sup.own, backup)), 'not_sealed');
});

test('public key files: the fingerprint must be the key\'s, the key a P-256 point', async () => {
  const [sup] = await keys();
  const parsed = await P.parsePublicKey(JSON.stringify(sup.file));
  assert.equal(parsed.file.fingerprint, sup.file.fingerprint);
  assert.equal(parsed.spki.length, 91);
  const wrongFp = { ...sup.file, fingerprint: sup.file.fingerprint.replace(/^./, (c) => (c === '0' ? '1' : '0')) };
  assert.equal(await code(P.parsePublicKey(wrongFp)), 'bad_public_key');
  assert.equal(await code(P.parsePublicKey('not json')), 'bad_public_key');
  assert.equal(await code(P.parsePublicKey({ kind: 'rmplanner-public-key' })), 'bad_public_key');
  const spki = Uint8Array.from(Buffer.from(sup.file.spki, 'base64'));
  spki[90] ^= 1;  // off the curve
  const off = { ...sup.file, spki: Buffer.from(spki).toString('base64'), fingerprint: P.hex(await P.sha256(spki)) };
  assert.equal(await code(P.parsePublicKey(off)), 'bad_public_key');
  assert.equal(await code(P.sealTo(off, SENDER, body(3))), 'bad_public_key');
});
