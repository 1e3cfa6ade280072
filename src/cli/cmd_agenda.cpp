// rmplanner agenda FILE --from YYYY-MM-DD --days N [--policy ID] [--manager ID]
//                  [--meetings N] [--calls N] [--messages N]
#include <cstdio>

#include "cli/cli_args.h"
#include "cli/commands.h"
#include "cli/bundle_input.h"
#include "cli/planner_cli.h"
#include "core/planner/agenda.h"
#include "core/planner/year_ahead.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner agenda FILE [--from YYYY-MM-DD] [--days N] [--policy ID] [--manager ID]\n"
    "                        [--meetings N] [--calls N] [--messages N]\n\n"
    "Prints the day-by-day plan as JSON: for each day from --from, its kind (working,\n"
    "weekend, day_off, make_up_working) and whom to meet, call or message, with the\n"
    "suggested channel, deadline and reasons; then the demands no day had room for.\n"
    "The plan is made as of --from: the same file and options give the same plan.\n\n"
    "  --from DATE     first day of the plan (default: today in China)\n"
    "  --days N        number of days, 1 … 3660 (default 7)\n"
    "  --policy ID     bank_a, bank_b, bank_c, blank, one of the book's own policies,\n"
    "                  or a policy file (JSON), instead of the book's active policy\n"
    "  --manager ID    whose book (default: the book's owner)\n"
    "  --meetings N    daily capacity; without it (or 0) the policy's own, else what\n"
    "  --calls N       the book's yearly workload needs per working day, rounded up\n"
    "  --messages N    (docs/domain.md, \"Daily capacity\")\n";

// A whole-number option within [lo, hi]; false (and ERROR) when malformed.
bool int_option(const Args& args, std::string_view name, int lo, int hi, int& value, std::string& error) {
  const std::string* text = args.option(name);
  if (!text) return true;
  const auto v = parse_int(*text);
  if (!v || *v < lo || *v > hi) {
    error = "--" + std::string(name) + " must be a whole number " + std::to_string(lo) + " … " + std::to_string(hi);
    return false;
  }
  value = static_cast<int>(*v);
  return true;
}
}  // namespace

int cmd_agenda(int argc, char** argv) {
  std::string error;
  const auto args = parse_args(
      argc, argv, {{"from", "days", "policy", "manager", "meetings", "calls", "messages", kPassphraseFileOption, kKeyOption}, {"help"}}, error);
  if (!args) return fail("agenda", error, 2);
  if (args->has("help")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (args->positional.size() != 1) return fail("agenda", "expects exactly one FILE (see --help)", 2);
  const auto from = date_option(*args, "from", error);
  if (!from) return fail("agenda", error, 2);
  if (from->year() < 1901 || from->year() > 2090) return fail("agenda", "--from must be a date in 1901 … 2090", 2);
  int days = 7;
  // 0: the policy's own daily capacity or, where it has none, the workload's (daily_capacity).
  DailyCapacity asked;
  if (!int_option(*args, "days", 1, 3660, days, error) ||
      !int_option(*args, "meetings", 0, 1000, asked.meetings, error) ||
      !int_option(*args, "calls", 0, 1000, asked.calls, error) ||
      !int_option(*args, "messages", 0, 1000, asked.messages, error))
    return fail("agenda", error, 2);

  int status = 0;
  const auto loaded = load_book_for("agenda", args->positional[0], *args, status);
  if (!loaded) return status;
  PlannerSettings planner;
  if (const std::string* m = args->option("manager")) {
    const std::optional<RecordId> id = RecordId::parse(*m);
    if (!id) return fail("agenda", "--manager expects a manager id (a UUID)", 2);
    planner.manager_id = *id;
  }
  const PlannerContext ctx(loaded->book, loaded->policy, *from, planner, from->year() - 1,
                           from->plus_days(days).year() + 1);
  AgendaSettings settings;
  settings.capacity = daily_capacity(ctx);
  for (auto [own, set] : {std::pair{asked.meetings, &settings.capacity.meetings},
                          std::pair{asked.calls, &settings.capacity.calls},
                          std::pair{asked.messages, &settings.capacity.messages}})
    if (own > 0) *set = own;
  const Agenda agenda = plan_agenda(ctx, *from, days, settings);
  std::printf("%s\n", agenda_json(loaded->book, agenda).dump(2).c_str());
  return 0;
}

}  // namespace rm::cli
