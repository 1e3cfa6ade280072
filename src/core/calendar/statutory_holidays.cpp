#include "core/calendar/statutory_holidays.h"

#include <algorithm>

namespace rm {
namespace {

bool is_weekend(Date d) { return d.weekday() >= 6; }

// Days off a holiday brings beyond its own date, e.g. 春节 初二 and 初三.
int extra_days(HolidayKind kind, int year) {
  switch (kind) {
    case HolidayKind::spring_festival: return (year >= 2008 && year <= 2013) ? 1 : 2;
    case HolidayKind::labour_day: return year >= 2025 ? 1 : (year < 2008 ? 2 : 0);
    case HolidayKind::national_day: return 2;
    default: return 0;
  }
}

}  // namespace

bool is_statutory(HolidayKind kind, int year) {
  switch (kind) {
    case HolidayKind::new_year:
    case HolidayKind::spring_festival:
    case HolidayKind::labour_day:
    case HolidayKind::national_day: return true;
    case HolidayKind::spring_festival_eve: return year >= 2025 || (year >= 2008 && year <= 2013);
    case HolidayKind::qingming:
    case HolidayKind::dragon_boat:
    case HolidayKind::mid_autumn: return year >= 2008;
    default: return false;
  }
}

std::vector<Date> default_days_off(int year) {
  std::vector<Date> statutory;
  for (const Holiday& h : holidays_in_year(year)) {
    if (!h.statutory) continue;
    for (int i = 0; i <= extra_days(h.kind, year); ++i) statutory.push_back(h.date.plus_days(i));
  }
  std::sort(statutory.begin(), statutory.end());
  statutory.erase(std::unique(statutory.begin(), statutory.end()), statutory.end());

  std::vector<Date> off = statutory;
  for (const Date d : statutory) {
    if (!is_weekend(d)) continue;
    Date lieu = d.plus_days(1);
    while (is_weekend(lieu) || std::find(off.begin(), off.end(), lieu) != off.end()) lieu = lieu.plus_days(1);
    off.push_back(lieu);
  }
  std::sort(off.begin(), off.end());
  return off;
}

}  // namespace rm
