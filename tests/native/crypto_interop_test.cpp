// The native half of the browser/native interop check. Hidden ([.]) and
// skipped unless RM_INTEROP_DIR names a directory: tests/interop/run.sh sets
// it after Node has sealed $RM_INTEROP_DIR/from_js, runs `unit_tests
// "[interop]"`, then has Node open what this writes to from_native.
#include <catch_amalgamated.hpp>

#include <cstdlib>
#include <filesystem>

#include "platform/native/crypto_openssl.h"
#include "platform/native/file_io.h"

using namespace rm::store;
namespace rn = rm::native;

namespace {

// Keep in step with fixtures() in tests/interop/node_side.js.
constexpr std::string_view kPassphrase = "正确 horse 电池 staple 🔑";

struct Fixture {
  std::string file;
  PayloadKind kind;
  uint64_t seq;
  std::string body;
  bool plain = false;
};

std::vector<Fixture> fixtures() {
  // Over two 256 KiB segments, so both sides agree on where segments split.
  std::string large(600000, '\0');
  for (size_t i = 0; i < large.size(); ++i) large[i] = static_cast<char>((i * 7 + 3) & 0xff);
  std::string binary;
  for (int i = 0; i < 256; ++i) binary.push_back(static_cast<char>(i));
  const std::string chinese = "王小明 · 招商银行 · 13800138000 · 理财规划书";
  return {
      {"snap-000000000001.rms", PayloadKind::snapshot, 1, large},
      {"jrnl-000000000002.rmj", PayloadKind::journal, 2, chinese},
      {"jrnl-000000000003.rmj", PayloadKind::journal, 3, ""},
      {"jrnl-000000000004.rmj", PayloadKind::journal, 4, binary},
      {"plain-000000000005.rms", PayloadKind::snapshot, 5, chinese, true},
  };
}

std::filesystem::path interop_dir() {
  const char* dir = std::getenv("RM_INTEROP_DIR");
  if (!dir || !*dir) SKIP("RM_INTEROP_DIR not set; run tests/interop/run.sh");
  return dir;
}

std::string read(const std::filesystem::path& p) {
  std::string error;
  auto bytes = rn::read_file(p.string(), &error);
  INFO(error);
  REQUIRE(bytes.has_value());
  return *bytes;
}

}  // namespace

TEST_CASE("native opens files sealed by web/js/envelope.js", "[interop][.]") {
  const auto from = interop_dir() / "from_js";
  const std::string key_file = read(from / "key.rmk");
  auto key = rn::unlock(kPassphrase, key_file);
  REQUIRE(key.ok());
  CHECK(key->params.iterations == kMinIterations);
  CHECK(rn::unlock("正确 horse 电池 staple", key_file).problem().code == "wrong_passphrase");

  for (const Fixture& f : fixtures()) {
    INFO(f.file);
    const std::string bytes = read(from / f.file);
    auto h = parse_envelope(bytes);
    REQUIRE(h.ok());
    CHECK(expect_identity(h.value(), f.kind, f.seq).ok());
    CHECK(h->encrypted == !f.plain);
    auto body = f.plain ? open_plain(bytes) : rn::open(key.value(), bytes);
    REQUIRE(body.ok());
    CHECK(body.value() == f.body);
  }
}

TEST_CASE("native seals files for web/js/envelope.js to open", "[interop][.]") {
  const auto out = interop_dir() / "from_native";
  std::filesystem::create_directories(out);
  auto key = rn::derive_key(kPassphrase, rn::new_kdf_params());
  REQUIRE(key.ok());
  REQUIRE(rn::write_file_atomic((out / "key.rmk").string(), rn::make_key_file(key.value())));
  for (const Fixture& f : fixtures()) {
    const std::string bytes =
        f.plain ? seal_plain(f.kind, f.seq, f.body) : rn::seal(key.value(), f.kind, f.seq, f.body);
    REQUIRE(rn::write_file_atomic((out / f.file).string(), bytes));
  }
}

// ---- Sealed to a public key: keep in step with tests/interop/node_side.js.
namespace {

constexpr std::string_view kSealedKeyPassphrase = "主管 key 口令 2026";
const SenderIdentity kSealedSender{"李晓燕", "E00342", "b3f2af6d-0fc7-40c5-853b-559647364cea"};

std::string sealed_bundle() {
  return std::string("{\"format\":\"rmplanner-bundle\",\"clients\":[\"王建国\"],\"pad\":\"") + std::string(300000, 'a') +
         "\"}";
}

}  // namespace

TEST_CASE("native opens a file web/js/public_key_seal.js sealed to a public key", "[interop][.]") {
  const auto from = interop_dir() / "from_js";
  auto pub = rn::parse_public_key_json(read(from / "js.pub.json"));
  REQUIRE(pub.ok());
  CHECK(pub->name == "张主管");
  CHECK(pub->employee_no == "S0017");
  auto key = rn::load_private_key_pem(read(from / "js.key.pem"), kSealedKeyPassphrase);
  REQUIRE(key.ok());
  CHECK(key->pub.fingerprint == pub->fingerprint);
  CHECK(rn::load_private_key_pem(read(from / "js.key.pem"), "wrong").problem().code == "bad_private_key");
  SealedHeader header;
  auto body = rn::open_sealed(key.value(), read(from / "plan.rmsealed"), &header);
  REQUIRE(body.ok());
  CHECK(body.value() == sealed_bundle());
  CHECK(header.sender == kSealedSender);
  CHECK(header.recipient == pub->fingerprint);

  // Native's own key pair: the JS-sealed file is for another key.
  const auto out = interop_dir() / "from_native";
  std::filesystem::create_directories(out);
  rn::PrivateKey mine = rn::generate_key_pair("王主管", "S0099");
  auto other = rn::open_sealed(mine, read(from / "plan.rmsealed"));
  REQUIRE_FALSE(other.ok());
  CHECK(other.problem().code == "wrong_key");
  CHECK(other.problem().message_en.find(short_fingerprint(pub->fingerprint)) != std::string::npos);
  CHECK(other.problem().message_zh.find(short_fingerprint(mine.pub.fingerprint)) != std::string::npos);

  // For Node to open: to the JS key and to this native key (whose PEM and
  // public key file Node reads too).
  REQUIRE(rn::write_file_atomic((out / "native.pub.json").string(), rn::public_key_json(mine.pub)));
  REQUIRE(rn::write_file_atomic((out / "native.key.pem").string(), rn::private_key_pem(mine, kSealedKeyPassphrase)));
  auto to_js = rn::seal_to(pub.value(), kSealedSender, sealed_bundle());
  REQUIRE(to_js.ok());
  REQUIRE(rn::write_file_atomic((out / "to_js.rmsealed").string(), to_js.value()));
  auto to_native = rn::seal_to(mine.pub, kSealedSender, sealed_bundle());
  REQUIRE(to_native.ok());
  REQUIRE(rn::write_file_atomic((out / "to_native.rmsealed").string(), to_native.value()));
}
