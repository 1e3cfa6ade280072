// rmplanner workload FILE [--policy ID] [--year YYYY] [--today YYYY-MM-DD]
#include <cstdio>
#include <string>

#include "cli/cli_args.h"
#include "cli/bundle_input.h"
#include "cli/commands.h"
#include "cli/planner_cli.h"
#include "core/planner/greeting_days.h"
#include "core/planner/year_ahead.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner workload FILE [--policy ID] [--year YYYY] [--today YYYY-MM-DD]\n\n"
    "Prints, as JSON, what the contact rules demand of the manager in a year for the\n"
    "book's clients: per tier and in total, the services, proactive contacts,\n"
    "meetings, calls and messages a year, and the same per working week and per\n"
    "working day (decimal strings, one decimal, rounded half up; the exact figure is\n"
    "per_year over working_weeks or working_days). Periodic rules and the greetings\n"
    "of known dates (birthday, major holidays) are counted; rules that depend on\n"
    "events or flags are listed under not_counted.\n\n"
    "  --policy ID    bank_a, bank_b, bank_c, blank, one of the book's own policies,\n"
    "                 or a policy file (JSON), instead of the book's active policy\n"
    "  --year YYYY    whose holidays the greetings count (default: --today's year)\n"
    "  --today DATE   the day whose tiers the clients have (default: today in China)\n";

std::string tenths_text(int tenths) { return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10); }

nlohmann::ordered_json yearly_json(const ContactCounts& c) {
  return {{"services", c.services}, {"proactive", c.proactive}, {"meetings", c.meetings},
          {"calls", c.calls},       {"messages", c.messages}};
}

// A yearly count spread over `over` days or weeks.
nlohmann::ordered_json spread_json(const ContactCounts& c, int over) {
  return {{"services", tenths_text(per_day_tenths(c.services, over))},
          {"proactive", tenths_text(per_day_tenths(c.proactive, over))},
          {"meetings", tenths_text(per_day_tenths(c.meetings, over))},
          {"calls", tenths_text(per_day_tenths(c.calls, over))},
          {"messages", tenths_text(per_day_tenths(c.messages, over))}};
}

nlohmann::ordered_json figures_json(const ContactCounts& per_year, const Workload& w) {
  return {{"per_year", yearly_json(per_year)},
          {"per_week", spread_json(per_year, w.working_weeks)},
          {"per_day", spread_json(per_year, w.working_days)}};
}
}  // namespace

int cmd_workload(int argc, char** argv) {
  std::string error;
  const auto args =
      parse_args(argc, argv, {{"policy", "year", "today", kPassphraseFileOption, kKeyOption}, {"help"}}, error);
  if (!args) return fail("workload", error, 2);
  if (args->has("help")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (args->positional.size() != 1) return fail("workload", "expects exactly one FILE (see --help)", 2);
  const auto today = date_option(*args, "today", error);
  if (!today) return fail("workload", error, 2);
  if (today->year() < 1901 || today->year() > 2099) return fail("workload", "--today must be a date in 1901 … 2099", 2);
  int year = today->year();
  if (const std::string* text = args->option("year")) {
    const auto y = parse_int(*text);
    if (!y || *y < 1901 || *y > 2099) return fail("workload", "--year must be a year 1901 … 2099", 2);
    year = static_cast<int>(*y);
  }

  int status = 0;
  const auto loaded = load_book_for("workload", args->positional[0], *args, status);
  if (!loaded) return status;
  const PlannerContext ctx(loaded->book, loaded->policy, *today, PlannerSettings{}, today->year() - 1,
                           today->year() + 1);
  const YearlyEvents events = yearly_events(year, loaded->policy.contacts.greeting_holidays);
  const Workload w =
      annual_workload(loaded->policy.contacts, loaded->policy.capacity, tier_headcount(ctx), events);

  nlohmann::ordered_json tiers = nlohmann::ordered_json::array();
  int clients = 0;
  for (const TierWorkload& t : w.tiers) {
    nlohmann::ordered_json j = {{"tier", t.tier}, {"clients", t.clients}, {"per_client", yearly_json(t.per_client)}};
    j.update(figures_json(t.per_year, w));
    tiers.push_back(std::move(j));
    clients += t.clients;
  }
  nlohmann::ordered_json total = {{"clients", clients}};
  total.update(figures_json(w.per_year, w));
  nlohmann::ordered_json out = {{"policy", loaded->policy.id},
                                {"year", year},
                                {"working_weeks", w.working_weeks},
                                {"working_days", w.working_days},
                                {"major_holidays", events.major_holidays},
                                {"tiers", std::move(tiers)},
                                {"total", std::move(total)},
                                {"per_manager", {{"clients_per_year", w.per_manager.clients},
                                                 {"contacts_per_year", yearly_json(w.per_manager)}}},
                                {"not_counted", w.not_counted}};
  // What the agenda plans a working day with (docs/domain.md, "Daily capacity").
  CapacityNeeded needed;
  needed.workload = w;
  const DailyCapacity day = daily_capacity(needed, loaded->policy.capacity.daily);
  out["daily_capacity"] = {{"meetings", day.meetings}, {"calls", day.calls}, {"messages", day.messages},
                           {"own", {{"meetings", loaded->policy.capacity.daily.meetings},
                                    {"calls", loaded->policy.capacity.daily.calls},
                                    {"messages", loaded->policy.capacity.daily.messages}}}};
  std::printf("%s\n", out.dump(2).c_str());
  return 0;
}

}  // namespace rm::cli
