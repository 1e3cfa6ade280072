// rmplanner demo --clients N --seed S [--today YYYY-MM-DD] [--policy ID] [--out FILE]
#include <cstdio>

#include "cli/cli_args.h"
#include "cli/commands.h"
#include "core/demo/demo_book.h"
#include "core/model/book_stats.h"
#include "platform/native/file_io.h"
#include "store/bundle.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner demo [--clients N] [--seed S] [--today YYYY-MM-DD] [--policy ID] [--out FILE]\n\n"
    "Writes a deterministic demo book (every record marked demo): one manager with N\n"
    "clients (default 400), 80 % under 1,000,000 CNY of average daily assets.\n"
    "The same seed and --today give the same bytes. Without --out the bundle goes to\n"
    "standard output.\n\n"
    "  --clients N   number of clients, 0 … 1000000 (default 400)\n"
    "  --seed S      non-negative integer (default 1)\n"
    "  --today DATE  the day the book is 'as of' (default: today in China)\n"
    "  --policy ID   active policy preset: bank_a, bank_b, bank_c, blank (default bank_a)\n"
    "  --out FILE    where to write (written atomically)\n";
}  // namespace

int cmd_demo(int argc, char** argv) {
  std::string error;
  const auto args = parse_args(argc, argv, {{"clients", "seed", "today", "out", "policy"}, {"help"}}, error);
  if (!args) return fail("demo", error, 2);
  if (args->has("help")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (!args->positional.empty()) return fail("demo", "unexpected argument \"" + args->positional[0] + "\"", 2);
  DemoOptions options;
  if (const std::string* n = args->option("clients")) {
    const auto v = parse_int(*n);
    if (!v || *v < 0 || *v > 1'000'000) return fail("demo", "--clients must be a whole number 0 … 1000000", 2);
    options.clients = static_cast<int>(*v);
  }
  if (const std::string* s = args->option("seed")) {
    const auto v = parse_int(*s);
    if (!v || *v < 0) return fail("demo", "--seed must be a non-negative whole number", 2);
    options.seed = static_cast<uint64_t>(*v);
  }
  const auto today = date_option(*args, "today", error);
  if (!today) return fail("demo", error, 2);
  options.today = *today;
  if (const std::string* p = args->option("policy")) {
    if (!find_preset_policy(*p)) return fail("demo", "unknown policy \"" + *p + "\" (bank_a, bank_b, bank_c, blank)", 2);
    options.policy_id = *p;
  }
  const std::string bytes = save_bundle(make_demo_book(options));
  const std::string* out = args->option("out");
  if (!out || *out == "-") {
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    return 0;
  }
  if (!native::write_file_atomic(*out, bytes, &error)) return fail("demo", "cannot write " + *out + ": " + error);
  return 0;
}

}  // namespace rm::cli
