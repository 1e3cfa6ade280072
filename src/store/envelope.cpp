#include "store/envelope.h"

#include <algorithm>

namespace rm::store {
namespace {

constexpr char kMagic[4] = {'R', 'M', 'P', 'L'};
constexpr uint8_t kFlagEncrypted = 0x01;

struct Message {
  const char* code;
  const char* en;
  const char* zh;
};

// One table so the wording is reviewed in one place; web/js/envelope.js
// carries the same table.
constexpr Message kMessages[] = {
    {"not_rm_file", "This is not an RM Planner data file.", "这不是客户经理工作台的数据文件。"},
    {"truncated", "The file is incomplete; it was cut off while being saved or copied.",
     "文件不完整，可能在保存或复制时被中断。"},
    {"newer_format", "This file was made by a newer RM Planner. Update the app to open it.",
     "此文件由更新版本的客户经理工作台创建，请更新应用后再打开。"},
    {"corrupt_header", "The file's header is damaged.", "文件头已损坏。"},
    {"unsupported_kdf", "The file uses a key derivation method this version does not support.",
     "文件使用了本版本不支持的密钥派生方式。"},
    {"unsupported_cipher", "The file uses an encryption method this version does not support.",
     "文件使用了本版本不支持的加密方式。"},
    {"weak_kdf",
     "The file's key protection is weaker than allowed (fewer than 600,000 PBKDF2 rounds); refused.",
     "文件的密钥保护强度低于要求（PBKDF2 迭代次数少于 600,000 次），已拒绝打开。"},
    {"wrong_passphrase", "Wrong passphrase.", "口令不正确。"},
    {"corrupted", "The file is damaged or was altered, so it cannot be read.",
     "文件已损坏或被改动，无法读取。"},
    {"key_mismatch", "This file was encrypted under a different passphrase.",
     "此文件是用另一个口令加密的。"},
    {"not_encrypted", "This file is not encrypted, but this data store is; refused.",
     "此文件未加密，而当前数据已启用加密，已拒绝读取。"},
    {"is_encrypted", "This file is encrypted; unlock it with the passphrase first.",
     "此文件已加密，请先输入口令解锁。"},
    {"backup_auth", "Wrong passphrase, or the backup file is damaged; nothing was imported.",
     "口令不正确，或备份文件已损坏；未导入任何内容。"},
    {"not_backup", "This RM Planner file is not a backup (it is one of the app's own storage files).",
     "这不是备份文件（而是应用自身的存储文件）。"},
    {"misplaced_file", "The file's contents do not match its name; it may have been renamed or swapped.",
     "文件内容与文件名不符，可能被改名或替换。"},
    {"is_sealed", "This file is encrypted to a public key; open it with that key's private key.",
     "此文件是用公钥加密的，需要用对应的私钥打开。"},
    {"not_sealed", "This RM Planner file is not encrypted to a public key.", "此文件不是用公钥加密的文件。"},
    {"bad_public_key", "This is not a valid RM Planner public key file.", "这不是有效的客户经理工作台公钥文件。"},
    {"bad_private_key", "The private key file cannot be read: wrong passphrase, or not an RM Planner P-256 key.",
     "无法读取私钥文件：口令不正确，或不是客户经理工作台的 P-256 私钥。"},
};

void put_le(std::string& out, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

uint64_t get_le(std::string_view in, size_t at, int bytes) {
  uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<uint8_t>(in[at + static_cast<size_t>(i)]);
  return v;
}

bool valid_segment_size(uint32_t s) {
  return s >= kMinSegmentSize && s <= kMaxSegmentSize && (s & (s - 1)) == 0;
}

// Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF), the
// rule of the browser's TextDecoder with fatal: true, so both readers refuse
// the same identity bytes.
bool valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<uint8_t>(s[i]);
    size_t n = 0;
    uint32_t cp = 0, min = 0;
    if (b < 0x80) { ++i; continue; }
    if ((b & 0xe0) == 0xc0) n = 1, cp = b & 0x1fu, min = 0x80;
    else if ((b & 0xf0) == 0xe0) n = 2, cp = b & 0x0fu, min = 0x800;
    else if ((b & 0xf8) == 0xf0) n = 3, cp = b & 0x07u, min = 0x10000;
    else return false;
    if (s.size() - i <= n) return false;  // cut off inside the sequence
    for (size_t k = 1; k <= n; ++k) {
      const auto c = static_cast<uint8_t>(s[i + k]);
      if ((c & 0xc0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3fu);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += n + 1;
  }
  return true;
}

// The longest prefix of S of at most MAX bytes that ends on a code point.
std::string_view cut_utf8(std::string_view s, size_t max) {
  if (s.size() <= max) return s;
  size_t end = max;
  while (end > 0 && (static_cast<uint8_t>(s[end]) & 0xc0) == 0x80) --end;
  return s.substr(0, end);
}

template <size_t N>
bool all_zero(const std::array<uint8_t, N>& a) {
  return std::all_of(a.begin(), a.end(), [](uint8_t b) { return b == 0; });
}

}  // namespace

Problem envelope_problem(std::string_view code) {
  for (const auto& m : kMessages)
    if (code == m.code) return Problem{m.code, "", m.en, m.zh};
  return Problem{std::string(code), "", std::string(code), std::string(code)};
}

std::string encode_header(const EnvelopeHeader& h) {
  std::string out(kMagic, sizeof kMagic);
  put_le(out, h.version, 2);
  put_le(out, h.version == kSealedVersion ? h.header_size : kHeaderSize, 2);
  out.push_back(static_cast<char>(h.encrypted ? kFlagEncrypted : 0));
  out.push_back(static_cast<char>(h.kind));
  out.push_back(static_cast<char>(h.kdf));
  out.push_back(static_cast<char>(h.cipher));
  put_le(out, h.iterations, 4);
  out.append(reinterpret_cast<const char*>(h.salt.data()), h.salt.size());
  out.append(reinterpret_cast<const char*>(h.nonce.data()), h.nonce.size());
  put_le(out, h.version >= 2 ? h.segment_size : 0, 4);
  put_le(out, h.seq, 8);
  put_le(out, h.plaintext_length, 8);
  return out;
}

namespace {

// The identity fields of a sealed header: three u16-length-prefixed UTF-8
// strings starting at kSealedFixedHeader - 6. False when they do not fill
// the header exactly or are not text.
bool read_identity(std::string_view header, SenderIdentity* out) {
  size_t at = kSealedFixedHeader - 6;
  std::string* fields[3] = {nullptr, nullptr, nullptr};
  if (out) fields[0] = &out->name, fields[1] = &out->employee_no, fields[2] = &out->actor_id;
  for (auto* field : fields) {
    if (at + 2 > header.size()) return false;
    const size_t len = get_le(header, at, 2);
    at += 2;
    if (len > kMaxIdentityField || at + len > header.size()) return false;
    const std::string_view text = header.substr(at, len);
    if (!valid_utf8(text)) return false;
    if (field) field->assign(text);
    at += len;
  }
  return at == header.size();
}

Result<EnvelopeHeader> parse_any(std::string_view f, SealedHeader* sealed) {
  // A file cut short inside the magic is a torn write of ours, not a stranger's file.
  const size_t magic_seen = std::min(f.size(), sizeof kMagic);
  if (f.substr(0, magic_seen) != std::string_view(kMagic, magic_seen)) return envelope_problem("not_rm_file");
  if (f.size() < 8) return envelope_problem("truncated");

  EnvelopeHeader h;
  h.version = static_cast<uint16_t>(get_le(f, 4, 2));
  // Checked before anything else: a newer version may lay out its header differently.
  if (h.version > kNewestVersion) return envelope_problem("newer_format");
  const bool v3 = h.version == kSealedVersion;
  h.header_size = static_cast<uint32_t>(get_le(f, 6, 2));
  if (h.version == 0) return envelope_problem("corrupt_header");
  if (v3 ? h.header_size < kSealedFixedHeader || h.header_size > kSealedFixedHeader + 3 * kMaxIdentityField
         : h.header_size != kHeaderSize)
    return envelope_problem("corrupt_header");
  if (f.size() < h.header_size) return envelope_problem("truncated");

  const uint8_t flags = static_cast<uint8_t>(f[8]);
  const uint8_t kind = static_cast<uint8_t>(f[9]);
  const uint8_t kdf = static_cast<uint8_t>(f[10]);
  const uint8_t cipher = static_cast<uint8_t>(f[11]);
  if ((flags & ~kFlagEncrypted) != 0) return envelope_problem("corrupt_header");
  h.segment_size = static_cast<uint32_t>(get_le(f, 44, 4));
  if (h.version == kWholeVersion ? h.segment_size != 0 : !valid_segment_size(h.segment_size) || flags == 0)
    return envelope_problem("corrupt_header");
  // The sealed kind exists only in version 3, and version 3 holds only it.
  if (kind < 1 || kind > kLastPayloadKind || v3 != (kind == static_cast<uint8_t>(PayloadKind::sealed)))
    return envelope_problem("corrupt_header");
  h.encrypted = (flags & kFlagEncrypted) != 0;
  h.kind = static_cast<PayloadKind>(kind);
  h.kdf = static_cast<KdfId>(kdf);
  h.cipher = static_cast<CipherId>(cipher);
  h.iterations = static_cast<uint32_t>(get_le(f, 12, 4));
  std::copy_n(reinterpret_cast<const uint8_t*>(f.data()) + 16, kSaltSize, h.salt.begin());
  std::copy_n(reinterpret_cast<const uint8_t*>(f.data()) + 32, kNonceSize, h.nonce.begin());
  h.seq = get_le(f, 48, 8);
  h.plaintext_length = get_le(f, 56, 8);

  if (v3) {
    if (h.kdf != KdfId::ecdh_p256_hkdf_sha256) return envelope_problem("unsupported_kdf");
    if (h.cipher != CipherId::aes_256_gcm) return envelope_problem("unsupported_cipher");
    // No passphrase rounds, and one file per export (seq 0).
    if (h.iterations != 0 || h.seq != 0) return envelope_problem("corrupt_header");
  } else if (h.encrypted) {
    if (h.kdf != KdfId::pbkdf2_sha256) return envelope_problem("unsupported_kdf");
    if (h.cipher != CipherId::aes_256_gcm) return envelope_problem("unsupported_cipher");
    if (h.iterations < kMinIterations) return envelope_problem("weak_kdf");
    if (h.iterations > kMaxIterations) return envelope_problem("corrupt_header");
  } else if (kdf != 0 || cipher != 0 || h.iterations != 0 || !all_zero(h.salt) || !all_zero(h.nonce)) {
    // Plain files carry no key material; anything there means damage.
    return envelope_problem("corrupt_header");
  }
  if (h.plaintext_length > kMaxPayload) return envelope_problem("corrupt_header");
  if (v3) {
    const std::string_view header = f.substr(0, h.header_size);
    // An uncompressed point; whether it lies on the curve is the key import's check.
    if (static_cast<uint8_t>(header[kHeaderSize + kFingerprintSize]) != 0x04) return envelope_problem("corrupt_header");
    if (!read_identity(header, sealed ? &sealed->sender : nullptr)) return envelope_problem("corrupt_header");
    if (sealed) {
      const auto* b = reinterpret_cast<const uint8_t*>(header.data()) + kHeaderSize;
      std::copy_n(b, kFingerprintSize, sealed->recipient.begin());
      std::copy_n(b + kFingerprintSize, kEcPointSize, sealed->ephemeral.begin());
      std::copy_n(b + kFingerprintSize + kEcPointSize, kHashSize, sealed->content_hash.begin());
    }
  }
  const uint64_t expected =
      h.header_size + h.plaintext_length + (h.encrypted ? kTagSize * segment_count(h) : kCrcSize);
  if (f.size() < expected) return envelope_problem("truncated");
  if (f.size() > expected) return envelope_problem("corrupted");
  if (sealed) sealed->base = h;
  return h;
}

}  // namespace

Result<EnvelopeHeader> parse_envelope(std::string_view f) { return parse_any(f, nullptr); }

Result<SealedHeader> parse_sealed(std::string_view f) {
  SealedHeader s;
  auto h = parse_any(f, &s);
  if (!h) return h.problem();
  if (h->kind != PayloadKind::sealed) return envelope_problem("not_sealed");
  return s;
}

std::string encode_sealed_header(SealedHeader& s) {
  EnvelopeHeader& h = s.base;
  h.version = kSealedVersion;
  h.encrypted = true;
  h.kind = PayloadKind::sealed;
  h.kdf = KdfId::ecdh_p256_hkdf_sha256;
  h.cipher = CipherId::aes_256_gcm;
  h.iterations = 0;
  h.seq = 0;
  for (std::string* field : {&s.sender.name, &s.sender.employee_no, &s.sender.actor_id})
    *field = std::string(cut_utf8(*field, kMaxIdentityField));
  h.header_size = static_cast<uint32_t>(kSealedFixedHeader + s.sender.name.size() + s.sender.employee_no.size() +
                                        s.sender.actor_id.size());
  std::string out = encode_header(h);
  out.append(reinterpret_cast<const char*>(s.recipient.data()), s.recipient.size());
  out.append(reinterpret_cast<const char*>(s.ephemeral.data()), s.ephemeral.size());
  out.append(reinterpret_cast<const char*>(s.content_hash.data()), s.content_hash.size());
  for (const std::string* field : {&s.sender.name, &s.sender.employee_no, &s.sender.actor_id}) {
    put_le(out, field->size(), 2);
    out.append(*field);
  }
  return out;
}

std::string fingerprint_hex(const Fingerprint& f) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (uint8_t b : f) out += kHex[b >> 4], out += kHex[b & 15];
  return out;
}

std::string short_fingerprint(const Fingerprint& f) {
  const std::string hex = fingerprint_hex(f);
  return hex.substr(0, 4) + ' ' + hex.substr(4, 4) + ' ' + hex.substr(8, 4) + ' ' + hex.substr(12, 4);
}

Problem wrong_key_problem(const Fingerprint& file_key, const Fingerprint& own_key) {
  const std::string file_fp = short_fingerprint(file_key), own_fp = short_fingerprint(own_key);
  return Problem{"wrong_key", "",
                 "This file is for another key (fingerprint " + file_fp + "); this key's fingerprint is " + own_fp +
                     ". Nothing was imported.",
                 "此文件是加密给另一把密钥的（指纹 " + file_fp + "），本机密钥的指纹是 " + own_fp + "；未导入任何内容。"};
}

Problem no_private_key_problem(const Fingerprint& file_key) {
  const std::string fp = short_fingerprint(file_key);
  return Problem{"no_private_key", "",
                 "This file is encrypted to a public key (fingerprint " + fp +
                     ") and there is no private key here to open it. Nothing was imported.",
                 "此文件是用公钥加密的（指纹 " + fp + "），这里没有对应的私钥，无法打开；未导入任何内容。"};
}

uint64_t segment_count(const EnvelopeHeader& h) {
  if (h.version == kWholeVersion || h.segment_size == 0) return 1;
  return std::max<uint64_t>(1, (h.plaintext_length + h.segment_size - 1) / h.segment_size);
}

Nonce segment_nonce(const Nonce& base, uint32_t index) {
  Nonce n = base;
  for (int i = 0; i < 4; ++i) n[kNonceSize - 1 - static_cast<size_t>(i)] ^= static_cast<uint8_t>(index >> (8 * i));
  return n;
}

std::string seal_plain(PayloadKind kind, uint64_t seq, std::string_view plaintext) {
  EnvelopeHeader h;
  h.version = kWholeVersion;  // plain files have no segments
  h.segment_size = 0;
  h.encrypted = false;
  h.kind = kind;
  h.kdf = KdfId::none;
  h.cipher = CipherId::none;
  h.iterations = 0;
  h.seq = seq;
  h.plaintext_length = plaintext.size();
  std::string out = encode_header(h);
  out.append(plaintext);
  put_le(out, crc32(out), 4);
  return out;
}

Result<std::string> open_plain(std::string_view file) {
  auto h = parse_envelope(file);
  if (!h) return h.problem();
  if (h->encrypted) return envelope_problem("is_encrypted");
  const size_t body = kHeaderSize + h->plaintext_length;
  if (crc32(file.substr(0, body)) != get_le(file, body, 4)) return envelope_problem("corrupted");
  return std::string(file.substr(kHeaderSize, h->plaintext_length));
}

std::string_view key_check_plaintext() { return "RM Planner key check v1"; }

Problem auth_failure(PayloadKind kind) {
  if (kind == PayloadKind::backup) return envelope_problem("backup_auth");
  return envelope_problem(kind == PayloadKind::key_check ? "wrong_passphrase" : "corrupted");
}

bool looks_like_envelope(std::string_view file) { return file.substr(0, sizeof kMagic) == std::string_view(kMagic, sizeof kMagic); }

Result<EnvelopeHeader> expect_identity(const EnvelopeHeader& h, PayloadKind kind, uint64_t seq) {
  if (h.kind != kind || h.seq != seq) return envelope_problem("misplaced_file");
  return h;
}

uint32_t crc32(std::string_view bytes, uint32_t crc) {
  // Table-driven: a plain demo book can be tens of MB and is checked on every open.
  static constexpr auto table = [] {
    std::array<uint32_t, 256> t{};
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
      t[i] = c;
    }
    return t;
  }();
  crc = ~crc;
  for (char c : bytes) crc = table[(crc ^ static_cast<uint8_t>(c)) & 0xffu] ^ (crc >> 8);
  return ~crc;
}

}  // namespace rm::store
