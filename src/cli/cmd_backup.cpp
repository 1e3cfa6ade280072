// rmplanner backup FILE --out BACKUP [--passphrase-file F]
//
// Seals a bundle JSON (an old plain export, a book written by `demo` or
// `apply`) into the app's encrypted backup format, so it can be kept or sent
// without the clients in it being readable.
#include <cstdio>

#include "cli/bundle_input.h"
#include "cli/cli_args.h"
#include "cli/commands.h"
#include "platform/native/crypto_openssl.h"
#include "platform/native/file_io.h"
#include "store/bundle.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner backup FILE --out BACKUP [--passphrase-file F]\n\n"
    "Checks the bundle FILE and writes it to BACKUP as an encrypted backup\n"
    "(AES-256-GCM, key from the passphrase by PBKDF2-SHA256 with a fresh salt), the\n"
    "format the app's export writes and its import reads (docs/storage.md).\n\n"
    "  --passphrase-file F  the passphrase is the first line of F (or set the\n"
    "                       RMPLANNER_PASSPHRASE environment variable); at least 8\n"
    "                       characters. Never give it as an argument.\n";
}  // namespace

int cmd_backup(int argc, char** argv) {
  std::string error;
  const auto args = parse_args(argc, argv, {{"out", kPassphraseFileOption}, {"help"}}, error);
  if (!args) return fail("backup", error, 2);
  if (args->has("help")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (args->positional.size() != 1) return fail("backup", "expects exactly one FILE (see --help)", 2);
  const std::string* out = args->option("out");
  if (!out || out->empty()) return fail("backup", "--out BACKUP is required", 2);
  const std::string& file = args->positional[0];
  const auto input = read_bundle_input(*args, file, false, error);
  if (!input) return fail("backup", error);
  if (auto book = load_bundle(input->json); !book) return fail("backup", file + ": " + book.problem().describe_en());

  std::string passphrase = input->passphrase;
  if (!input->encrypted) {
    // read_bundle_input asks for a passphrase only for sealed files; here one is always needed.
    auto p = read_passphrase(*args, error);
    if (!p) {
      if (!error.empty()) return fail("backup", error);
      return fail("backup", "give the passphrase with --passphrase-file F or RMPLANNER_PASSPHRASE", 2);
    }
    passphrase = std::move(*p);
  }
  if (passphrase.size() < 8) return fail("backup", "the passphrase must have at least 8 characters", 2);
  if (!native::write_file_atomic(*out, native::seal_backup(passphrase, input->json), &error))
    return fail("backup", "cannot write " + *out + ": " + error);
  std::printf("%s: encrypted backup written\n", out->c_str());
  return 0;
}

}  // namespace rm::cli
