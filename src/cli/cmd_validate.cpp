// rmplanner validate FILE [--max N] [--lang en|zh] [--json] [--passphrase-file F]
#include <cstdio>
#include <nlohmann/json.hpp>

#include "cli/bundle_input.h"
#include "cli/cli_args.h"
#include "cli/commands.h"
#include "platform/native/file_io.h"
#include "store/bundle.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner validate FILE [--max N] [--lang en|zh] [--json] [--passphrase-file F]\n\n"
    "Checks a data file (bundle) completely, as the app does before opening it.\n"
    "Prints one line per problem, \"path: message\" (at most N, default 20), and\n"
    "exits 1 if there is any; prints a one-line summary and exits 0 if the file is valid.\n\n"
    "  --json   print {\"file\", \"valid\", \"schema_version\", \"records\", \"problems\": [...]}\n";
const std::string kHelp = std::string(kUsage) + kPassphraseHelp;
}  // namespace

int cmd_validate(int argc, char** argv) {
  std::string error;
  const auto args = parse_args(argc, argv, {{"max", "lang", kPassphraseFileOption, kKeyOption}, {"help", "json"}}, error);
  if (!args) return fail("validate", error, 2);
  if (args->has("help")) {
    std::fputs(kHelp.c_str(), stdout);
    return 0;
  }
  if (args->positional.size() != 1) return fail("validate", "expects exactly one FILE (see --help)", 2);
  size_t max = 20;
  if (const std::string* m = args->option("max")) {
    const auto v = parse_int(*m);
    if (!v || *v < 1 || *v > 10000) return fail("validate", "--max must be a whole number 1 … 10000", 2);
    max = static_cast<size_t>(*v);
  }
  const std::string* lang = args->option("lang");
  if (lang && *lang != "en" && *lang != "zh") return fail("validate", "--lang must be en or zh", 2);
  const bool zh = lang && *lang == "zh";
  const std::string& file = args->positional[0];
  const auto input = read_bundle_input(*args, file, zh, error);
  if (!input) return fail("validate", error);

  const BundleLoad r = load_bundle_checked(input->json, max);
  if (args->has("json")) {
    nlohmann::ordered_json out = {{"file", file},
                                  {"valid", r.book.has_value()},
                                  {"schema_version", r.schema_version},
                                  {"records", r.book ? record_count(*r.book) : 0},
                                  {"problems", nlohmann::ordered_json::array()}};
    for (const Problem& p : r.problems)
      out["problems"].push_back({{"code", p.code}, {"path", p.path}, {"message_en", p.message_en}, {"message_zh", p.message_zh}});
    std::printf("%s\n", out.dump(2).c_str());
    return r.book ? 0 : 1;
  }
  if (!r.book) {
    for (const Problem& p : r.problems) std::printf("%s\n", (zh ? p.describe_zh() : p.describe_en()).c_str());
    const std::string n = std::to_string(r.problems.size()) + (r.problems.size() >= max ? "+" : "");
    if (zh) return fail("validate", file + " 无效（" + n + " 处问题）");
    return fail("validate", file + " is not valid (" + n + (n == "1" ? " problem)" : " problems)"));
  }
  std::printf("%s: valid, %lld records, schema version %d%s\n", file.c_str(),
              static_cast<long long>(record_count(*r.book)), r.schema_version,
              r.schema_version < kBundleSchemaVersion ? " (will be migrated on save)" : "");
  return 0;
}

}  // namespace rm::cli
