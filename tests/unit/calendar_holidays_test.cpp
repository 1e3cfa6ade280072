#include <catch_amalgamated.hpp>

#include <fstream>
#include <string>

#include "core/calendar/holidays.h"
#include "core/calendar/solar_terms.h"

using rm::Date;
using rm::HolidayKind;

namespace {
Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }

Date find(const std::vector<rm::Holiday>& hs, HolidayKind k) {
  for (const auto& h : hs)
    if (h.kind == k) return h.date;
  FAIL("holiday missing");
  return {};
}
}  // namespace

TEST_CASE("Qingming matches lunar-javascript for every year 1900-2100") {
  std::ifstream in(std::string(RM_TEST_DATA) + "/qingming_reference.tsv");
  REQUIRE(in.good());
  int year = 0;
  std::string iso;
  int rows = 0;
  while (in >> year >> iso) {
    INFO(year);
    CHECK(rm::qingming(year).iso() == iso);
    ++rows;
  }
  CHECK(rows == 201);
}

TEST_CASE("holidays of 2025 with names") {
  const auto hs = rm::holidays_in_year(2025);
  CHECK(find(hs, HolidayKind::new_year) == ymd(2025, 1, 1));
  CHECK(find(hs, HolidayKind::spring_festival_eve) == ymd(2025, 1, 28));
  CHECK(find(hs, HolidayKind::spring_festival) == ymd(2025, 1, 29));
  CHECK(find(hs, HolidayKind::lantern) == ymd(2025, 2, 12));
  CHECK(find(hs, HolidayKind::qingming) == ymd(2025, 4, 4));
  CHECK(find(hs, HolidayKind::dragon_boat) == ymd(2025, 5, 31));
  CHECK(find(hs, HolidayKind::qixi) == ymd(2025, 8, 29));
  CHECK(find(hs, HolidayKind::mid_autumn) == ymd(2025, 10, 6));
  CHECK(find(hs, HolidayKind::double_ninth) == ymd(2025, 10, 29));
  CHECK(find(hs, HolidayKind::winter_solstice) == ymd(2025, 12, 21));
  CHECK(find(hs, HolidayKind::laba) == ymd(2025, 1, 7));
  CHECK(std::is_sorted(hs.begin(), hs.end(), [](const auto& a, const auto& b) { return a.date < b.date; }));
  const auto names = rm::holiday_names(HolidayKind::mid_autumn);
  CHECK(names.zh == "中秋节");
  CHECK(names.en == "Mid-Autumn Festival");
  CHECK(names.code == "mid_autumn");
}

TEST_CASE("Laba can fall twice in one Gregorian year, teachers' day is optional") {
  const auto hs2026 = rm::holidays_in_year(2026);
  int labas = 0;
  for (const auto& h : hs2026) labas += h.kind == HolidayKind::laba;
  CHECK(labas == 1);  // 2026-01-26 only; lunar 2026's 腊八 is in January 2027
  int total_laba_years = 0;
  for (int y = 1900; y <= 2100; ++y) {
    int n = 0;
    for (const auto& h : rm::holidays_in_year(y)) n += h.kind == HolidayKind::laba;
    CHECK(n <= 2);
    total_laba_years += n == 2;
  }
  CHECK(total_laba_years > 0);
  bool teachers = false;
  for (const auto& h : rm::holidays_in_year(2026, {.teachers_day = true})) teachers |= h.kind == HolidayKind::teachers_day;
  CHECK(teachers);
}

TEST_CASE("every year 1900-2100 has one Spring Festival and its eve the day before") {
  for (int y = 1900; y <= 2100; ++y) {
    const auto hs = rm::holidays_in_year(y);
    INFO(y);
    const Date sf = find(hs, HolidayKind::spring_festival);
    CHECK(find(hs, HolidayKind::spring_festival_eve) == sf.plus_days(-1));
    CHECK(sf >= ymd(y, 1, 21));
    CHECK(sf <= ymd(y, 2, 20));
  }
}

TEST_CASE("statutory flags follow the era") {
  const auto statutory = [](int year, HolidayKind k) {
    for (const auto& h : rm::holidays_in_year(year))
      if (h.kind == k) return h.statutory;
    return false;
  };
  CHECK_FALSE(statutory(2007, HolidayKind::qingming));
  CHECK(statutory(2008, HolidayKind::qingming));
  CHECK(statutory(2010, HolidayKind::spring_festival_eve));
  CHECK_FALSE(statutory(2020, HolidayKind::spring_festival_eve));
  CHECK(statutory(2025, HolidayKind::spring_festival_eve));
  CHECK_FALSE(statutory(2025, HolidayKind::laba));
}
