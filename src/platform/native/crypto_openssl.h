// The native sealer for the envelope format (store/envelope.h), on OpenSSL 3:
// PBKDF2-HMAC-SHA256 to derive the key, AES-256-GCM with the 64-byte header
// as additional data, RAND_bytes for salts and nonces. web/js/envelope.js is
// the browser's twin; tests/interop proves each opens the other's files.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "core/problem.h"
#include "store/envelope.h"

namespace rm::native {

struct KdfParams {
  store::Salt salt{};
  uint32_t iterations = store::kMinIterations;
  friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

// A derived key and the parameters it came from; files sealed under other
// parameters belong to another passphrase (or an earlier one).
class Key {
 public:
  Key() = default;
  Key(const Key&) = default;
  Key& operator=(const Key&) = default;
  ~Key();  // wipes the key bytes: a locked book must not leave its key in memory
  std::array<uint8_t, store::kKeySize> bytes{};
  KdfParams params;
};

// Fresh parameters for a new store or a passphrase change: random salt.
KdfParams new_kdf_params(uint32_t iterations = store::kMinIterations);
std::string random_bytes(size_t n);

// Refuses iterations outside [kMinIterations, kMaxIterations] with weak_kdf /
// corrupt_header. Takes about 0.3 s at the floor; derive once per unlock.
Result<Key> derive_key(std::string_view passphrase_utf8, const KdfParams& params);

// A fresh random nonce per call; the header records kind, seq and the key's
// KDF parameters so the file alone says how to open it.
std::string seal(const Key& key, store::PayloadKind kind, uint64_t seq, std::string_view plaintext);
// Refuses plain files (not_encrypted), files under other KDF parameters
// (key_mismatch) and any failed authentication (wrong_passphrase for the
// key-check record, corrupted for anything else).
Result<std::string> open(const Key& key, std::string_view file);

// key.rmk: the key-check record sealed under a new key.
std::string make_key_file(const Key& key);
// Derives the key from the key file's parameters and proves it by opening the
// key-check record: wrong_passphrase if it does not open.
Result<Key> unlock(std::string_view passphrase_utf8, std::string_view key_file);

// Backups (PayloadKind::backup): the whole book's bundle JSON sealed under a
// passphrase with fresh KDF parameters, so the file opens anywhere with it.
std::string seal_backup(std::string_view passphrase_utf8, std::string_view bundle_json);
// Derives the key from the backup's own header and opens it: not_backup for
// another kind of envelope, not_encrypted for a plain one, backup_auth when
// the passphrase is wrong (or the file was altered).
Result<std::string> open_backup(std::string_view passphrase_utf8, std::string_view file);

// ---- Sealed to a public key (docs/data-format.md, "Sealed to a public key")
// ECDH P-256 with a one-time sender key, HKDF-SHA-256 to an AES-256-GCM key,
// the bundle in 256 KiB segments under envelope version 3. The browser's twin
// is web/js/public_key_seal.js.

// A recipient's public key as the .pub.json file carries it: the SPKI (DER,
// the 91-byte P-256 form), its fingerprint, and whose key it is.
struct PublicKey {
  std::string spki;
  store::Fingerprint fingerprint{};
  std::string name;
  std::string employee_no;
};

// A private key held in memory (OpenSSL frees and wipes it).
class PrivateKey {
 public:
  std::shared_ptr<void> pkey;  // EVP_PKEY
  PublicKey pub;               // its public half (name and number empty)
};

std::string sha256(std::string_view bytes);
store::Fingerprint fingerprint_of(std::string_view spki);

// A fresh P-256 key pair; PUB carries NAME and EMPLOYEE_NO.
PrivateKey generate_key_pair(std::string_view name, std::string_view employee_no);
// The .pub.json text: {"kind":"rmplanner-public-key","version":1,
// "algorithm":"ECDH-P256","name","employee_no","spki" (base64),"fingerprint" (hex)}.
std::string public_key_json(const PublicKey& key);
// Checks kind, version, algorithm, that the SPKI is a P-256 point on the curve
// and that the fingerprint is its SHA-256: bad_public_key otherwise.
Result<PublicKey> parse_public_key_json(std::string_view text);
// The private key as an encrypted PKCS#8 PEM (AES-256-CBC, key by
// PBKDF2-HMAC-SHA256 with kMinIterations rounds): never written in clear.
std::string private_key_pem(const PrivateKey& key, std::string_view passphrase);
// bad_private_key for a wrong passphrase or a key that is not P-256.
Result<PrivateKey> load_private_key_pem(std::string_view pem, std::string_view passphrase);

// Seals BUNDLE to TO (a fresh ephemeral key, salt and nonce per call).
// Refuses a malformed public key with bad_public_key.
Result<std::string> seal_to(const PublicKey& to, const store::SenderIdentity& sender, std::string_view bundle);
// Opens a sealed file: the envelope's own codes (truncated, newer_format,
// corrupt_header…), not_sealed for another kind, wrong_key (naming both
// fingerprints) when it is for another key, corrupted when a tag or the
// content hash does not verify. HEADER, when given, receives the header.
Result<std::string> open_sealed(const PrivateKey& key, std::string_view file, store::SealedHeader* header = nullptr);

}  // namespace rm::native
