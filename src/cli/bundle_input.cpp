#include "cli/bundle_input.h"

#include <cstdlib>

#include "platform/native/crypto_openssl.h"
#include "platform/native/file_io.h"
#include "store/envelope.h"

namespace rm::cli {

std::optional<std::string> read_passphrase(const Args& args, std::string& error) {
  if (const std::string* path = args.option(kPassphraseFileOption)) {
    auto text = native::read_file(*path, &error);
    if (!text) {
      error = "cannot read the passphrase file " + *path + ": " + error;
      return std::nullopt;
    }
    // The first line: editors add a line end, which is no part of the passphrase.
    std::string p = text->substr(0, text->find('\n'));
    if (!p.empty() && p.back() == '\r') p.pop_back();
    return p;
  }
  if (const char* env = std::getenv(kPassphraseEnv)) return std::string(env);
  return std::nullopt;
}

std::optional<BundleInput> read_bundle_input(const Args& args, const std::string& file, bool zh, std::string& error) {
  auto bytes = native::read_file(file, &error);
  if (!bytes) {
    error = "cannot read " + file + ": " + error;
    return std::nullopt;
  }
  if (!store::looks_like_envelope(*bytes)) return BundleInput{std::move(*bytes), false, {}};
  auto passphrase = read_passphrase(args, error);
  if (!passphrase) {
    if (error.empty())
      error = zh ? file + " 是加密备份：请用 --passphrase-file 文件 或环境变量 RMPLANNER_PASSPHRASE 提供口令"
                 : file + " is an encrypted backup: give its passphrase with --passphrase-file FILE or the "
                          "RMPLANNER_PASSPHRASE environment variable";
    return std::nullopt;
  }
  auto json = native::open_backup(*passphrase, *bytes);
  if (!json) {
    error = file + ": " + (zh ? json.problem().describe_zh() : json.problem().describe_en());
    return std::nullopt;
  }
  return BundleInput{std::move(json.value()), true, std::move(*passphrase)};
}

}  // namespace rm::cli
