// The browser half of the interop check, run by tests/interop/run.sh:
//   node node_side.js seal DIR   writes DIR/from_js/* with web/js/envelope.js
//   node node_side.js open DIR   opens DIR/from_native/* (sealed by OpenSSL)
// The native half is tests/native/crypto_interop_test.cpp; both build the
// same fixtures from fixtures() so each side knows what the other meant.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const E = require(path.join(__dirname, '../../web/js/envelope.js'));

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

async function sealAll(dir) {
  const out = path.join(dir, 'from_js');
  fs.mkdirSync(out, { recursive: true });
  const { key, salt, iterations, keyFile } = await E.createKeyFile(PASSPHRASE);
  fs.writeFileSync(path.join(out, 'key.rmk'), keyFile);
  for (const f of fixtures()) {
    const bytes = f.plain ? E.sealPlain(f.kind, f.seq, f.body) : await E.seal(key, salt, iterations, f.kind, f.seq, f.body);
    fs.writeFileSync(path.join(out, f.file), bytes);
  }
  console.log(`node: sealed ${fixtures().length + 1} files in ${out}`);
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
}

const [mode, dir] = process.argv.slice(2);
const run = mode === 'seal' ? sealAll : mode === 'open' ? openAll : null;
if (!run || !dir) {
  console.error('usage: node node_side.js seal|open DIR');
  process.exit(2);
}
run(dir).catch((e) => { console.error(e.message); process.exit(1); });
