#include <catch_amalgamated.hpp>

#include "core/civil_date.h"
#include "core/money.h"

using rm::Date;

TEST_CASE("civil dates round-trip through day numbers") {
  for (int32_t n = -800000; n <= 800000; n += 997) {
    const Date d(n);
    const auto v = d.ymd();
    REQUIRE(Date::from_ymd(v.year, v.month, v.day) == d);
  }
  CHECK(Date::from_ymd(1970, 1, 1).days() == 0);
  CHECK(Date::from_ymd(2024, 2, 29).iso() == "2024-02-29");
}

TEST_CASE("ISO parsing rejects impossible dates") {
  CHECK(Date::parse_iso("2023-02-29") == std::nullopt);
  CHECK(Date::parse_iso("2024-02-29").has_value());
  CHECK(Date::parse_iso("2024-2-9") == std::nullopt);
  CHECK(Date::parse_iso("2024-13-01") == std::nullopt);
  CHECK(Date::parse_iso("abcd-ef-gh") == std::nullopt);
}

TEST_CASE("weekday, month arithmetic and ages") {
  CHECK(Date::from_ymd(2026, 11, 23).weekday() == 1);  // a Monday
  CHECK(Date::from_ymd(2024, 1, 31).plus_months(1).iso() == "2024-02-29");
  CHECK(Date::from_ymd(2024, 2, 29).plus_years(1).iso() == "2025-02-28");
  CHECK(rm::whole_years_between(Date::from_ymd(1980, 6, 15), Date::from_ymd(2026, 6, 14)) == 45);
  CHECK(rm::whole_years_between(Date::from_ymd(1980, 6, 15), Date::from_ymd(2026, 6, 15)) == 46);
}

TEST_CASE("money formats in yuan with grouping, exactly") {
  CHECK(rm::format_yuan(123456789) == "1,234,567.89");
  CHECK(rm::format_yuan(-5) == "-0.05");
  CHECK(rm::format_yuan(INT64_MIN) == "-92,233,720,368,547,758.08");
}
