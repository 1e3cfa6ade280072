// rmplanner compliance FILE --year YYYY [--today YYYY-MM-DD] [--policy ID] [--manager ID] [--upcoming]
#include <algorithm>
#include <cstdio>

#include "cli/cli_args.h"
#include "cli/commands.h"
#include "cli/bundle_input.h"
#include "cli/planner_cli.h"
#include "core/planner/compliance.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner compliance FILE --year YYYY [--today YYYY-MM-DD] [--policy ID]\n"
    "                            [--manager ID] [--upcoming]\n\n"
    "Prints, as a JSON array, every contact-rule item of the year: per client and rule\n"
    "each period or event window that has begun by --today (what was done, what is\n"
    "required, due date, status met/on_track/behind/overdue, days overdue), per-manager\n"
    "rules, and assignments to follow up within a week.\n\n"
    "  --year YYYY    the calendar year to judge (required, 1900 … 2100)\n"
    "  --today DATE   the day to judge by (default: today in China)\n"
    "  --policy ID    bank_a, bank_b, bank_c, blank, one of the book's own policies,\n"
    "                 or a policy file (JSON), instead of the book's active policy\n"
    "  --manager ID   whose per-manager rules to judge (default: the book's owner)\n"
    "  --upcoming     also list periods and windows that have not begun yet\n";
}  // namespace

int cmd_compliance(int argc, char** argv) {
  std::string error;
  const auto args = parse_args(argc, argv, {{"year", "today", "policy", "manager", kPassphraseFileOption, kKeyOption}, {"help", "upcoming"}}, error);
  if (!args) return fail("compliance", error, 2);
  if (args->has("help")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (args->positional.size() != 1) return fail("compliance", "expects exactly one FILE (see --help)", 2);
  const std::string* year_text = args->option("year");
  if (!year_text) return fail("compliance", "--year YYYY is required (see --help)", 2);
  const auto year = parse_int(*year_text);
  if (!year || *year < 1900 || *year > 2100) return fail("compliance", "--year must be a year 1900 … 2100", 2);
  const auto today = date_option(*args, "today", error);
  if (!today) return fail("compliance", error, 2);

  int status = 0;
  const auto loaded = load_book_for("compliance", args->positional[0], *args, status);
  if (!loaded) return status;
  PlannerSettings settings;
  if (const std::string* m = args->option("manager")) {
    const std::optional<RecordId> id = RecordId::parse(*m);
    if (!id) return fail("compliance", "--manager expects a manager id (a UUID)", 2);
    settings.manager_id = *id;
  }
  const int y = static_cast<int>(*year);
  const PlannerContext ctx(loaded->book, loaded->policy, *today, settings, std::min(y, today->year()) - 1,
                           std::max(y, today->year()) + 1);
  const auto items =
      evaluate_compliance(ctx, Date::from_ymd(y, 1, 1), Date::from_ymd(y + 1, 1, 1), args->has("upcoming"));
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const ComplianceItem& item : items) out.push_back(compliance_item_json(loaded->book, item));
  std::printf("%s\n", out.dump(2).c_str());
  return 0;
}

}  // namespace rm::cli
