// The browser half of the interop check, run by tests/interop/run.sh:
//   node node_side.js seal DIR   writes DIR/from_js/* with web/js/envelope.js
//   node node_side.js open DIR   opens DIR/from_native/* (sealed by OpenSSL)
// The native half is tests/native/crypto_interop_test.cpp; both build the
// same fixtures from fixtures() so each side knows what the other meant.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const nodeCrypto = require('node:crypto');
const E = require(path.join(__dirname, '../../web/js/envelope.js'));
const P = require(path.join(__dirname, '../../web/js/public_key_seal.js'));

// Keep in step with fixtures() in tests/native/crypto_interop_test.cpp.
const PASSPHRASE = '正确 horse 电池 staple 🔑';
function fixtures() {
  // Over two 256 KiB segments, so both sides agree on where segments split.
  const large = Uint8Array.from({ length: 600000 }, (_, i) => (i * 7 + 3) & 0xff);
  const binary = Uint8Array.from({ length: 256 }, (_, i) => i);
  const chinese = new TextEncoder().encode('王小明 · 招商银行 · 13800138000 · 理财规划书');
  const K = E.constants.KIND;
  return [
    { file: 'snap-000000000001.rms', kind: K.snapshot, seq: 1, body: large },
    { file: 'jrnl-000000000002.rmj', kind: K.journal, seq: 2, body: chinese },
    { file: 'jrnl-000000000003.rmj', kind: K.journal, seq: 3, body: new Uint8Array(0) },
    { file: 'jrnl-000000000004.rmj', kind: K.journal, seq: 4, body: binary },
    { file: 'plain-000000000005.rms', kind: K.snapshot, seq: 5, body: chinese, plain: true },
  ];
}

// Sealed to a public key (docs/data-format.md): keep in step with
// kSealed* in tests/native/crypto_interop_test.cpp.
const KEY_PASSPHRASE = '主管 key 口令 2026';
const SENDER = { name: '李晓燕', employee_no: 'E00342', actor_id: 'b3f2af6d-0fc7-40c5-853b-559647364cea' };
function sealedBundle() {
  // Over two segments, with Chinese text in it.
  const head = new TextEncoder().encode('{"format":"rmplanner-bundle","clients":["王建国"],"pad":"');
  const out = new Uint8Array(head.length + 300000 + 2);
  out.set(head, 0);
  out.fill(0x61, head.length, head.length + 300000);
  out.set([0x22, 0x7d], head.length + 300000);
  return out;
}
// A WebCrypto private key written as the CLI's key file (encrypted PKCS#8
// PEM), through Node's crypto, and read back the same way.
async function writeKeyPem(file, privateKey) {
  const der = Buffer.from(await crypto.subtle.exportKey('pkcs8', privateKey));
  const pem = nodeCrypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
    .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: KEY_PASSPHRASE });
  fs.writeFileSync(file, pem);
}
async function readKeyPem(file) {
  const der = nodeCrypto.createPrivateKey({ key: fs.readFileSync(file), passphrase: KEY_PASSPHRASE })
    .export({ type: 'pkcs8', format: 'der' });
  return crypto.subtle.importKey('pkcs8', der, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
}

async function sealToKey(out) {
  const pair = await P.generateKeyPair('张主管', 'S0017', true);
  fs.writeFileSync(path.join(out, 'js.pub.json'), JSON.stringify(pair.publicKeyFile, null, 2));
  await writeKeyPem(path.join(out, 'js.key.pem'), pair.privateKey);
  fs.writeFileSync(path.join(out, 'plan.rmsealed'), await P.sealTo(pair.publicKeyFile, SENDER, sealedBundle()));
}

async function openFromNative(from) {
  let failures = 0;
  const check = (ok, what) => { if (!ok) { failures++; console.error(`node: ${what}`); } };
  const js = JSON.parse(fs.readFileSync(path.join(from, '../from_js/js.pub.json'), 'utf8'));
  const own = { privateKey: await readKeyPem(path.join(from, '../from_js/js.key.pem')), fingerprint: js.fingerprint };
  // The native public key file parses here, with the fingerprint it states.
  const nativePub = await P.parsePublicKey(fs.readFileSync(path.join(from, 'native.pub.json')));
  check(nativePub.file.name === '王主管' && nativePub.file.employee_no === 'S0099', 'native.pub.json identity');
  const opened = await P.openSealed(own, fs.readFileSync(path.join(from, 'to_js.rmsealed')));
  check(Buffer.compare(Buffer.from(opened.bundle), Buffer.from(sealedBundle())) === 0, 'to_js.rmsealed payload differs');
  check(JSON.stringify(opened.header.sender) === JSON.stringify(SENDER), 'to_js.rmsealed sender identity');
  // Sealed to the native key: this key is told it is for another key, by fingerprint.
  try {
    await P.openSealed(own, fs.readFileSync(path.join(from, 'to_native.rmsealed')));
    check(false, 'a file for another key opened');
  } catch (e) {
    check(e.code === 'wrong_key' && e.message_en.includes(P.shortFingerprint(nativePub.file.fingerprint)), `wrong key gave ${e.code} ${e.message_en}`);
  }
  // The native key file (encrypted PEM) opens it.
  const nativeOwn = { privateKey: await readKeyPem(path.join(from, 'native.key.pem')), fingerprint: nativePub.file.fingerprint };
  const mine = await P.openSealed(nativeOwn, fs.readFileSync(path.join(from, 'to_native.rmsealed')));
  check(Buffer.compare(Buffer.from(mine.bundle), Buffer.from(sealedBundle())) === 0, 'to_native.rmsealed payload differs');
  if (failures) throw new Error(`${failures} sealed-to-key check(s) failed`);
  console.log('node: opened the files natively sealed to a public key; another key is told so');
}

async function sealAll(dir) {
  const out = path.join(dir, 'from_js');
  fs.mkdirSync(out, { recursive: true });
  const { key, salt, iterations, keyFile } = await E.createKeyFile(PASSPHRASE);
  fs.writeFileSync(path.join(out, 'key.rmk'), keyFile);
  for (const f of fixtures()) {
    const bytes = f.plain ? E.sealPlain(f.kind, f.seq, f.body) : await E.seal(key, salt, iterations, f.kind, f.seq, f.body);
    fs.writeFileSync(path.join(out, f.file), bytes);
  }
  await sealToKey(out);
  console.log(`node: sealed ${fixtures().length + 2} files in ${out}`);
}

async function openAll(dir) {
  const from = path.join(dir, 'from_native');
  const { key } = await E.unlock(PASSPHRASE, fs.readFileSync(path.join(from, 'key.rmk')));
  let failures = 0;
  for (const f of fixtures()) {
    const bytes = fs.readFileSync(path.join(from, f.file));
    try {
      const h = E.expectIdentity(E.parseHeader(bytes), f.kind, f.seq);
      const body = f.plain ? E.openPlain(bytes) : await E.open(key, bytes);
      if (h.encrypted === !!f.plain || Buffer.compare(Buffer.from(body), Buffer.from(f.body)) !== 0) {
        throw new Error('payload differs');
      }
    } catch (e) {
      failures++;
      console.error(`node: ${f.file}: ${e.code || ''} ${e.message}`);
    }
  }
  // The wrong passphrase must be refused as such on a natively made key file too.
  try {
    await E.unlock(PASSPHRASE + '!', fs.readFileSync(path.join(from, 'key.rmk')));
    failures++;
    console.error('node: wrong passphrase was accepted');
  } catch (e) {
    if (e.code !== 'wrong_passphrase') { failures++; console.error(`node: wrong passphrase gave ${e.code}`); }
  }
  if (failures) throw new Error(`${failures} native-sealed file(s) did not open in Node`);
  console.log(`node: opened ${fixtures().length + 1} files sealed natively in ${from}`);
  await openFromNative(from);
}

const [mode, dir] = process.argv.slice(2);
const run = mode === 'seal' ? sealAll : mode === 'open' ? openAll : null;
if (!run || !dir) {
  console.error('usage: node node_side.js seal|open DIR');
  process.exit(2);
}
run(dir).catch((e) => { console.error(e.message); process.exit(1); });
