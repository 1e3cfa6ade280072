// rmplanner keygen --out PREFIX --name NAME [--employee-no NO] [--passphrase-file F]
//
// A supervisor's key pair for plan files sealed to her (docs/data-format.md,
// "Sealed to a public key"): PREFIX.pub.json, the public key file managers
// import once (the app's "encrypt to my supervisor"), and PREFIX.key.pem, the
// private key as encrypted PKCS#8 — it is never written in clear. `--key
// PREFIX.key.pem` then opens files sealed to it wherever a book is read.
#include <cstdio>
#include <filesystem>

#include "cli/bundle_input.h"
#include "cli/cli_args.h"
#include "cli/commands.h"
#include "platform/native/crypto_openssl.h"
#include "platform/native/file_io.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner keygen --out PREFIX --name NAME [--employee-no NO] [--passphrase-file F]\n\n"
    "Makes a P-256 key pair for plan files sealed to you: PREFIX.pub.json (the public\n"
    "key file to hand to managers; it names you and its fingerprint) and\n"
    "PREFIX.key.pem (the private key, encrypted with the passphrase: PKCS#8, AES-256,\n"
    "PBKDF2-SHA256 600 000 rounds). Existing files are not overwritten.\n\n"
    "  --passphrase-file F  the key file's passphrase is the first line of F (or set\n"
    "                       RMPLANNER_PASSPHRASE); at least 8 characters. Never give\n"
    "                       it as an argument.\n";
}  // namespace

int cmd_keygen(int argc, char** argv) {
  std::string error;
  const auto args =
      parse_args(argc, argv, {{"out", "name", "employee-no", kPassphraseFileOption}, {"help"}}, error);
  if (!args) return fail("keygen", error, 2);
  if (args->has("help")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (!args->positional.empty()) return fail("keygen", "takes no FILE (see --help)", 2);
  const std::string* prefix = args->option("out");
  if (!prefix || prefix->empty()) return fail("keygen", "--out PREFIX is required", 2);
  const std::string* name = args->option("name");
  if (!name || name->empty()) return fail("keygen", "--name NAME is required (it is shown to the managers)", 2);
  auto passphrase = read_passphrase(*args, error);
  if (!passphrase) {
    if (!error.empty()) return fail("keygen", error);
    return fail("keygen", "give the key file's passphrase with --passphrase-file F or RMPLANNER_PASSPHRASE", 2);
  }
  if (passphrase->size() < 8) return fail("keygen", "the passphrase must have at least 8 characters", 2);
  const std::string pub_path = *prefix + ".pub.json", key_path = *prefix + ".key.pem";
  // A second run must not replace a key others already seal to.
  for (const std::string& p : {pub_path, key_path}) {
    std::error_code ec;
    if (std::filesystem::exists(p, ec)) return fail("keygen", p + " exists; nothing was written");
  }
  const std::string* employee_no = args->option("employee-no");
  const native::PrivateKey key = native::generate_key_pair(*name, employee_no ? *employee_no : "");
  if (!native::write_file_atomic(key_path, native::private_key_pem(key, *passphrase), &error))
    return fail("keygen", "cannot write " + key_path + ": " + error);
  if (!native::write_file_atomic(pub_path, native::public_key_json(key.pub), &error))
    return fail("keygen", "cannot write " + pub_path + ": " + error);
  std::printf("%s: public key, fingerprint %s\n%s: private key (encrypted)\n", pub_path.c_str(),
              store::short_fingerprint(key.pub.fingerprint).c_str(), key_path.c_str());
  return 0;
}

}  // namespace rm::cli
