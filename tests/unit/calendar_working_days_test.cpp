#include <catch_amalgamated.hpp>

#include "core/calendar/statutory_holidays.h"
#include "core/calendar/working_calendar.h"

using rm::Date;
using rm::DayKind;

namespace {
Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }
}  // namespace

TEST_CASE("official 2025 arrangement: Spring Festival break and make-up Sundays") {
  const rm::WorkingCalendar cal(2025, 2025);
  CHECK(cal.kind(ymd(2025, 1, 26)) == DayKind::make_up_working);  // a Sunday worked
  CHECK(cal.is_working_day(ymd(2025, 1, 27)));
  for (Date d = ymd(2025, 1, 28); d <= ymd(2025, 2, 4); d = d.plus_days(1)) CHECK_FALSE(cal.is_working_day(d));
  CHECK(cal.is_working_day(ymd(2025, 2, 8)));  // Saturday worked
  CHECK(cal.kind(ymd(2025, 10, 8)) == DayKind::day_off);
  CHECK(cal.next_working_day(ymd(2025, 9, 30)) == ymd(2025, 9, 30));
  CHECK(cal.next_working_day(ymd(2025, 10, 1)) == ymd(2025, 10, 9));
  // 261 weekdays - 18 weekdays off (1 + 6 + 1 + 3 + 1 + 6) + 5 weekends worked.
  CHECK(cal.working_days(ymd(2025, 1, 1), ymd(2026, 1, 1)) == 248);
}

TEST_CASE("a holiday week: National Day 2024") {
  const rm::WorkingCalendar cal(2024, 2024);
  // Week of Monday 30 September 2024: Monday worked, Tuesday-Friday off, Saturday 12 Oct worked later.
  CHECK(cal.working_days(ymd(2024, 9, 30), ymd(2024, 10, 7)) == 1);
  CHECK(cal.is_working_day(ymd(2024, 9, 29)));  // Sunday make-up
  CHECK(cal.is_working_day(ymd(2024, 10, 12)));
  // 262 weekdays - 19 weekdays off (1 + 5 + 2 + 3 + 1 + 2 + 5) + 8 weekends worked.
  CHECK(cal.working_days(ymd(2024, 1, 1), ymd(2025, 1, 1)) == 251);
}

TEST_CASE("default rule: statutory days plus days in lieu for weekends") {
  // 2027 has no built-in arrangement. 2027-01-01 is a Friday.
  const auto off = rm::default_days_off(2027);
  const auto has = [&](Date d) { return std::find(off.begin(), off.end(), d) != off.end(); };
  CHECK(has(ymd(2027, 1, 1)));
  // Spring Festival 2027-02-06 (Saturday): eve Fri 5th, 6th-8th; Sat 6 and Sun 7 give days in lieu 9th, 10th.
  CHECK(has(ymd(2027, 2, 5)));
  CHECK(has(ymd(2027, 2, 8)));
  CHECK(has(ymd(2027, 2, 9)));
  CHECK(has(ymd(2027, 2, 10)));
  CHECK_FALSE(has(ymd(2027, 2, 11)));
  // National Day 2027: Fri 1, Sat 2, Sun 3 -> lieu Mon 4, Tue 5.
  CHECK(has(ymd(2027, 10, 4)));
  CHECK(has(ymd(2027, 10, 5)));
  CHECK_FALSE(has(ymd(2027, 10, 6)));
  const rm::WorkingCalendar cal(2027, 2027);
  CHECK(cal.kind(ymd(2027, 10, 2)) == DayKind::day_off);
  CHECK(cal.kind(ymd(2027, 10, 9)) == DayKind::weekend);
}

TEST_CASE("a book's arrangement replaces the built-in one; other years still answer") {
  rm::YearArrangement mine{2025, {{ymd(2025, 3, 3), ymd(2025, 3, 3)}}, {}};
  const rm::WorkingCalendar cal(2025, 2025, {mine});
  CHECK_FALSE(cal.is_working_day(ymd(2025, 3, 3)));
  CHECK(cal.is_working_day(ymd(2025, 1, 28)));  // no longer off in this book
  CHECK(cal.is_working_day(ymd(2030, 1, 2)));   // outside the precomputed years
  CHECK_FALSE(cal.is_working_day(ymd(2030, 1, 1)));
}
