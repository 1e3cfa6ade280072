// The envelope: the binary wrapper around every file RM Planner stores (the
// key file, each snapshot, each journal entry). One format, two sealers —
// WebCrypto in the browser (web/js/envelope.js) and OpenSSL natively
// (platform/native/crypto_openssl) — so either can read what the other wrote.
//
// This file is the pure half: header layout, strict parsing, the plain
// (unencrypted, demo-only) variant and the error messages. It performs no
// cryptography itself, so it builds for wasm32 without a crypto library; the
// sealers use the header bytes from here as AES-GCM additional data, which is
// what makes every header field tamper-evident.
//
// Layout (little-endian, byte offsets; docs/storage.md has the full table):
//    0  4  magic "RMPL"             32 12  nonce
//    4  2  format version (1 or 2)  44  4  segment size (version 2), else zero
//    6  2  header size (64)         48  8  sequence number
//    8  1  flags (bit 0 encrypted)  56  8  plaintext length
//    9  1  payload kind             64 ..  payload, then trailer:
//   10  1  KDF id                     version 1 encrypted: ciphertext + one 16-byte GCM tag
//   11  1  cipher id                  version 2 encrypted: segments, each ciphertext + tag
//   12  4  KDF iterations             plain (always version 1): plaintext + CRC-32
//   16 16  salt
//
// Version 3 is only the sealed kind (a bundle sealed to a recipient's public
// key, docs/data-format.md "Sealed to a public key"): the same first 64 bytes,
// then a header extension (recipient fingerprint, ephemeral public key,
// content hash, sender identity) whose length is the header size; the whole
// header is the AES-GCM additional data. Payload as in version 2.
//
// Version 2 seals the payload in segments of the header's segment size, each
// its own AES-GCM message (nonce = the header's nonce with its last four
// bytes XORed with the segment's big-endian index; additional data = the
// header). A reader decrypts segments in parallel and in pieces, which in the
// browser is 4× faster than one 12 MB WebCrypto call (docs/storage.md).
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/problem.h"

namespace rm::store {

// backup: a whole book exported as bundle JSON (docs/storage.md, "Backups"),
// sealed under the book's key (its KDF parameters in the header) or under an
// export passphrase with a fresh salt; either way the file alone says how to
// derive its key, so it opens anywhere with that passphrase. Its seq is 0.
// sealed: a bundle sealed to a public key (ECDH P-256, envelope version 3
// only); its key comes from the recipient's private key, not a passphrase.
enum class PayloadKind : uint8_t { snapshot = 1, journal = 2, key_check = 3, backup = 4, sealed = 5 };
inline constexpr uint8_t kLastPayloadKind = 5;
enum class KdfId : uint8_t { none = 0, pbkdf2_sha256 = 1, ecdh_p256_hkdf_sha256 = 2 };
enum class CipherId : uint8_t { none = 0, aes_256_gcm = 1 };

inline constexpr uint16_t kEnvelopeVersion = 2;  // the newest version read and written
inline constexpr uint16_t kWholeVersion = 1;     // one GCM message; plain files always use it
inline constexpr uint16_t kSealedVersion = 3;    // sealed to a public key; read and written
inline constexpr uint16_t kNewestVersion = 3;    // the newest version read
inline constexpr size_t kHeaderSize = 64;
inline constexpr size_t kSaltSize = 16;
inline constexpr size_t kNonceSize = 12;
inline constexpr size_t kKeySize = 32;
inline constexpr size_t kTagSize = 16;  // AES-GCM tag after the ciphertext
inline constexpr size_t kCrcSize = 4;   // CRC-32 after a plain payload
// Version 2's segment size: what the writers use, and the powers of two a
// reader accepts.
inline constexpr uint32_t kSegmentSize = 256u << 10;
inline constexpr uint32_t kMinSegmentSize = 4u << 10;
inline constexpr uint32_t kMaxSegmentSize = 16u << 20;
// OWASP's 2023 figure for PBKDF2-HMAC-SHA256. Enforced when reading too, so a
// planted header with fewer rounds cannot downgrade what an attacker must pay.
inline constexpr uint32_t kMinIterations = 600000;
// Above this a crafted header would freeze the unlock screen for minutes.
inline constexpr uint32_t kMaxIterations = 20000000;
// A book is tens of MB; anything claiming more than this is a damaged header,
// and refusing it early keeps a bad length from driving a huge allocation.
inline constexpr uint64_t kMaxPayload = uint64_t{1} << 31;

using Salt = std::array<uint8_t, kSaltSize>;
using Nonce = std::array<uint8_t, kNonceSize>;

// The sealed kind's header extension (docs/data-format.md).
inline constexpr size_t kFingerprintSize = 32;  // SHA-256 of the recipient's SPKI
inline constexpr size_t kEcPointSize = 65;      // P-256 point, uncompressed (0x04 X Y)
inline constexpr size_t kHashSize = 32;         // SHA-256
inline constexpr size_t kSealedFixedHeader = kHeaderSize + kFingerprintSize + kEcPointSize + kHashSize + 6;
inline constexpr size_t kMaxIdentityField = 1024;  // bytes of UTF-8 per identity field
using Fingerprint = std::array<uint8_t, kFingerprintSize>;
using EcPoint = std::array<uint8_t, kEcPointSize>;
using Hash = std::array<uint8_t, kHashSize>;

struct EnvelopeHeader {
  uint16_t version = kEnvelopeVersion;
  bool encrypted = true;
  PayloadKind kind = PayloadKind::snapshot;
  KdfId kdf = KdfId::pbkdf2_sha256;
  CipherId cipher = CipherId::aes_256_gcm;
  uint32_t iterations = kMinIterations;
  Salt salt{};
  Nonce nonce{};
  uint32_t segment_size = kSegmentSize;  // version 2 only; 0 in version 1
  uint64_t seq = 0;
  uint64_t plaintext_length = 0;
  uint32_t header_size = kHeaderSize;  // more only in version 3 (the extension)
  friend bool operator==(const EnvelopeHeader&, const EnvelopeHeader&) = default;
};

// Who sealed a file to a public key: the exporting manager's name and
// employee number and the book's actor id (the bundle's exported_by).
struct SenderIdentity {
  std::string name;
  std::string employee_no;
  std::string actor_id;
  friend bool operator==(const SenderIdentity&, const SenderIdentity&) = default;
};

struct SealedHeader {
  EnvelopeHeader base;      // version 3, kind sealed, KDF ecdh_p256_hkdf_sha256
  Fingerprint recipient{};  // SHA-256 of the recipient's SubjectPublicKeyInfo (DER)
  EcPoint ephemeral{};      // the sender's one-time public key
  Hash content_hash{};      // SHA-256 of the plaintext bundle
  SenderIdentity sender;
  friend bool operator==(const SealedHeader&, const SealedHeader&) = default;
};

// A sealed file's whole header (64 bytes + extension), also its AES-GCM
// additional data. Sets header_size; the identity fields are cut to
// kMaxIdentityField bytes on a UTF-8 boundary.
std::string encode_sealed_header(SealedHeader& h);
// parse_envelope, then the extension: not_sealed for any other kind.
Result<SealedHeader> parse_sealed(std::string_view file);
// Lowercase hex of a fingerprint, and its first 16 digits in groups of four
// ("3f2a 91c0 7d4e 0b18"), the form the app and the CLI show.
std::string fingerprint_hex(const Fingerprint& f);
std::string short_fingerprint(const Fingerprint& f);
// A sealed file for another key: names both fingerprints (short form).
Problem wrong_key_problem(const Fingerprint& file_key, const Fingerprint& own_key);
// A sealed file and no private key at all.
Problem no_private_key_problem(const Fingerprint& file_key);

// The 64 header bytes exactly as stored; also the AES-GCM additional data.
std::string encode_header(const EnvelopeHeader& h);

// Version 2: the number of segments (at least one, so an empty payload still
// carries a tag), and the nonce of segment INDEX. Version 1 is one segment
// under the header's nonce.
uint64_t segment_count(const EnvelopeHeader& h);
Nonce segment_nonce(const Nonce& base, uint32_t index);

// Checks a whole file: magic, version, every field, and that the file is
// exactly header + payload + trailer long. Codes: not_rm_file, truncated,
// newer_format, corrupt_header, unsupported_kdf, unsupported_cipher, weak_kdf,
// corrupted (bytes beyond the end). Version 3 (sealed) headers are checked
// in full too, extension included.
Result<EnvelopeHeader> parse_envelope(std::string_view file);

// Unencrypted files, only for a store whose owner chose "no encryption" for
// demo data. The CRC catches torn or rotted files; it is no defence against
// deliberate edits, which is why an encrypted store refuses plain files.
std::string seal_plain(PayloadKind kind, uint64_t seq, std::string_view plaintext);
Result<std::string> open_plain(std::string_view file);

// The known value a key file seals. Opening it proves the passphrase.
std::string_view key_check_plaintext();

// What a failed AES-GCM open means depends on what was opened: the key-check
// record says the passphrase is wrong; a backup was opened with a passphrase
// the user just typed, so it says "wrong passphrase or damaged"
// (backup_auth); any other file is damaged or altered.
Problem auth_failure(PayloadKind kind);

// A file's name promises a kind and a sequence number; the authenticated
// header must agree, so renaming or swapping files is detected.
Result<EnvelopeHeader> expect_identity(const EnvelopeHeader& h, PayloadKind kind, uint64_t seq);

// The errors every reader of the format shares, so the browser and the CLI
// word them identically. Codes as listed above plus wrong_passphrase,
// key_mismatch, not_encrypted, is_encrypted, misplaced_file, backup_auth,
// not_backup, is_sealed (a sealed file where a backup is expected),
// not_sealed, bad_public_key, bad_private_key.
Problem envelope_problem(std::string_view code);

uint32_t crc32(std::string_view bytes, uint32_t crc = 0);

// True when FILE starts like an envelope (the magic), so a reader can tell an
// encrypted backup from bundle JSON before asking for a passphrase.
bool looks_like_envelope(std::string_view file);

}  // namespace rm::store
