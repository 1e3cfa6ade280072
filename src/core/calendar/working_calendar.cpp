#include "core/calendar/working_calendar.h"

#include <algorithm>

#include "core/calendar/statutory_holidays.h"

namespace rm {

WorkingCalendar::WorkingCalendar(int first_year, int last_year, std::vector<YearArrangement> arrangements)
    : first_year_(first_year), arrangements_(official_arrangements()) {
  for (YearArrangement& a : arrangements) {
    const auto same = std::find_if(arrangements_.begin(), arrangements_.end(),
                                   [&](const YearArrangement& b) { return b.year == a.year; });
    if (same != arrangements_.end()) *same = std::move(a);
    else arrangements_.push_back(std::move(a));
  }
  for (int y = first_year; y <= last_year; ++y) years_.push_back(compute_year(y));
}

std::vector<DayKind> WorkingCalendar::compute_year(int year) const {
  const Date jan1 = Date::from_ymd(year, 1, 1);
  const int length = is_leap_year(year) ? 366 : 365;
  std::vector<DayKind> kinds(static_cast<size_t>(length), DayKind::working);
  for (int i = 0; i < length; ++i)
    if (jan1.plus_days(i).weekday() >= 6) kinds[static_cast<size_t>(i)] = DayKind::weekend;

  const auto mark = [&](Date d, DayKind k) {
    if (d.year() == year) kinds[static_cast<size_t>(d - jan1)] = k;
  };
  const auto arrangement = std::find_if(arrangements_.begin(), arrangements_.end(),
                                        [&](const YearArrangement& a) { return a.year == year; });
  if (arrangement == arrangements_.end()) {
    for (const Date d : default_days_off(year)) mark(d, DayKind::day_off);
    return kinds;
  }
  for (const DayRange& r : arrangement->days_off)
    for (Date d = r.first; d <= r.last; d = d.plus_days(1)) mark(d, DayKind::day_off);
  for (const Date d : arrangement->make_up_working_days) mark(d, DayKind::make_up_working);
  return kinds;
}

DayKind WorkingCalendar::kind(Date date) const {
  const int year = date.year();
  const int index = year - first_year_;
  const int day_of_year = date - Date::from_ymd(year, 1, 1);
  if (index >= 0 && index < static_cast<int>(years_.size()))
    return years_[static_cast<size_t>(index)][static_cast<size_t>(day_of_year)];
  return compute_year(year)[static_cast<size_t>(day_of_year)];
}

Date WorkingCalendar::next_working_day(Date date) const {
  while (!is_working_day(date)) date = date.plus_days(1);
  return date;
}

int WorkingCalendar::working_days(Date from, Date to) const {
  int n = 0;
  for (Date d = from; d < to; d = d.plus_days(1)) n += is_working_day(d) ? 1 : 0;
  return n;
}

}  // namespace rm
