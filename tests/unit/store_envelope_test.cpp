// The envelope's pure half: header layout and strict parsing. Runs natively
// and under Node as WASM, so both builds agree on what a valid file is.
#include <catch_amalgamated.hpp>

#include <utility>
#include <vector>

#include "store/envelope.h"

using namespace rm::store;

namespace {

EnvelopeHeader encrypted_header(uint64_t seq, uint64_t len) {
  EnvelopeHeader h;
  h.kind = PayloadKind::journal;
  h.iterations = 650000;
  for (size_t i = 0; i < h.salt.size(); ++i) h.salt[i] = static_cast<uint8_t>(i + 1);
  for (size_t i = 0; i < h.nonce.size(); ++i) h.nonce[i] = static_cast<uint8_t>(0xA0 + i);
  h.seq = seq;
  h.plaintext_length = len;
  return h;
}

// A syntactically valid encrypted file; its ciphertext is noise, which is all
// the parser may look at.
std::string encrypted_file(const EnvelopeHeader& h) {
  return encode_header(h) + std::string(h.plaintext_length + kTagSize * segment_count(h), '\x5a');
}

std::string code_of(std::string_view file) {
  auto r = parse_envelope(file);
  return r ? std::string("ok") : r.problem().code;
}

void put_u32(std::string& f, size_t at, uint32_t v) {
  for (int i = 0; i < 4; ++i) f[at + static_cast<size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xff);
}

}  // namespace

TEST_CASE("envelope header is 64 little-endian bytes at fixed offsets", "[store][envelope]") {
  const EnvelopeHeader h = encrypted_header(0x0102030405060708ull, 300);
  const std::string b = encode_header(h);
  REQUIRE(b.size() == kHeaderSize);
  CHECK(b.substr(0, 4) == "RMPL");
  CHECK(b[4] == 2);
  CHECK(b[5] == 0);
  CHECK(static_cast<uint8_t>(b[6]) == 64);
  CHECK(b[8] == 1);  // encrypted
  CHECK(b[9] == 2);  // journal
  CHECK(b[10] == 1);
  CHECK(b[11] == 1);
  CHECK(static_cast<uint8_t>(b[12]) == (650000 & 0xff));
  CHECK(b[16] == 1);
  CHECK(static_cast<uint8_t>(b[32]) == 0xA0);
  CHECK(b.substr(44, 4) == std::string("\0\0\4\0", 4));  // 256 KiB segments
  CHECK(b[48] == 8);
  CHECK(b[55] == 1);
  CHECK(static_cast<uint8_t>(b[56]) == 300 % 256);
  CHECK(b[57] == 1);

  auto parsed = parse_envelope(encrypted_file(h));
  REQUIRE(parsed.ok());
  CHECK(parsed.value() == h);
}

TEST_CASE("envelope parser names each way a file can be wrong", "[store][envelope]") {
  const std::string good = encrypted_file(encrypted_header(7, 10));
  CHECK(code_of(good) == "ok");

  CHECK(code_of("") == "truncated");
  CHECK(code_of("RM") == "truncated");
  CHECK(code_of("{\"clients\": []}") == "not_rm_file");
  CHECK(code_of("PK\x03\x04 zip archive") == "not_rm_file");
  CHECK(code_of(good.substr(0, 6)) == "truncated");
  CHECK(code_of(good.substr(0, 63)) == "truncated");
  CHECK(code_of(good.substr(0, good.size() - 1)) == "truncated");
  CHECK(code_of(good + "x") == "corrupted");

  std::string f = good;
  f[4] = 4;  // version 3 is the sealed kind's (docs/data-format.md); 4 is unknown
  CHECK(code_of(f) == "newer_format");
  CHECK(code_of(f.substr(0, 10)) == "newer_format");  // even when its header is shaped differently
  f = good, f[4] = 0;
  CHECK(code_of(f) == "corrupt_header");
  f = good, f[6] = 65;
  CHECK(code_of(f) == "corrupt_header");
  f = good, f[8] = 3;  // an unknown flag
  CHECK(code_of(f) == "corrupt_header");
  f = good, f[9] = 0;
  CHECK(code_of(f) == "corrupt_header");
  f = good, f[9] = 5;  // the sealed kind exists only in version 3
  CHECK(code_of(f) == "corrupt_header");
  f = good, f[9] = 6;  // past the last kind (5, sealed)
  CHECK(code_of(f) == "corrupt_header");
  f = good, f[4] = 3;  // version 3 with a 64-byte header: no sealed extension
  CHECK(code_of(f) == "corrupt_header");
  f = good, f[10] = 2;
  CHECK(code_of(f) == "unsupported_kdf");
  f = good, f[11] = 9;
  CHECK(code_of(f) == "unsupported_cipher");
  f = good, f[45] = 1;  // a segment size that is no power of two
  CHECK(code_of(f) == "corrupt_header");
  f = good, put_u32(f, 44, kMinSegmentSize / 2);
  CHECK(code_of(f) == "corrupt_header");
  f = good, put_u32(f, 44, kMaxSegmentSize * 2);
  CHECK(code_of(f) == "corrupt_header");
  f = good, put_u32(f, 44, 0);
  CHECK(code_of(f) == "corrupt_header");
  f = good, f[63] = 1;  // plaintext length 2^56
  CHECK(code_of(f) == "corrupt_header");
}

TEST_CASE("version 2 has one tag per segment; version 1 one tag and no segment size", "[store][envelope]") {
  EnvelopeHeader h = encrypted_header(3, 0);
  CHECK(segment_count(h) == 1);  // an empty payload still carries a tag
  for (const auto& c : std::vector<std::pair<uint64_t, uint64_t>>{
           {1, 1}, {kSegmentSize - 1, 1}, {kSegmentSize, 1}, {kSegmentSize + 1, 2}, {5 * kSegmentSize, 5}}) {
    const uint64_t len = c.first, segments = c.second;
    h.plaintext_length = len;
    INFO("length " << len);
    CHECK(segment_count(h) == segments);
    const std::string f = encrypted_file(h);
    CHECK(f.size() == kHeaderSize + len + segments * kTagSize);
    CHECK(code_of(f) == "ok");
    CHECK(code_of(f.substr(0, f.size() - 1)) == "truncated");
    CHECK(code_of(f + std::string(kTagSize, '\0')) == "corrupted");  // an extra segment's worth
  }

  // Version 1 (the files written before segments): one tag, and the segment field zero.
  EnvelopeHeader v1 = encrypted_header(4, 3 * kSegmentSize);
  v1.version = kWholeVersion;
  v1.segment_size = 0;
  const std::string f1 = encrypted_file(v1);
  CHECK(f1.size() == kHeaderSize + 3 * kSegmentSize + kTagSize);
  CHECK(code_of(f1) == "ok");
  std::string bad = f1;
  put_u32(bad, 44, kSegmentSize);
  CHECK(code_of(bad) == "corrupt_header");

  // Segments exist only when encrypted.
  std::string plain_v2 = seal_plain(PayloadKind::journal, 1, "x");
  CHECK(code_of(plain_v2) == "ok");
  plain_v2[4] = 2;
  put_u32(plain_v2, 44, kSegmentSize);
  CHECK(code_of(plain_v2) == "corrupt_header");
}

TEST_CASE("each segment has its own nonce: the header's, its last four bytes XOR the index", "[store][envelope]") {
  Nonce base{};
  for (size_t i = 0; i < base.size(); ++i) base[i] = static_cast<uint8_t>(0x10 * i);
  CHECK(segment_nonce(base, 0) == base);
  const Nonce n = segment_nonce(base, 0x01020304);
  for (size_t i = 0; i < 8; ++i) CHECK(n[i] == base[i]);
  CHECK(n[8] == (base[8] ^ 0x01));
  CHECK(n[9] == (base[9] ^ 0x02));
  CHECK(n[10] == (base[10] ^ 0x03));
  CHECK(n[11] == (base[11] ^ 0x04));
}

TEST_CASE("envelope refuses iteration counts below the floor", "[store][envelope]") {
  std::string f = encrypted_file(encrypted_header(1, 0));
  put_u32(f, 12, kMinIterations - 1);
  CHECK(code_of(f) == "weak_kdf");
  put_u32(f, 12, 1000);
  CHECK(code_of(f) == "weak_kdf");
  put_u32(f, 12, kMinIterations);
  CHECK(code_of(f) == "ok");
  put_u32(f, 12, kMaxIterations + 1);
  CHECK(code_of(f) == "corrupt_header");
}

TEST_CASE("plain envelope round-trips and detects damage", "[store][envelope]") {
  const std::string text = "{\"clients\":[{\"name\":\"王小明\"}]}";
  const std::string f = seal_plain(PayloadKind::snapshot, 42, text);
  REQUIRE(f.size() == kHeaderSize + text.size() + kCrcSize);
  auto h = parse_envelope(f);
  REQUIRE(h.ok());
  CHECK_FALSE(h->encrypted);
  CHECK(h->seq == 42);
  auto opened = open_plain(f);
  REQUIRE(opened.ok());
  CHECK(opened.value() == text);
  CHECK(open_plain(seal_plain(PayloadKind::journal, 1, "")).value().empty());

  for (size_t i = 0; i < f.size(); ++i) {
    std::string bad = f;
    bad[i] = static_cast<char>(bad[i] ^ 0x10);
    INFO("byte " << i);
    CHECK_FALSE(open_plain(bad).ok());
  }
  CHECK(open_plain(f.substr(0, f.size() - 2)).problem().code == "truncated");

  // A plain header must not carry key material: that would be a half-written encrypted file.
  std::string salted = f;
  salted[20] = 1;
  CHECK(code_of(salted) == "corrupt_header");
}

TEST_CASE("plain opener refuses encrypted files", "[store][envelope]") {
  CHECK(open_plain(encrypted_file(encrypted_header(1, 4))).problem().code == "is_encrypted");
}

TEST_CASE("auth failure means wrong passphrase only for the key check", "[store][envelope]") {
  CHECK(auth_failure(PayloadKind::key_check).code == "wrong_passphrase");
  CHECK(auth_failure(PayloadKind::snapshot).code == "corrupted");
  CHECK(auth_failure(PayloadKind::journal).code == "corrupted");
  const rm::Problem p = envelope_problem("newer_format");
  CHECK(p.message_en.find("newer") != std::string::npos);
  CHECK(p.message_zh.find("更新") != std::string::npos);
}

TEST_CASE("file identity must match the authenticated header", "[store][envelope]") {
  const EnvelopeHeader h = encrypted_header(9, 0);
  CHECK(expect_identity(h, PayloadKind::journal, 9).ok());
  CHECK(expect_identity(h, PayloadKind::journal, 10).problem().code == "misplaced_file");
  CHECK(expect_identity(h, PayloadKind::snapshot, 9).problem().code == "misplaced_file");
}

TEST_CASE("crc32 matches the IEEE check value", "[store][envelope]") {
  CHECK(crc32("123456789") == 0xCBF43926u);
  CHECK(crc32("") == 0u);
  CHECK(crc32("6789", crc32("12345")) == 0xCBF43926u);
}

TEST_CASE("the backup kind (4) parses; version 2 kinds past it are damage", "[store][envelope][backup]") {
  EnvelopeHeader h = encrypted_header(0, 10);
  h.kind = PayloadKind::backup;
  std::string f = encrypted_file(h);
  CHECK(code_of(f) == "ok");
  CHECK(parse_envelope(f)->kind == PayloadKind::backup);
  f[9] = 5;
  CHECK(code_of(f) == "corrupt_header");
  CHECK(auth_failure(PayloadKind::backup).code == "backup_auth");
  CHECK(looks_like_envelope(encrypted_file(h)));
  CHECK_FALSE(looks_like_envelope("{\"format\": \"rmplanner-bundle\"}"));
  CHECK_FALSE(looks_like_envelope("RMP"));
}
