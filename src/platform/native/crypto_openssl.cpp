#include "platform/native/crypto_openssl.h"

#include <algorithm>
#include <memory>
#include <utility>
#include <stdexcept>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace rm::native {
namespace {

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* u8(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }
unsigned char* u8(std::string& s) { return reinterpret_cast<unsigned char*>(s.data()); }

// OpenSSL failing to allocate or to find AES is not a condition any caller
// can handle; fail loudly rather than write a file that cannot be opened.
void check(int ok, const char* what) {
  if (ok != 1) throw std::runtime_error(std::string("OpenSSL: ") + what);
}

}  // namespace

Key::~Key() { OPENSSL_cleanse(bytes.data(), bytes.size()); }

std::string random_bytes(size_t n) {
  std::string out(n, '\0');
  check(RAND_bytes(u8(out), static_cast<int>(n)), "RAND_bytes");
  return out;
}

KdfParams new_kdf_params(uint32_t iterations) {
  KdfParams p;
  p.iterations = iterations;
  const std::string salt = random_bytes(store::kSaltSize);
  std::copy(salt.begin(), salt.end(), p.salt.begin());
  return p;
}

Result<Key> derive_key(std::string_view passphrase, const KdfParams& params) {
  if (params.iterations < store::kMinIterations) return store::envelope_problem("weak_kdf");
  if (params.iterations > store::kMaxIterations) return store::envelope_problem("corrupt_header");
  Key key;
  key.params = params;
  check(PKCS5_PBKDF2_HMAC(passphrase.data(), static_cast<int>(passphrase.size()), params.salt.data(),
                          static_cast<int>(params.salt.size()), static_cast<int>(params.iterations),
                          EVP_sha256(), static_cast<int>(key.bytes.size()), key.bytes.data()),
        "PBKDF2");
  return key;
}

namespace {

// One AES-256-GCM message: version 1's whole payload, or one segment of version 2.
void seal_segment(const Key& key, const store::Nonce& nonce, std::string_view aad, std::string_view plain,
                  unsigned char* out) {
  CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
  check(ctx != nullptr, "EVP_CIPHER_CTX_new");
  check(EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.bytes.data(), nonce.data()), "EncryptInit");
  int n = 0;
  check(EVP_EncryptUpdate(ctx.get(), nullptr, &n, u8(aad), static_cast<int>(aad.size())), "AAD");
  if (!plain.empty())
    check(EVP_EncryptUpdate(ctx.get(), out, &n, u8(plain), static_cast<int>(plain.size())), "EncryptUpdate");
  check(EVP_EncryptFinal_ex(ctx.get(), out + plain.size(), &n), "EncryptFinal");
  check(EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(store::kTagSize), out + plain.size()),
        "GET_TAG");
}

// False when the tag does not verify; OUT is then untrusted and wiped by the caller.
bool open_segment(const Key& key, const store::Nonce& nonce, std::string_view aad, std::string_view sealed,
                  unsigned char* out) {
  const size_t len = sealed.size() - store::kTagSize;
  std::string tag(sealed.substr(len));
  CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
  check(ctx != nullptr, "EVP_CIPHER_CTX_new");
  check(EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.bytes.data(), nonce.data()), "DecryptInit");
  int n = 0;
  check(EVP_DecryptUpdate(ctx.get(), nullptr, &n, u8(aad), static_cast<int>(aad.size())), "AAD");
  if (len > 0) check(EVP_DecryptUpdate(ctx.get(), out, &n, u8(sealed), static_cast<int>(len)), "DecryptUpdate");
  check(EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(tag.size()), u8(tag)), "SET_TAG");
  // Only the final step checks the tag.
  return EVP_DecryptFinal_ex(ctx.get(), out + len, &n) == 1;
}

// Segment I of H's payload: its plaintext offset and length.
std::pair<size_t, size_t> segment_span(const store::EnvelopeHeader& h, uint64_t i) {
  if (h.version == store::kWholeVersion) return {0, h.plaintext_length};
  const uint64_t at = i * h.segment_size;
  return {at, std::min<uint64_t>(h.segment_size, h.plaintext_length - at)};
}

}  // namespace

std::string seal(const Key& key, store::PayloadKind kind, uint64_t seq, std::string_view plaintext) {
  store::EnvelopeHeader h;
  h.kind = kind;
  h.iterations = key.params.iterations;
  h.salt = key.params.salt;
  h.seq = seq;
  h.plaintext_length = plaintext.size();
  check(RAND_bytes(h.nonce.data(), static_cast<int>(h.nonce.size())), "RAND_bytes");
  std::string out = store::encode_header(h);
  const uint64_t segments = store::segment_count(h);
  out.resize(store::kHeaderSize + plaintext.size() + segments * store::kTagSize);
  const std::string aad = out.substr(0, store::kHeaderSize);
  for (uint64_t i = 0; i < segments; ++i) {
    const auto [at, len] = segment_span(h, i);
    seal_segment(key, store::segment_nonce(h.nonce, static_cast<uint32_t>(i)), aad, plaintext.substr(at, len),
                 u8(out) + store::kHeaderSize + at + i * store::kTagSize);
  }
  return out;
}

Result<std::string> open(const Key& key, std::string_view file) {
  auto h = store::parse_envelope(file);
  if (!h) return h.problem();
  if (!h->encrypted) return store::envelope_problem("not_encrypted");
  if (h->salt != key.params.salt || h->iterations != key.params.iterations)
    return store::envelope_problem("key_mismatch");

  const std::string_view aad = file.substr(0, store::kHeaderSize);
  std::string out(h->plaintext_length, '\0');
  const uint64_t segments = store::segment_count(h.value());
  for (uint64_t i = 0; i < segments; ++i) {
    const auto [at, len] = segment_span(h.value(), i);
    const std::string_view sealed = file.substr(store::kHeaderSize + at + i * store::kTagSize, len + store::kTagSize);
    // Segment 0's nonce is the header's own, so this also opens version 1.
    if (!open_segment(key, store::segment_nonce(h->nonce, static_cast<uint32_t>(i)), aad, sealed, u8(out) + at)) {
      OPENSSL_cleanse(out.data(), out.size());
      return store::auth_failure(h->kind);
    }
  }
  return out;
}

std::string make_key_file(const Key& key) {
  return seal(key, store::PayloadKind::key_check, 0, store::key_check_plaintext());
}

Result<Key> unlock(std::string_view passphrase, std::string_view key_file) {
  auto h = store::parse_envelope(key_file);
  if (!h) return h.problem();
  if (!h->encrypted) return store::envelope_problem("not_encrypted");
  if (h->kind != store::PayloadKind::key_check) return store::envelope_problem("misplaced_file");
  auto key = derive_key(passphrase, KdfParams{h->salt, h->iterations});
  if (!key) return key.problem();
  auto check_value = open(key.value(), key_file);
  if (!check_value) return check_value.problem();
  // A key file that opens but holds something else was not written by us.
  if (check_value.value() != store::key_check_plaintext()) return store::envelope_problem("corrupted");
  return key;
}

std::string seal_backup(std::string_view passphrase, std::string_view bundle_json) {
  auto key = derive_key(passphrase, new_kdf_params());
  // Fresh parameters at the floor are always accepted.
  return seal(key.value(), store::PayloadKind::backup, 0, bundle_json);
}

Result<std::string> open_backup(std::string_view passphrase, std::string_view file) {
  auto h = store::parse_envelope(file);
  if (!h) return h.problem();
  if (h->kind != store::PayloadKind::backup) return store::envelope_problem("not_backup");
  if (!h->encrypted) return store::envelope_problem("not_encrypted");
  auto key = derive_key(passphrase, KdfParams{h->salt, h->iterations});
  if (!key) return key.problem();
  return open(key.value(), file);
}

}  // namespace rm::native
