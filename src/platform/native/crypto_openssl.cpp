#include "platform/native/crypto_openssl.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>
#include <stdexcept>

#include <nlohmann/json.hpp>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

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
  if (h->kind == store::PayloadKind::sealed) return store::envelope_problem("is_sealed");
  if (h->kind != store::PayloadKind::backup) return store::envelope_problem("not_backup");
  if (!h->encrypted) return store::envelope_problem("not_encrypted");
  auto key = derive_key(passphrase, KdfParams{h->salt, h->iterations});
  if (!key) return key.problem();
  return open(key.value(), file);
}

// ---- Sealed to a public key ------------------------------------------------

namespace {

using Pkey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;
using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;

// Every P-256 SubjectPublicKeyInfo with an uncompressed point starts with
// these 26 bytes (SEQUENCE { id-ecPublicKey, prime256v1 }, BIT STRING); the
// point follows. WebCrypto's spki export is the same 91 bytes, which is what
// makes the fingerprint (SHA-256 of them) one value on both sides.
constexpr unsigned char kP256SpkiPrefix[26] = {0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48,
                                              0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48,
                                              0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00};
constexpr size_t kSpkiSize = sizeof kP256SpkiPrefix + store::kEcPointSize;
// HKDF info: a label for this use, then the recipient's fingerprint and the
// ephemeral point, so the key belongs to this one exchange.
constexpr std::string_view kHkdfLabel = "RM Planner sealed v1";
constexpr const char* kPublicKeyKind = "rmplanner-public-key";

std::string spki_of(EVP_PKEY* pkey) {
  unsigned char* der = nullptr;
  const int n = i2d_PUBKEY(pkey, &der);
  check(n > 0 ? 1 : 0, "i2d_PUBKEY");
  std::string out(reinterpret_cast<const char*>(der), static_cast<size_t>(n));
  OPENSSL_free(der);
  return out;
}

// The P-256 public key of SPKI, or null when it is anything else (another
// curve, a compressed point, a point off the curve).
Pkey import_spki(std::string_view spki) {
  Pkey none(nullptr, &EVP_PKEY_free);
  if (spki.size() != kSpkiSize || std::string_view(reinterpret_cast<const char*>(kP256SpkiPrefix), 26) != spki.substr(0, 26))
    return none;
  const unsigned char* p = u8(spki);
  Pkey key(d2i_PUBKEY(nullptr, &p, static_cast<long>(spki.size())), &EVP_PKEY_free);
  ERR_clear_error();
  if (!key) return none;
  PkeyCtx ctx(EVP_PKEY_CTX_new(key.get(), nullptr), &EVP_PKEY_CTX_free);
  if (!ctx || EVP_PKEY_public_check(ctx.get()) != 1) {
    ERR_clear_error();
    return none;
  }
  return key;
}

std::string ecdh(EVP_PKEY* own, EVP_PKEY* peer) {
  PkeyCtx ctx(EVP_PKEY_CTX_new(own, nullptr), &EVP_PKEY_CTX_free);
  check(ctx != nullptr, "EVP_PKEY_CTX_new");
  check(EVP_PKEY_derive_init(ctx.get()), "derive_init");
  check(EVP_PKEY_derive_set_peer(ctx.get(), peer), "derive_set_peer");
  size_t len = 0;
  check(EVP_PKEY_derive(ctx.get(), nullptr, &len), "derive length");
  std::string secret(len, '\0');
  check(EVP_PKEY_derive(ctx.get(), u8(secret), &len), "ECDH");
  secret.resize(len);
  return secret;
}

Key sealed_key(std::string secret, const store::SealedHeader& s) {
  std::string info(kHkdfLabel);
  info.append(reinterpret_cast<const char*>(s.recipient.data()), s.recipient.size());
  info.append(reinterpret_cast<const char*>(s.ephemeral.data()), s.ephemeral.size());
  PkeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr), &EVP_PKEY_CTX_free);
  check(ctx != nullptr, "HKDF ctx");
  check(EVP_PKEY_derive_init(ctx.get()), "HKDF init");
  check(EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()), "HKDF md");
  check(EVP_PKEY_CTX_set1_hkdf_salt(ctx.get(), s.base.salt.data(), static_cast<int>(s.base.salt.size())), "HKDF salt");
  check(EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), u8(secret), static_cast<int>(secret.size())), "HKDF key");
  check(EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), u8(info), static_cast<int>(info.size())), "HKDF info");
  Key key;
  size_t len = key.bytes.size();
  check(EVP_PKEY_derive(ctx.get(), key.bytes.data(), &len), "HKDF");
  OPENSSL_cleanse(secret.data(), secret.size());
  return key;
}

std::string base64(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  const int n = EVP_EncodeBlock(u8(out), u8(bytes), static_cast<int>(bytes.size()));
  out.resize(static_cast<size_t>(n));
  return out;
}

std::optional<std::string> unbase64(std::string_view text) {
  if (text.empty() || text.size() % 4 != 0) return std::nullopt;
  std::string out(text.size() / 4 * 3, '\0');
  const int n = EVP_DecodeBlock(u8(out), u8(text), static_cast<int>(text.size()));
  if (n < 0) return std::nullopt;
  // DecodeBlock counts the padding as zero bytes.
  size_t len = static_cast<size_t>(n);
  if (text.back() == '=') --len;
  if (text.size() >= 2 && text[text.size() - 2] == '=') --len;
  out.resize(len);
  return out;
}

Pkey own_pkey(const PrivateKey& key) {
  auto* raw = static_cast<EVP_PKEY*>(key.pkey.get());
  check(raw != nullptr && EVP_PKEY_up_ref(raw), "no private key");
  return Pkey(raw, &EVP_PKEY_free);
}

PrivateKey wrap(EVP_PKEY* raw) {
  PrivateKey key;
  key.pkey = std::shared_ptr<void>(raw, [](void* p) { EVP_PKEY_free(static_cast<EVP_PKEY*>(p)); });
  key.pub.spki = spki_of(raw);
  key.pub.fingerprint = fingerprint_of(key.pub.spki);
  return key;
}

}  // namespace

std::string sha256(std::string_view bytes) {
  std::string out(store::kHashSize, '\0');
  unsigned int n = 0;
  check(EVP_Digest(bytes.data(), bytes.size(), u8(out), &n, EVP_sha256(), nullptr), "SHA-256");
  return out;
}

store::Fingerprint fingerprint_of(std::string_view spki) {
  store::Fingerprint f{};
  const std::string h = sha256(spki);
  std::copy(h.begin(), h.end(), f.begin());
  return f;
}

PrivateKey generate_key_pair(std::string_view name, std::string_view employee_no) {
  EVP_PKEY* raw = EVP_EC_gen("P-256");
  check(raw != nullptr, "EVP_EC_gen");
  PrivateKey key = wrap(raw);
  key.pub.name = name;
  key.pub.employee_no = employee_no;
  return key;
}

std::string public_key_json(const PublicKey& key) {
  nlohmann::ordered_json j;
  j["kind"] = kPublicKeyKind;
  j["version"] = 1;
  j["algorithm"] = "ECDH-P256";
  j["name"] = key.name;
  j["employee_no"] = key.employee_no;
  j["spki"] = base64(key.spki);
  j["fingerprint"] = store::fingerprint_hex(key.fingerprint);
  return j.dump(2) + "\n";
}

Result<PublicKey> parse_public_key_json(std::string_view text) {
  const auto bad = store::envelope_problem("bad_public_key");
  const auto j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return bad;
  auto str = [&](const char* k) -> std::optional<std::string> {
    auto it = j.find(k);
    if (it == j.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
  };
  const auto kind = str("kind"), algorithm = str("algorithm"), spki64 = str("spki"), fp = str("fingerprint");
  const auto version = j.find("version");
  if (kind != kPublicKeyKind || algorithm != "ECDH-P256" || !spki64 || !fp || version == j.end() ||
      !version->is_number_integer() || version->get<int64_t>() != 1)
    return bad;
  auto spki = unbase64(*spki64);
  if (!spki || !import_spki(*spki)) return bad;
  PublicKey key;
  key.spki = std::move(*spki);
  key.fingerprint = fingerprint_of(key.spki);
  // The fingerprint is what people compare by eye: it must be this key's.
  if (store::fingerprint_hex(key.fingerprint) != *fp) return bad;
  key.name = str("name").value_or("");
  key.employee_no = str("employee_no").value_or("");
  return key;
}

std::string private_key_pem(const PrivateKey& key, std::string_view passphrase) {
  Pkey pkey = own_pkey(key);
  std::unique_ptr<PKCS8_PRIV_KEY_INFO, decltype(&PKCS8_PRIV_KEY_INFO_free)> info(EVP_PKEY2PKCS8(pkey.get()),
                                                                               &PKCS8_PRIV_KEY_INFO_free);
  check(info != nullptr, "EVP_PKEY2PKCS8");
  // PBES2 with AES-256-CBC (PRF HMAC-SHA256, OpenSSL 3's default); OpenSSL's
  // default of 2048 rounds is raised to the store's floor.
  const std::string pass(passphrase);
  X509_SIG* sig = PKCS8_encrypt(-1, EVP_aes_256_cbc(), pass.c_str(), static_cast<int>(pass.size()), nullptr, 0,
                                static_cast<int>(store::kMinIterations), info.get());
  check(sig != nullptr, "PKCS8_encrypt");
  std::unique_ptr<X509_SIG, decltype(&X509_SIG_free)> p8(sig, &X509_SIG_free);
  Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
  check(bio != nullptr && PEM_write_bio_PKCS8(bio.get(), p8.get()), "PEM_write_bio_PKCS8");
  char* data = nullptr;
  const long n = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<size_t>(n));
}

Result<PrivateKey> load_private_key_pem(std::string_view pem, std::string_view passphrase) {
  Bio bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
  check(bio != nullptr, "BIO_new_mem_buf");
  std::string pass(passphrase);
  EVP_PKEY* raw = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, pass.data());
  OPENSSL_cleanse(pass.data(), pass.size());
  ERR_clear_error();
  if (!raw) return store::envelope_problem("bad_private_key");
  PrivateKey key = wrap(raw);
  if (!import_spki(key.pub.spki)) return store::envelope_problem("bad_private_key");
  return key;
}

Result<std::string> seal_to(const PublicKey& to, const store::SenderIdentity& sender, std::string_view bundle) {
  Pkey peer = import_spki(to.spki);
  if (!peer) return store::envelope_problem("bad_public_key");
  Pkey eph(EVP_EC_gen("P-256"), &EVP_PKEY_free);
  check(eph != nullptr, "EVP_EC_gen");
  const std::string eph_spki = spki_of(eph.get());
  store::SealedHeader s;
  s.recipient = fingerprint_of(to.spki);
  std::copy(eph_spki.begin() + 26, eph_spki.end(), s.ephemeral.begin());
  const std::string hash = sha256(bundle);
  std::copy(hash.begin(), hash.end(), s.content_hash.begin());
  s.sender = sender;
  check(RAND_bytes(s.base.salt.data(), static_cast<int>(s.base.salt.size())), "RAND_bytes");
  check(RAND_bytes(s.base.nonce.data(), static_cast<int>(s.base.nonce.size())), "RAND_bytes");
  s.base.segment_size = store::kSegmentSize;
  s.base.plaintext_length = bundle.size();
  std::string out = store::encode_sealed_header(s);
  const Key key = sealed_key(ecdh(eph.get(), peer.get()), s);
  const size_t head = out.size();
  const uint64_t segments = store::segment_count(s.base);
  out.resize(head + bundle.size() + segments * store::kTagSize);
  const std::string aad = out.substr(0, head);
  for (uint64_t i = 0; i < segments; ++i) {
    const auto [at, len] = segment_span(s.base, i);
    seal_segment(key, store::segment_nonce(s.base.nonce, static_cast<uint32_t>(i)), aad, bundle.substr(at, len),
                 u8(out) + head + at + i * store::kTagSize);
  }
  return out;
}

Result<std::string> open_sealed(const PrivateKey& key, std::string_view file, store::SealedHeader* header) {
  auto s = store::parse_sealed(file);
  if (!s) return s.problem();
  if (header) *header = s.value();
  // Before any decryption: a file for someone else says so, naming both keys.
  if (s->recipient != key.pub.fingerprint) return store::wrong_key_problem(s->recipient, key.pub.fingerprint);
  std::string eph_spki(reinterpret_cast<const char*>(kP256SpkiPrefix), sizeof kP256SpkiPrefix);
  eph_spki.append(reinterpret_cast<const char*>(s->ephemeral.data()), s->ephemeral.size());
  Pkey peer = import_spki(eph_spki);
  if (!peer) return store::envelope_problem("corrupt_header");
  Pkey own = own_pkey(key);
  const Key aes = sealed_key(ecdh(own.get(), peer.get()), s.value());
  const store::EnvelopeHeader& h = s->base;
  const std::string_view aad = file.substr(0, h.header_size);
  std::string out(h.plaintext_length, '\0');
  const uint64_t segments = store::segment_count(h);
  for (uint64_t i = 0; i < segments; ++i) {
    const auto [at, len] = segment_span(h, i);
    const std::string_view sealed = file.substr(h.header_size + at + i * store::kTagSize, len + store::kTagSize);
    if (!open_segment(aes, store::segment_nonce(h.nonce, static_cast<uint32_t>(i)), aad, sealed, u8(out) + at)) {
      OPENSSL_cleanse(out.data(), out.size());
      return store::envelope_problem("corrupted");
    }
  }
  const std::string hash = sha256(out);
  if (CRYPTO_memcmp(hash.data(), s->content_hash.data(), store::kHashSize) != 0) {
    OPENSSL_cleanse(out.data(), out.size());
    return store::envelope_problem("corrupted");
  }
  return out;
}

}  // namespace rm::native
