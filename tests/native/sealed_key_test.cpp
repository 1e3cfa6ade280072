// Sealing to a public key natively (crypto_openssl.h, docs/data-format.md
// "Sealed to a public key"): round trip, the header's identity and hash,
// and a clear refusal — nothing returned — for another key, a truncated,
// damaged or newer file and a malformed key file.
#include <catch_amalgamated.hpp>

#include "platform/native/crypto_openssl.h"
#include "store/envelope.h"

using namespace rm::store;
namespace rn = rm::native;

namespace {

const SenderIdentity kSender{"李晓燕", "E00342", "b3f2af6d-0fc7-40c5-853b-559647364cea"};

std::string bundle(size_t n) {
  std::string s = "{\"clients\":[\"王建国\"]}";
  while (s.size() < n) s += static_cast<char>('a' + s.size() % 26);
  return s;
}

std::string code(const rm::Result<std::string>& r) { return r.ok() ? "ok" : r.problem().code; }

}  // namespace

TEST_CASE("sealed to a public key: round trip, header, refusals", "[native][sealed]") {
  rn::PrivateKey supervisor = rn::generate_key_pair("张主管", "S0017");
  rn::PrivateKey stranger = rn::generate_key_pair("other", "S0099");
  for (size_t n : {size_t{0}, size_t{40}, size_t{kSegmentSize}, size_t{kSegmentSize * 2 + 7}}) {
    INFO(n);
    const std::string body = bundle(n).substr(0, n);
    auto sealed = rn::seal_to(supervisor.pub, kSender, body);
    REQUIRE(sealed.ok());
    SealedHeader h;
    auto opened = rn::open_sealed(supervisor, sealed.value(), &h);
    REQUIRE(opened.ok());
    CHECK(opened.value() == body);
    CHECK(h.sender == kSender);
    CHECK(h.recipient == supervisor.pub.fingerprint);
    CHECK(std::string(reinterpret_cast<const char*>(h.content_hash.data()), kHashSize) == rn::sha256(body));
    CHECK(h.base.version == kSealedVersion);
    CHECK(h.base.kind == PayloadKind::sealed);
    CHECK(sealed->size() == h.base.header_size + n + kTagSize * segment_count(h.base));
  }
  const std::string body = bundle(kSegmentSize + 1000);
  const std::string f = rn::seal_to(supervisor.pub, kSender, body).value();
  const size_t head = parse_envelope(f)->header_size;

  // Another key: named, before anything is decrypted.
  auto other = rn::open_sealed(stranger, f);
  REQUIRE(other.problem().code == "wrong_key");
  CHECK(other.problem().message_en.find(short_fingerprint(supervisor.pub.fingerprint)) != std::string::npos);
  CHECK(other.problem().message_zh.find("另一把密钥") != std::string::npos);

  CHECK(code(rn::open_sealed(supervisor, f.substr(0, f.size() - 1))) == "truncated");
  CHECK(code(rn::open_sealed(supervisor, f.substr(0, head - 1))) == "truncated");
  CHECK(code(rn::open_sealed(supervisor, f.substr(0, 100))) == "truncated");
  CHECK(code(rn::open_sealed(supervisor, f + "x")) == "corrupted");
  std::string newer = f;
  newer[4] = 4;
  CHECK(code(rn::open_sealed(supervisor, newer)) == "newer_format");
  // Any changed byte: the payload or a tag fails to authenticate; the
  // header is the additional data of every segment.
  for (size_t at : {head + 5, f.size() - 1, head + kSegmentSize + kTagSize + 3, size_t{20}, size_t{40}, size_t{70},
                    size_t{170}, head - 1}) {
    INFO(at);
    std::string bad = f;
    bad[at] = static_cast<char>(bad[at] ^ 0x01);
    const std::string c = code(rn::open_sealed(supervisor, bad));
    CHECK((c == "corrupted" || c == "corrupt_header" || c == "wrong_key"));
    CHECK(c != "ok");
  }
  // The recipient fingerprint changed: the file now claims another key.
  std::string fp = f;
  fp[64] = static_cast<char>(fp[64] ^ 0x80);
  CHECK(code(rn::open_sealed(supervisor, fp)) == "wrong_key");
  // An ephemeral point that is not a point: damage, said before any key is used.
  std::string point = f;
  point[96] = 0x02;
  CHECK(code(rn::open_sealed(supervisor, point)) == "corrupt_header");
  // Identity fields that do not fill the header exactly.
  std::string lengths = f;
  lengths[193] = static_cast<char>(lengths[193] + 1);
  CHECK(code(rn::open_sealed(supervisor, lengths)) == "corrupt_header");
  // A backup reader is told what this is; a sealed reader refuses a backup.
  CHECK(code(rn::open_backup("any passphrase", f)) == "is_sealed");
  CHECK(code(rn::open_sealed(supervisor, rn::seal_backup("passphrase 123", "{}"))) == "not_sealed");
}

TEST_CASE("key files: the public key JSON and the encrypted private key PEM", "[native][sealed]") {
  rn::PrivateKey k = rn::generate_key_pair("王主管", "S0099");
  const std::string json = rn::public_key_json(k.pub);
  auto pub = rn::parse_public_key_json(json);
  REQUIRE(pub.ok());
  CHECK(pub->fingerprint == k.pub.fingerprint);
  CHECK(pub->name == "王主管");
  CHECK(json.find(fingerprint_hex(k.pub.fingerprint)) != std::string::npos);
  CHECK(k.pub.spki.size() == 91);

  // A fingerprint that is not the key's, a key off the curve, another kind: refused.
  std::string wrong_fp = json;
  wrong_fp[wrong_fp.find("\"fingerprint\": \"") + 16] ^= 1;
  CHECK(rn::parse_public_key_json(wrong_fp).problem().code == "bad_public_key");
  CHECK(rn::parse_public_key_json("{\"kind\":\"rmplanner-public-key\"}").problem().code == "bad_public_key");
  CHECK(rn::parse_public_key_json("not json").problem().code == "bad_public_key");
  rn::PublicKey off = k.pub;
  off.spki[90] = static_cast<char>(off.spki[90] ^ 1);  // the point's last byte: off the curve
  CHECK(rn::seal_to(off, kSender, "{}").problem().code == "bad_public_key");

  const std::string pem = rn::private_key_pem(k, "key 口令 2026");
  CHECK(pem.find("BEGIN ENCRYPTED PRIVATE KEY") != std::string::npos);
  auto loaded = rn::load_private_key_pem(pem, "key 口令 2026");
  REQUIRE(loaded.ok());
  CHECK(loaded->pub.fingerprint == k.pub.fingerprint);
  CHECK(rn::load_private_key_pem(pem, "wrong").problem().code == "bad_private_key");
  auto sealed = rn::seal_to(pub.value(), kSender, "{\"a\":1}");
  REQUIRE(sealed.ok());
  CHECK(rn::open_sealed(loaded.value(), sealed.value()).value() == "{\"a\":1}");
}
