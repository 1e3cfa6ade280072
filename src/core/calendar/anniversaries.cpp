#include "core/calendar/anniversaries.h"

namespace rm {

Date solar_anniversary(Date original, int year) {
  const Ymd v = original.ymd();
  const int day = v.day <= days_in_month(year, v.month) ? v.day : days_in_month(year, v.month);
  return Date::from_ymd(year, v.month, day);
}

std::optional<Date> lunar_anniversary(const LunarDate& original, int lunar_year) {
  if (!lunar_year_in_range(lunar_year)) return std::nullopt;
  LunarDate target = original;
  target.year = lunar_year;
  target.leap = original.leap && lunar_leap_month(lunar_year) == original.month;
  const int length = lunar_month_days(lunar_year, target.month, target.leap);
  if (target.day > length) target.day = length;
  return from_lunar(target);
}

Date next_solar_anniversary(Date original, Date from) {
  const Date this_year = solar_anniversary(original, from.year());
  return this_year >= from ? this_year : solar_anniversary(original, from.year() + 1);
}

std::optional<Date> next_lunar_anniversary(const LunarDate& original, Date from) {
  // The lunar year that contains `from` starts in from.year() or the year before.
  for (int y = from.year() - 1; y <= from.year() + 1; ++y) {
    const auto d = lunar_anniversary(original, y);
    if (d && *d >= from) return d;
  }
  return std::nullopt;
}

}  // namespace rm
