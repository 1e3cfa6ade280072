#include <catch_amalgamated.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "core/calendar/anniversaries.h"
#include "core/calendar/lunar_calendar.h"

using rm::Date;
using rm::LunarDate;

namespace {
Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }
}  // namespace

TEST_CASE("lunar conversion matches lunar-javascript on every reference row") {
  std::ifstream in(std::string(RM_TEST_DATA) + "/lunar_reference.tsv");
  REQUIRE(in.good());
  std::string line;
  int rows = 0;
  int mismatches = 0;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string iso;
    LunarDate expected;
    int leap = 0;
    fields >> iso >> expected.year >> expected.month >> leap >> expected.day;
    expected.leap = leap != 0;
    const auto date = Date::parse_iso(iso);
    REQUIRE(date);
    const auto lunar = rm::to_lunar(*date);
    const auto back = rm::from_lunar(expected);
    if (!lunar || *lunar != expected || !back || *back != *date) {
      if (++mismatches <= 5) FAIL_CHECK(iso << " expected " << expected.year << "/" << expected.month
                                            << (expected.leap ? "L" : "") << "/" << expected.day);
    }
    ++rows;
  }
  CHECK(rows > 13000);
  CHECK(mismatches == 0);
}

TEST_CASE("the year table is consistent: each year ends where the next begins") {
  for (int y = 1899; y < 2100; ++y) {
    INFO("lunar year " << y);
    CHECK(rm::lunar_new_year(y).plus_days(rm::lunar_year_days(y)) == rm::lunar_new_year(y + 1));
    const int leap = rm::lunar_leap_month(y);
    CHECK(rm::lunar_year_days(y) >= (leap ? 383 : 353));
    CHECK(rm::lunar_year_days(y) <= (leap ? 385 : 355));
  }
}

TEST_CASE("known lunar dates") {
  CHECK(rm::lunar_new_year(2024) == ymd(2024, 2, 10));
  CHECK(rm::lunar_new_year(2026) == ymd(2026, 2, 17));
  CHECK(rm::lunar_leap_month(2023) == 2);
  CHECK(rm::lunar_leap_month(2025) == 6);
  CHECK(rm::lunar_leap_month(2024) == 0);
  CHECK(*rm::to_lunar(ymd(2023, 3, 22)) == LunarDate{2023, 2, 1, true});
  CHECK(*rm::to_lunar(ymd(2024, 2, 9)) == LunarDate{2023, 12, 30, false});  // 除夕 2024
  CHECK(*rm::to_lunar(ymd(1900, 1, 1)) == LunarDate{1899, 12, 1, false});
  CHECK(rm::to_lunar(ymd(1899, 2, 9)) == std::nullopt);
  CHECK(rm::to_lunar(ymd(2101, 1, 29)) == std::nullopt);
  CHECK(rm::to_lunar(ymd(2101, 1, 28)).has_value());
  CHECK(rm::from_lunar({2024, 2, 1, true}) == std::nullopt);   // 2024 has no leap month
  CHECK(rm::from_lunar({2024, 12, 30, false}) == std::nullopt);  // a 29-day 腊月
  CHECK(rm::lunar_month_days(2024, 12, false) == 29);
  CHECK(std::string(rm::lunar_month_name_zh(12)) == "腊月");
  CHECK(std::string(rm::lunar_day_name_zh(15)) == "十五");
}

TEST_CASE("lunar birthdays: leap months and day 30") {
  // Born 2023-04-19 = 闰二月廿九 (2023 leap 2nd month).
  const LunarDate born = *rm::to_lunar(ymd(2023, 4, 19));
  CHECK(born == LunarDate{2023, 2, 29, true});
  // 2024 has no leap month: the ordinary 二月廿九.
  CHECK(*rm::lunar_anniversary(born, 2024) == *rm::from_lunar({2024, 2, 29, false}));
  CHECK(*rm::lunar_anniversary(born, 2024) == ymd(2024, 4, 7));
  // An ordinary-month birthday stays in the ordinary month in a year with that leap month.
  const LunarDate ordinary{1990, 2, 10, false};
  CHECK(*rm::lunar_anniversary(ordinary, 2023) == ymd(2023, 3, 1));
  // Born on day 30 of a long 腊月; in 2024 腊月 has 29 days: day 29 (除夕 2025-01-28).
  const LunarDate day30{2023, 12, 30, false};
  CHECK(*rm::lunar_anniversary(day30, 2024) == ymd(2025, 1, 28));
  // Next occurrence looks across the Gregorian year boundary.
  CHECK(*rm::next_lunar_anniversary(LunarDate{1980, 12, 20, false}, ymd(2025, 1, 1)) == ymd(2025, 1, 19));
  CHECK(*rm::next_lunar_anniversary(LunarDate{1980, 12, 20, false}, ymd(2025, 1, 20)) == ymd(2026, 2, 7));
  CHECK(rm::lunar_anniversary(born, 2101) == std::nullopt);
}

TEST_CASE("solar birthdays: 29 February falls on 28 February in common years") {
  const Date leapling = ymd(1996, 2, 29);
  CHECK(rm::solar_anniversary(leapling, 2025) == ymd(2025, 2, 28));
  CHECK(rm::solar_anniversary(leapling, 2028) == ymd(2028, 2, 29));
  CHECK(rm::next_solar_anniversary(ymd(1980, 6, 15), ymd(2026, 6, 16)) == ymd(2027, 6, 15));
  CHECK(rm::next_solar_anniversary(ymd(1980, 6, 15), ymd(2026, 6, 15)) == ymd(2026, 6, 15));
}
