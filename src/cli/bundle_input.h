// Reading a book for a subcommand: bundle JSON as it is, or an encrypted
// backup (the app's default export, docs/storage.md "Backups") opened with a
// passphrase taken from --passphrase-file FILE or the RMPLANNER_PASSPHRASE
// environment variable — never from the command line, where other users of
// the machine and the shell's history would see it. A file sealed to a
// public key (docs/data-format.md, "Sealed to a public key") opens with the
// private key file given by --key, whose passphrase comes the same way.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "cli/cli_args.h"
#include "store/envelope.h"

namespace rm::cli {

// The option every subcommand that reads a book accepts (value option name).
inline constexpr std::string_view kPassphraseFileOption = "passphrase-file";
inline constexpr const char* kPassphraseEnv = "RMPLANNER_PASSPHRASE";
// The private key file (PREFIX.key.pem from `rmplanner keygen`) that opens a
// file sealed to its public key.
inline constexpr std::string_view kKeyOption = "key";
// For the subcommands' --help.
inline constexpr const char* kPassphraseHelp =
    "  --passphrase-file F  FILE may be an encrypted backup (the app's default export);\n"
    "                       its passphrase is the first line of F. Or set the\n"
    "                       environment variable RMPLANNER_PASSPHRASE. Never give a\n"
    "                       passphrase as an argument: others can read the command line.\n"
    "  --key PREFIX.key.pem FILE may be sealed to a public key (`rmplanner keygen`,\n"
    "                       the app's \"encrypt to my supervisor\"): the private key\n"
    "                       file opens it; its passphrase as for --passphrase-file.\n";

struct BundleInput {
  std::string json;        // the bundle JSON
  bool encrypted = false;  // FILE was an encrypted backup, or sealed to a public key
  std::string passphrase;  // the passphrase that opened it (empty for JSON); for a
                           // sealed file the key file's, so what a command writes
                           // from it is an encrypted backup, never readable JSON
  bool sealed = false;     // FILE was sealed to a public key
  store::SenderIdentity sender;  // who sealed it (when sealed)
};

// The passphrase from --passphrase-file (its first line) or the environment;
// nullopt with ERROR empty when neither is given.
std::optional<std::string> read_passphrase(const Args& args, std::string& error);

// On failure sets ERROR to a one-line reason (in Chinese when ZH).
std::optional<BundleInput> read_bundle_input(const Args& args, const std::string& file, bool zh, std::string& error);

}  // namespace rm::cli
