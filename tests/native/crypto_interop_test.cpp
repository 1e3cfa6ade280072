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
