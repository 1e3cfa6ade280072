// rmplanner backup FILE --out BACKUP [--passphrase-file F]
// rmplanner backup FILE --out SEALED --to KEY.pub.json
// rmplanner backup FILE --hand-in DATE --out … (either of the above)
//
// Seals a bundle JSON (an old plain export, a book written by `demo` or
// `apply`) into the app's encrypted backup format, so it can be kept or sent
// without the clients in it being readable; with --to, seals it to a
// supervisor's public key instead (docs/data-format.md, "Sealed to a public
// key"), so only her private key opens it. With --hand-in, what is sealed is
// the week's hand-in (docs/data-format.md, "Weekly hand-in"), not the book.
#include <cstdio>

#include "cli/bundle_input.h"
#include "cli/cli_args.h"
#include "cli/commands.h"
#include "platform/native/crypto_openssl.h"
#include "platform/native/file_io.h"
#include "store/bundle.h"
#include "sync/hand_in.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner backup FILE --out BACKUP [--passphrase-file F]\n"
    "       rmplanner backup FILE --out SEALED --to KEY.pub.json\n"
    "       rmplanner backup FILE --hand-in YYYY-MM-DD --out … (either of the above)\n\n"
    "Checks the bundle FILE and writes it to BACKUP as an encrypted backup\n"
    "(AES-256-GCM, key from the passphrase by PBKDF2-SHA256 with a fresh salt), the\n"
    "format the app's export writes and its import reads (docs/storage.md).\n\n"
    "  --passphrase-file F  the passphrase is the first line of F (or set the\n"
    "                       RMPLANNER_PASSPHRASE environment variable); at least 8\n"
    "                       characters. Never give it as an argument.\n"
    "  --to KEY.pub.json    seal to this public key instead (a supervisor's, from\n"
    "                       `rmplanner keygen` or the app): ECDH P-256 + AES-256-GCM;\n"
    "                       only the matching private key opens it. The file names\n"
    "                       the sender (the book's owner) and the bundle's SHA-256.\n"
    "  --hand-in DATE       only the weekly hand-in for DATE's week (Monday to Sunday):\n"
    "                       the pipeline table, the week's reports and work logs, the\n"
    "                       reports and plans awaiting review, the clients, the year's\n"
    "                       contacts and the open tasks (docs/data-format.md).\n"
    "  --key PREFIX.key.pem FILE itself may be sealed to a public key: its private key.\n";

// The sender named in a sealed file's header: the book's owner (settings)
// and the actor that exported it.
store::SenderIdentity sender_of(const Book& book) {
  store::SenderIdentity s;
  s.actor_id = book.export_info.exported_by;
  for (const Manager& m : book.managers) {
    if (m.meta.id != book.settings.owner_manager_id) continue;
    s.name = m.name;
    s.employee_no = m.employee_no;
  }
  return s;
}
}  // namespace

int cmd_backup(int argc, char** argv) {
  std::string error;
  const auto args = parse_args(argc, argv, {{"out", "to", "hand-in", kPassphraseFileOption, kKeyOption}, {"help"}}, error);
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
  auto book = load_bundle(input->json);
  if (!book) return fail("backup", file + ": " + book.problem().describe_en());
  std::string json = input->json;
  if (const std::string* week = args->option("hand-in")) {
    const auto as_of = Date::parse_iso(*week);
    if (!as_of) return fail("backup", "--hand-in expects a date YYYY-MM-DD, not \"" + *week + "\"", 2);
    json = save_bundle(weekly_hand_in(book.value(), *as_of));
  }

  if (const std::string* to = args->option("to")) {
    auto text = native::read_file(*to, &error);
    if (!text) return fail("backup", "cannot read " + *to + ": " + error);
    auto key = native::parse_public_key_json(*text);
    if (!key) return fail("backup", *to + ": " + key.problem().describe_en());
    auto sealed = native::seal_to(key.value(), sender_of(book.value()), json);
    if (!sealed) return fail("backup", *to + ": " + sealed.problem().describe_en());
    if (!native::write_file_atomic(*out, sealed.value(), &error))
      return fail("backup", "cannot write " + *out + ": " + error);
    std::printf("%s: sealed to %s%s%s (fingerprint %s)\n", out->c_str(), key->name.c_str(),
                key->employee_no.empty() ? "" : " ", key->employee_no.c_str(),
                store::short_fingerprint(key->fingerprint).c_str());
    return 0;
  }

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
  if (!native::write_file_atomic(*out, native::seal_backup(passphrase, json), &error))
    return fail("backup", "cannot write " + *out + ": " + error);
  std::printf("%s: encrypted %s written\n", out->c_str(), args->option("hand-in") ? "weekly hand-in" : "backup");
  return 0;
}

}  // namespace rm::cli
