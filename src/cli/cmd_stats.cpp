// rmplanner stats FILE [--today YYYY-MM-DD] [--policy ID] [--passphrase-file F]
#include <cstdio>

#include "cli/bundle_input.h"
#include "cli/cli_args.h"
#include "cli/commands.h"
#include "core/model/book_stats.h"
#include "platform/native/file_io.h"
#include "store/bundle.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner stats FILE [--today YYYY-MM-DD] [--policy ID] [--passphrase-file F]\n\n"
    "Prints a JSON summary of a data file: clients per tier under the active policy\n"
    "(or --policy), household ratios outside their healthy range, clients whose risk\n"
    "assessment has expired or who were never assessed, maturities in the next 30 days.\n\n"
    "  --today DATE  the day to judge by (default: today in China)\n"
    "  --policy ID   bank_a, bank_b, bank_c or blank instead of the book's own\n";
const std::string kHelp = std::string(kUsage) + kPassphraseHelp;
}  // namespace

int cmd_stats(int argc, char** argv) {
  std::string error;
  const auto args = parse_args(argc, argv, {{"today", "policy", kPassphraseFileOption, kKeyOption}, {"help"}}, error);
  if (!args) return fail("stats", error, 2);
  if (args->has("help")) {
    std::fputs(kHelp.c_str(), stdout);
    return 0;
  }
  if (args->positional.size() != 1) return fail("stats", "expects exactly one FILE (see --help)", 2);
  const auto today = date_option(*args, "today", error);
  if (!today) return fail("stats", error, 2);
  const std::string& file = args->positional[0];
  const auto input = read_bundle_input(*args, file, false, error);
  if (!input) return fail("stats", error);
  const auto book = load_bundle(input->json);
  if (!book) return fail("stats", file + ": " + book.problem().describe_en());

  const std::string* chosen = args->option("policy");
  const std::string policy_id = chosen ? *chosen : book->settings.active_policy_id.empty() ? "bank_a" : book->settings.active_policy_id;
  const Policy* policy = find_policy(book.value(), policy_id);
  if (!policy) return fail("stats", "unknown policy \"" + policy_id + "\" (bank_a, bank_b, bank_c, blank)", chosen ? 2 : 1);

  nlohmann::ordered_json out = {{"file", file}};
  out.update(book_stats_json(book_stats(book.value(), *policy, *today)));
  std::printf("%s\n", out.dump(2).c_str());
  return 0;
}

}  // namespace rm::cli
