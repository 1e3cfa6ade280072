// rmplanner holidays --year YYYY [--teachers-day]
#include <cstdio>

#include <nlohmann/json.hpp>

#include "cli/cli_args.h"
#include "cli/commands.h"
#include "core/calendar/holidays.h"

namespace rm::cli {

namespace {
constexpr const char* kUsage =
    "usage: rmplanner holidays --year YYYY [--teachers-day]\n\n"
    "Prints the Chinese holidays and festivals of a Gregorian year (1900 … 2100) as a\n"
    "JSON array sorted by date: code, Chinese and English name, date, and whether it is\n"
    "a statutory public holiday. Lunar festivals come from both lunar years that\n"
    "overlap the Gregorian year, so Laba may appear twice.\n\n"
    "  --year YYYY      the Gregorian year (required)\n"
    "  --teachers-day   also list Teachers' Day (10 September)\n";
}  // namespace

int cmd_holidays(int argc, char** argv) {
  std::string error;
  const auto args = parse_args(argc, argv, {{"year"}, {"help", "teachers-day"}}, error);
  if (!args) return fail("holidays", error, 2);
  if (args->has("help")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (!args->positional.empty()) return fail("holidays", "unexpected argument \"" + args->positional[0] + "\"", 2);
  const std::string* year_text = args->option("year");
  if (!year_text) return fail("holidays", "--year YYYY is required (see --help)", 2);
  const auto year = parse_int(*year_text);
  if (!year || *year < 1900 || *year > 2100) return fail("holidays", "--year must be a year 1900 … 2100", 2);

  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Holiday& h : holidays_in_year(static_cast<int>(*year), {.teachers_day = args->has("teachers-day")})) {
    const HolidayNames names = holiday_names(h.kind);
    out.push_back({{"code", names.code}, {"zh", names.zh}, {"en", names.en}, {"date", h.date.iso()},
                   {"statutory", h.statutory}});
  }
  std::printf("%s\n", out.dump(2).c_str());
  return 0;
}

}  // namespace rm::cli
