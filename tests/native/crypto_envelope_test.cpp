// The native sealer: round trip, passphrase check, and that no single changed,
// missing or added byte gets past AES-GCM and the header checks. Each test
// derives at the real 600 000 rounds, once, and reuses the key.
#include <catch_amalgamated.hpp>

#include <algorithm>
#include <vector>

#include "platform/native/crypto_openssl.h"
#include "platform/native/file_io.h"

using namespace rm::store;
namespace rn = rm::native;

namespace {

const rn::Key& test_key() {
  static const rn::Key key = [] {
    auto k = rn::derive_key("correct horse 电池 staple", rn::new_kdf_params());
    REQUIRE(k.ok());
    return k.value();
  }();
  return key;
}

}  // namespace

TEST_CASE("native envelope round-trips payloads of every size class", "[crypto]") {
  const rn::Key& key = test_key();
  std::string binary;
  for (int i = 0; i < 256; ++i) binary.push_back(static_cast<char>(i));
  std::string segments(2 * kSegmentSize + 1000, '\0');
  for (size_t i = 0; i < segments.size(); ++i) segments[i] = static_cast<char>((i * 7 + i / 4096) & 0xff);
  for (const std::string& text : {std::string(), std::string("王小明 13800138000"), binary,
                                  std::string(100000, 'x'), std::string(kSegmentSize, 'y'), segments}) {
    const std::string f = rn::seal(key, PayloadKind::snapshot, 12, text);
    const size_t tags = text.empty() ? 1 : (text.size() + kSegmentSize - 1) / kSegmentSize;
    CHECK(f.size() == kHeaderSize + text.size() + tags * kTagSize);
    if (text.size() > 16) CHECK(f.find(text.substr(0, 16)) == std::string::npos);
    auto back = rn::open(key, f);
    REQUIRE(back.ok());
    CHECK(back.value() == text);
    auto h = parse_envelope(f);
    REQUIRE(h.ok());
    CHECK(h->seq == 12);
    CHECK(h->salt == key.params.salt);
  }
}

TEST_CASE("each seal uses a fresh nonce", "[crypto]") {
  const std::string a = rn::seal(test_key(), PayloadKind::journal, 1, "same");
  const std::string b = rn::seal(test_key(), PayloadKind::journal, 1, "same");
  CHECK(a.substr(32, kNonceSize) != b.substr(32, kNonceSize));
  CHECK(a.substr(kHeaderSize) != b.substr(kHeaderSize));
}

TEST_CASE("key file: right passphrase unlocks, wrong one is named as such", "[crypto]") {
  const std::string key_file = rn::make_key_file(test_key());
  auto ok = rn::unlock("correct horse 电池 staple", key_file);
  REQUIRE(ok.ok());
  CHECK(ok->bytes == test_key().bytes);

  auto wrong = rn::unlock("correct horse 电池 stapler", key_file);
  REQUIRE_FALSE(wrong.ok());
  CHECK(wrong.problem().code == "wrong_passphrase");
  CHECK(wrong.problem().message_zh == "口令不正确。");
}

TEST_CASE("a data file under the right key but damaged is corruption, not a wrong passphrase",
          "[crypto]") {
  std::string f = rn::seal(test_key(), PayloadKind::snapshot, 3, "client list");
  f[kHeaderSize + 2] = static_cast<char>(f[kHeaderSize + 2] ^ 1);
  CHECK(rn::open(test_key(), f).problem().code == "corrupted");
}

TEST_CASE("flipping any single byte of a sealed file is refused", "[crypto]") {
  const std::string f = rn::seal(test_key(), PayloadKind::journal, 5, "delta: 王小明 phone changed");
  for (size_t i = 0; i < f.size(); ++i) {
    for (uint8_t mask : {uint8_t{0x01}, uint8_t{0x80}}) {
      std::string bad = f;
      bad[i] = static_cast<char>(bad[i] ^ mask);
      INFO("byte " << i << " mask " << int(mask));
      CHECK_FALSE(rn::open(test_key(), bad).ok());
    }
  }
}

TEST_CASE("a multi-segment file refuses any changed byte, and segments swapped or dropped", "[crypto]") {
  std::string text(3 * kSegmentSize - 5, '\0');
  for (size_t i = 0; i < text.size(); ++i) text[i] = static_cast<char>(i * 31 / 7);
  const std::string f = rn::seal(test_key(), PayloadKind::snapshot, 8, text);
  REQUIRE(f.size() == kHeaderSize + text.size() + 3 * kTagSize);
  const size_t stride = kSegmentSize + kTagSize;
  // The first and last byte of each segment's ciphertext and tag, and of the header.
  std::vector<size_t> positions{0, 44, 47, 63};
  for (size_t s = 0; s < 3; ++s) {
    const size_t at = kHeaderSize + s * stride;
    const size_t end = std::min(at + stride, f.size());
    for (size_t p : {at, at + kSegmentSize / 2, end - kTagSize - 1, end - kTagSize, end - 1}) positions.push_back(p);
  }
  for (size_t i : positions) {
    std::string bad = f;
    bad[i] = static_cast<char>(bad[i] ^ 0x01);
    INFO("byte " << i);
    CHECK_FALSE(rn::open(test_key(), bad).ok());
  }
  // Swapping the first two segments (same length) fails their tags: each
  // segment's nonce carries its index.
  std::string swapped = f.substr(0, kHeaderSize) + f.substr(kHeaderSize + stride, stride) +
                        f.substr(kHeaderSize, stride) + f.substr(kHeaderSize + 2 * stride);
  REQUIRE(swapped.size() == f.size());
  CHECK(rn::open(test_key(), swapped).problem().code == "corrupted");
  // Dropping the last segment and rewriting the length to match is a header change: refused.
  std::string dropped = f.substr(0, kHeaderSize + 2 * stride);
  const uint64_t len = 2 * kSegmentSize;
  for (int i = 0; i < 8; ++i) dropped[56 + static_cast<size_t>(i)] = static_cast<char>((len >> (8 * i)) & 0xff);
  CHECK(rn::open(test_key(), dropped).problem().code == "corrupted");
}

TEST_CASE("files sealed as one message (envelope version 1) still open", "[crypto]") {
  // Written by web/js/envelope.js before segments (tests/data/envelope_v1).
  const std::string dir = std::string(RM_TEST_DATA) + "/envelope_v1/";
  std::string error;
  const auto key_file = rn::read_file(dir + "key.rmk", &error);
  const auto snap = rn::read_file(dir + "snap-000000000001.rms", &error);
  INFO(error);
  REQUIRE(key_file.has_value());
  REQUIRE(snap.has_value());
  CHECK(parse_envelope(*snap).value().version == kWholeVersion);
  auto key = rn::unlock("envelope v1 fixture", *key_file);
  REQUIRE(key.ok());
  auto opened = rn::open(key.value(), *snap);
  REQUIRE(opened.ok());
  const std::string& body = opened.value();
  REQUIRE(body.size() == 5000);
  for (size_t i = 0; i < body.size(); ++i)
    if (static_cast<uint8_t>(body[i]) != ((i * 31 + 7) & 0xff)) FAIL("byte " << i << " differs");
  std::string bad = *snap;
  bad[kHeaderSize + 4000] = static_cast<char>(bad[kHeaderSize + 4000] ^ 0x40);
  CHECK(rn::open(key.value(), bad).problem().code == "corrupted");
}

TEST_CASE("truncated or extended sealed files are refused", "[crypto]") {
  const std::string f = rn::seal(test_key(), PayloadKind::snapshot, 5, "twenty bytes payload");
  for (size_t n = 0; n < f.size(); ++n) {
    INFO("length " << n);
    CHECK_FALSE(rn::open(test_key(), f.substr(0, n)).ok());
  }
  CHECK(rn::open(test_key(), f.substr(0, f.size() - 1)).problem().code == "truncated");
  CHECK(rn::open(test_key(), f + '\0').problem().code == "corrupted");
}

TEST_CASE("iteration counts below the floor are refused when deriving and reading", "[crypto]") {
  rn::KdfParams weak = rn::new_kdf_params();
  weak.iterations = kMinIterations - 1;
  CHECK(rn::derive_key("pw", weak).problem().code == "weak_kdf");

  // A header rewritten to claim fewer rounds is refused before any key is tried.
  std::string key_file = rn::make_key_file(test_key());
  key_file[12] = 0x10, key_file[13] = 0x27, key_file[14] = 0, key_file[15] = 0;  // 10 000
  CHECK(rn::unlock("correct horse 电池 staple", key_file).problem().code == "weak_kdf");
}

TEST_CASE("an encrypted store refuses plain and foreign-key files", "[crypto]") {
  const std::string plain = seal_plain(PayloadKind::snapshot, 9, "planted");
  CHECK(rn::open(test_key(), plain).problem().code == "not_encrypted");

  rn::Key other = test_key();
  other.params.salt[0] ^= 1;
  const std::string f = rn::seal(other, PayloadKind::snapshot, 9, "older passphrase");
  CHECK(rn::open(test_key(), f).problem().code == "key_mismatch");
}
