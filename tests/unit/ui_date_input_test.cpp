// The date field's parsing (src/ui/widgets/date_input.h), without drawing it.
#include <catch_amalgamated.hpp>

#include "ui/widgets/date_input.h"

using namespace rm;
using namespace rm::ui;

namespace {
DateError parse(const std::string& text, DateValue& out, bool lunar = false, bool leap = false) {
  return parse_date_input(DateInputState{text, lunar, leap}, out);
}
}  // namespace

TEST_CASE("date input: solar dates, separators and blanks") {
  DateValue v;
  CHECK(parse("1985-08-15", v) == DateError::none);
  CHECK(v.solar == Date::from_ymd(1985, 8, 15));
  CHECK_FALSE(v.lunar.has_value());

  CHECK(parse("1985/8/5", v) == DateError::none);
  CHECK(v.solar == Date::from_ymd(1985, 8, 5));
  CHECK(parse("1985.08.05", v) == DateError::none);
  CHECK(v.solar == Date::from_ymd(1985, 8, 5));

  CHECK(parse("", v) == DateError::none);
  CHECK_FALSE(v.solar.has_value());
  CHECK(parse("   ", v) == DateError::none);
  CHECK_FALSE(v.solar.has_value());
}

TEST_CASE("date input: malformed text and days that do not exist") {
  DateValue v;
  CHECK(parse("85-08-15", v) == DateError::format);
  CHECK(parse("1985-08", v) == DateError::format);
  CHECK(parse("1985-08-15x", v) == DateError::format);
  CHECK(parse("1985--08-15", v) == DateError::format);
  CHECK(parse("1985-008-15", v) == DateError::format);
  CHECK_FALSE(v.solar.has_value());

  CHECK(parse("2023-02-29", v) == DateError::no_such_date);
  CHECK(parse("2024-02-29", v) == DateError::none);
  CHECK(parse("2024-13-01", v) == DateError::no_such_date);
  CHECK(date_error_text(DateError::no_such_date).en != date_error_text(DateError::format).en);
}

TEST_CASE("date input: lunar dates with and without the leap month") {
  DateValue v;
  // 2023's Spring Festival (正月初一) was 22 January; 2023 has a leap second month.
  CHECK(parse("2023-01-01", v, true) == DateError::none);
  CHECK(v.solar == Date::from_ymd(2023, 1, 22));
  REQUIRE(v.lunar.has_value());
  CHECK(*v.lunar == LunarDate{2023, 1, 1, false});

  CHECK(parse("2023-02-01", v, true, true) == DateError::none);
  CHECK(v.solar == Date::from_ymd(2023, 3, 22));
  CHECK(v.lunar->leap);

  // 2024 has no leap second month.
  CHECK(parse("2024-02-01", v, true, true) == DateError::no_such_lunar_date);
  CHECK_FALSE(v.solar.has_value());
}

TEST_CASE("date input: a stored date reads back as the same value") {
  const DateInputState solar = date_input_from(Date::from_ymd(1990, 3, 7));
  CHECK(solar.text == "1990-03-07");
  CHECK_FALSE(solar.lunar);

  const LunarDate lunar{2023, 2, 10, true};
  const DateInputState s = date_input_from(from_lunar(lunar), lunar);
  CHECK(s.text == "2023-02-10");
  CHECK(s.lunar);
  CHECK(s.leap);
  DateValue v;
  REQUIRE(parse_date_input(s, v) == DateError::none);
  CHECK(v.lunar == lunar);
  CHECK(v.solar == from_lunar(lunar));
}
