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

namespace {

// A file sealed to a public key (or one that claims to be and is damaged):
// opened with --key and its passphrase; every refusal is one line.
std::optional<BundleInput> read_sealed(const Args& args, const std::string& file, const std::string& bytes, bool zh,
                                       std::string& error) {
  auto describe = [&](const Problem& p) { return file + ": " + (zh ? p.describe_zh() : p.describe_en()); };
  auto header = store::parse_sealed(bytes);
  if (!header) {
    error = describe(header.problem());
    return std::nullopt;
  }
  const std::string fp = store::short_fingerprint(header->recipient);
  const std::string* key_path = args.option(kKeyOption);
  if (!key_path) {
    error = zh ? file + " 是用公钥加密的（指纹 " + fp + "）：请用 --key 前缀.key.pem 提供对应的私钥文件"
               : file + " is encrypted to a public key (fingerprint " + fp +
                     "): give the private key file with --key PREFIX.key.pem";
    return std::nullopt;
  }
  auto pem = native::read_file(*key_path, &error);
  if (!pem) {
    error = "cannot read " + *key_path + ": " + error;
    return std::nullopt;
  }
  auto passphrase = read_passphrase(args, error);
  if (!passphrase) {
    if (error.empty())
      error = zh ? *key_path + " 的口令：请用 --passphrase-file 文件 或环境变量 RMPLANNER_PASSPHRASE 提供"
                 : "give the passphrase of " + *key_path + " with --passphrase-file FILE or the RMPLANNER_PASSPHRASE "
                   "environment variable";
    return std::nullopt;
  }
  auto key = native::load_private_key_pem(*pem, *passphrase);
  if (!key) {
    error = *key_path + ": " + (zh ? key.problem().describe_zh() : key.problem().describe_en());
    return std::nullopt;
  }
  auto json = native::open_sealed(key.value(), bytes);
  if (!json) {
    error = describe(json.problem());
    return std::nullopt;
  }
  return BundleInput{std::move(json.value()), true, std::move(*passphrase), true, header->sender};
}

}  // namespace

std::optional<BundleInput> read_bundle_input(const Args& args, const std::string& file, bool zh, std::string& error) {
  auto bytes = native::read_file(file, &error);
  if (!bytes) {
    error = "cannot read " + file + ": " + error;
    return std::nullopt;
  }
  if (!store::looks_like_envelope(*bytes)) return BundleInput{std::move(*bytes), false, {}, false, {}};
  if (auto sealed = store::parse_sealed(*bytes); sealed || sealed.problem().code != "not_sealed")
    return read_sealed(args, file, *bytes, zh, error);
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
  return BundleInput{std::move(json.value()), true, std::move(*passphrase), false, {}};
}

}  // namespace rm::cli
