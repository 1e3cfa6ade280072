#include "platform/native/crypto_openssl.h"

#include <algorithm>
#include <memory>
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

std::string seal(const Key& key, store::PayloadKind kind, uint64_t seq, std::string_view plaintext) {
  store::EnvelopeHeader h;
  h.kind = kind;
  h.iterations = key.params.iterations;
  h.salt = key.params.salt;
  h.seq = seq;
  h.plaintext_length = plaintext.size();
  check(RAND_bytes(h.nonce.data(), static_cast<int>(h.nonce.size())), "RAND_bytes");
  std::string out = store::encode_header(h);
  const size_t header_size = out.size();
  out.resize(header_size + plaintext.size() + store::kTagSize);

  CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
  check(ctx != nullptr, "EVP_CIPHER_CTX_new");
  check(EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.bytes.data(), h.nonce.data()),
        "EncryptInit");
  int n = 0;
  check(EVP_EncryptUpdate(ctx.get(), nullptr, &n, u8(out), static_cast<int>(header_size)), "AAD");
  unsigned char* body = u8(out) + header_size;
  if (!plaintext.empty())
    check(EVP_EncryptUpdate(ctx.get(), body, &n, u8(plaintext), static_cast<int>(plaintext.size())),
          "EncryptUpdate");
  check(EVP_EncryptFinal_ex(ctx.get(), body + plaintext.size(), &n), "EncryptFinal");
  check(EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(store::kTagSize),
                            body + plaintext.size()),
        "GET_TAG");
  return out;
}

Result<std::string> open(const Key& key, std::string_view file) {
  auto h = store::parse_envelope(file);
  if (!h) return h.problem();
  if (!h->encrypted) return store::envelope_problem("not_encrypted");
  if (h->salt != key.params.salt || h->iterations != key.params.iterations)
    return store::envelope_problem("key_mismatch");

  const size_t len = h->plaintext_length;
  const std::string_view aad = file.substr(0, store::kHeaderSize);
  const std::string_view body = file.substr(store::kHeaderSize, len);
  std::string tag(file.substr(store::kHeaderSize + len, store::kTagSize));
  std::string out(len, '\0');

  CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
  check(ctx != nullptr, "EVP_CIPHER_CTX_new");
  check(EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.bytes.data(), h->nonce.data()),
        "DecryptInit");
  int n = 0;
  check(EVP_DecryptUpdate(ctx.get(), nullptr, &n, u8(aad), static_cast<int>(aad.size())), "AAD");
  if (len > 0)
    check(EVP_DecryptUpdate(ctx.get(), u8(out), &n, u8(body), static_cast<int>(len)), "DecryptUpdate");
  check(EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(tag.size()), u8(tag)),
        "SET_TAG");
  // Only the final step checks the tag; until it passes the output is untrusted.
  if (EVP_DecryptFinal_ex(ctx.get(), u8(out) + len, &n) != 1) {
    OPENSSL_cleanse(out.data(), out.size());
    return store::auth_failure(h->kind);
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

}  // namespace rm::native
