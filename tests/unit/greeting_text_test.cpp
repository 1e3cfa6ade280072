#include <catch_amalgamated.hpp>

#include <string>

#include "core/planner/greeting_text.h"

using rm::Date;
using rm::HolidayKind;

namespace {
Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("A birthday greeting sent on the day says today", "[greeting]") {
  const auto t = rm::birthday_greeting("张伟", ymd(2026, 12, 3), ymd(2026, 12, 3));
  CHECK(t.zh == "张伟您好，今天是您的生日，祝您生日快乐、身体健康、阖家幸福！");
  CHECK(has(t.en, "happy birthday"));
}

TEST_CASE("A birthday greeting sent ahead names the day, never today", "[greeting]") {
  const auto tomorrow = rm::birthday_greeting("张伟", ymd(2026, 12, 4), ymd(2026, 12, 3));
  CHECK_FALSE(has(tomorrow.zh, "今天"));
  CHECK(has(tomorrow.zh, "明天（12月4日）是您的生日"));
  CHECK(has(tomorrow.zh, "提前祝您"));
  CHECK(has(tomorrow.en, "tomorrow (4 December)"));

  const auto later = rm::birthday_greeting("李娜", ymd(2026, 12, 8), ymd(2026, 12, 3));
  CHECK_FALSE(has(later.zh, "今天"));
  CHECK(has(later.zh, "李娜您好，12月8日是您的生日，提前祝您"));
  CHECK(has(later.en, "on 8 December"));
  CHECK_FALSE(has(later.en, "today"));

  const auto lunar = rm::birthday_greeting("王芳", ymd(2026, 12, 8), ymd(2026, 12, 3), true);
  CHECK(has(lunar.zh, "12月8日是您的农历生日"));
  CHECK(has(lunar.en, "lunar birthday is on 8 December"));
}

TEST_CASE("A holiday greeting fits its holiday and its day", "[greeting]") {
  const auto on_day = rm::holiday_greeting(HolidayKind::mid_autumn, ymd(2026, 9, 25), ymd(2026, 9, 25));
  CHECK(on_day.zh == "尊敬的客户，值此中秋节之际，祝您和家人中秋快乐、阖家团圆！");

  const auto ahead = rm::holiday_greeting(HolidayKind::spring_festival, ymd(2026, 2, 17), ymd(2026, 2, 12));
  CHECK(has(ahead.zh, "春节（2月17日）将至，提前祝您和家人新春快乐"));
  CHECK_FALSE(has(ahead.zh, "值此"));
  CHECK(has(ahead.en, "Spring Festival coming on 17 February"));

  // The Dragon Boat Festival is wished well-being (安康), not a merry holiday.
  const auto duanwu = rm::holiday_greeting(HolidayKind::dragon_boat, ymd(2026, 6, 19), ymd(2026, 6, 19));
  CHECK(has(duanwu.zh, "端午安康"));
  CHECK_FALSE(has(duanwu.zh, "快乐"));

  const auto national = rm::holiday_greeting(HolidayKind::national_day, ymd(2026, 10, 1), ymd(2026, 9, 28));
  CHECK(has(national.zh, "国庆快乐"));
  CHECK(has(national.zh, "国庆节（10月1日）将至"));
}
