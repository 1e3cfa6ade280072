#include "core/planner/periods.h"

#include <algorithm>

namespace rm {

Period period_containing(RulePeriod period, Date date) {
  const Ymd v = date.ymd();
  switch (period) {
    case RulePeriod::year: return {Date::from_ymd(v.year, 1, 1), Date::from_ymd(v.year + 1, 1, 1)};
    case RulePeriod::quarter: {
      const Date start = Date::from_ymd(v.year, (v.month - 1) / 3 * 3 + 1, 1);
      return {start, start.plus_months(3)};
    }
    case RulePeriod::month: {
      const Date start = Date::from_ymd(v.year, v.month, 1);
      return {start, start.plus_months(1)};
    }
    case RulePeriod::week: {
      const Date monday = date.plus_days(1 - date.weekday());
      return {monday, monday.plus_days(7)};
    }
    case RulePeriod::days_after_event: break;
  }
  return {date, date.plus_days(1)};
}

std::vector<Period> periods_overlapping(RulePeriod period, Date from, Date to) {
  std::vector<Period> out;
  for (Date d = from; d < to;) {
    const Period p = period_containing(period, d);
    out.push_back(p);
    d = p.end;
  }
  return out;
}

Period intersect(Period a, Period b) { return {std::max(a.start, b.start), std::min(a.end, b.end)}; }

}  // namespace rm
