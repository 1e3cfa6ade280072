// Sealing and opening the store's files with the book's key (RMEnvelope:
// AES-GCM, or plain for a demo store). C++ sees plaintext only; the key is a
// non-extractable CryptoKey held in S while the book is unlocked.
'use strict';

(function (R) {
  const { S, heap, nameInfo } = R;
  const { MSG, storeError } = RMMessages;

  async function sealWith(keyInfo, kind, seq, bytes) {
    if (keyInfo.mode === 'plain') return RMEnvelope.sealPlain(kind, seq, bytes);
    return RMEnvelope.seal(keyInfo.key, keyInfo.salt, keyInfo.iterations, kind, seq, bytes);
  }
  const currentKey = () => ({ mode: S.mode, key: S.key, salt: S.salt, iterations: S.iterations });
  async function openWith(keyInfo, name, bytes) {
    const info = nameInfo(name);
    const header = RMEnvelope.parseHeader(bytes);
    RMEnvelope.expectIdentity(header, info.kind, info.seq);
    if (keyInfo.mode === 'plain') return RMEnvelope.openPlain(bytes);
    return RMEnvelope.open(keyInfo.key, bytes);
  }
  // Opens stored file NAME into a new WASM heap buffer {ptr, len} for C++ to
  // read; the caller hands it back with releaseHeap. An encrypted file's
  // segments are decrypted straight into the buffer, several at a time, so
  // no whole plaintext is ever built in JS (for a 12 MB snapshot that
  // halves the decrypt: docs/benchmarks.md).
  async function openToHeap(keyInfo, name, bytes) {
    const info = nameInfo(name);
    RMEnvelope.expectIdentity(RMEnvelope.parseHeader(bytes), info.kind, info.seq);
    const buf = { ptr: 0, len: 0 };
    // malloc answers 0 when the heap cannot grow: never write there.
    const alloc = (length) => {
      const ptr = R.M._rm_store_alloc(length);
      if (!ptr) throw storeError('out_of_memory', MSG.noMemory);
      Object.assign(buf, { ptr, len: length });
    };
    if (keyInfo.mode === 'plain') {
      const plain = RMEnvelope.openPlain(bytes);
      try { alloc(plain.length); } finally { if (!buf.ptr) plain.fill(0); }
      heap().set(plain, buf.ptr);
      plain.fill(0);
      return buf;
    }
    try {
      await RMEnvelope.openInto(keyInfo.key, bytes, (length) => {
        alloc(length);
        // heap() for every piece: a frame drawn in between may grow the heap.
        return (at, piece) => heap().set(piece, buf.ptr + at);
      });
    } catch (err) {
      releaseHeap(buf);
      throw err;
    }
    return buf;
  }
  // Wipes and frees what openToHeap allocated: it held a decrypted book.
  function releaseHeap(buf) {
    if (!buf.ptr) return;
    heap().fill(0, buf.ptr, buf.ptr + buf.len);
    R.M._rm_store_free(buf.ptr);
    buf.ptr = 0;
  }

  // Whether key.rmk BYTES belongs to the key this page holds: the same mode
  // and, when encrypted, the same salt and iterations (every passphrase,
  // and every change of it, gets a fresh random salt). A page whose key is
  // stale must not write: its files would open under no current passphrase.
  function keyFileMatches(bytes) {
    if (!bytes) return false;
    let h;
    try { h = RMEnvelope.parseHeader(bytes); } catch (e) { return false; }
    if (S.mode === 'plain') return !h.encrypted;
    if (S.mode !== 'encrypted' || !h.encrypted || !S.salt) return false;
    return h.iterations === S.iterations && R.sameBytes(h.salt, S.salt);
  }

  Object.assign(R, { sealWith, currentKey, openWith, openToHeap, releaseHeap, keyFileMatches });
})(window.RMStore);
