// Backups (PayloadKind::backup): a book sealed under a passphrase with fresh
// KDF parameters opens with that passphrase and nothing else, and is refused
// where an app storage file is expected and the reverse.
#include <catch_amalgamated.hpp>

#include "platform/native/crypto_openssl.h"

using namespace rm::store;
namespace rn = rm::native;

TEST_CASE("a backup opens with its passphrase, never with another", "[crypto][backup]") {
  const std::string json = R"({"format": "rmplanner-bundle", "clients": [{"name": "张伟", "phone": "13812345678"}]})";
  const std::string file = rn::seal_backup("备份口令 backup-9", json);
  CHECK(looks_like_envelope(file));
  CHECK(file.find("13812345678") == std::string::npos);  // nothing readable
  auto h = parse_envelope(file);
  REQUIRE(h.ok());
  CHECK(h->kind == PayloadKind::backup);
  CHECK(h->encrypted);
  CHECK(h->iterations >= kMinIterations);

  auto opened = rn::open_backup("备份口令 backup-9", file);
  REQUIRE(opened.ok());
  CHECK(opened.value() == json);

  auto wrong = rn::open_backup("备份口令 backup-8", file);
  REQUIRE_FALSE(wrong.ok());
  CHECK(wrong.problem().code == "backup_auth");
  CHECK_FALSE(wrong.problem().message_zh.empty());

  // Two backups of the same book under the same passphrase share no salt.
  const std::string again = rn::seal_backup("备份口令 backup-9", json);
  CHECK(parse_envelope(again)->salt != h->salt);
}

TEST_CASE("a backup is not a storage file and a storage file is not a backup", "[crypto][backup]") {
  auto key = rn::derive_key("storage passphrase", rn::new_kdf_params());
  REQUIRE(key.ok());
  const std::string journal = rn::seal(key.value(), PayloadKind::journal, 3, "{}");
  CHECK(rn::open_backup("storage passphrase", journal).problem().code == "not_backup");
  const std::string backup = rn::seal(key.value(), PayloadKind::backup, 0, "{}");
  auto h = parse_envelope(backup);
  REQUIRE(h.ok());
  CHECK(expect_identity(h.value(), PayloadKind::snapshot, 0).problem().code == "misplaced_file");
  // Sealed under the book's own key: the book's passphrase opens it anywhere.
  CHECK(rn::open_backup("storage passphrase", backup).value() == "{}");
  CHECK(rn::open_backup("bad", seal_plain(PayloadKind::backup, 0, "{}")).problem().code == "not_encrypted");
}
