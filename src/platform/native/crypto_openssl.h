// The native sealer for the envelope format (store/envelope.h), on OpenSSL 3:
// PBKDF2-HMAC-SHA256 to derive the key, AES-256-GCM with the 64-byte header
// as additional data, RAND_bytes for salts and nonces. web/js/envelope.js is
// the browser's twin; tests/interop proves each opens the other's files.
#pragma once
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

}  // namespace rm::native
