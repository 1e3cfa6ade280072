#include "core/planner/greeting_days.h"

#include <algorithm>

#include "core/calendar/anniversaries.h"

namespace rm {

std::vector<Holiday> major_holidays_between(Date from, Date to, const std::vector<HolidayKind>& greeted) {
  std::vector<Holiday> out;
  for (int y = from.year(); y <= to.plus_days(-1).year(); ++y) {
    if (y < 1900 || y > 2100) continue;
    for (const Holiday& h : holidays_in_year(y))
      if (std::find(greeted.begin(), greeted.end(), h.kind) != greeted.end() && h.date >= from && h.date < to)
        out.push_back(h);
  }
  return out;
}

YearlyEvents yearly_events(int year, const std::vector<HolidayKind>& greeted) {
  YearlyEvents out;
  out.major_holidays = static_cast<int>(
      major_holidays_between(Date::from_ymd(year, 1, 1), Date::from_ymd(year + 1, 1, 1), greeted).size());
  return out;
}

std::vector<Date> birthdays_between(const Client& client, Date from, Date to) {
  std::vector<Date> out;
  for (int y = from.year() - 1; y <= to.year(); ++y) {
    std::optional<Date> d;
    if (client.lunar_birthday) d = lunar_anniversary(*client.lunar_birthday, y);
    else if (client.birthday) d = solar_anniversary(*client.birthday, y);
    if (d && *d >= from && *d < to) out.push_back(*d);
  }
  return out;
}

Date greeting_send_day(const WorkingCalendar& calendar, Date day) {
  for (int back = 0; back <= kGreetingMaxLeadDays; ++back)
    if (calendar.is_working_day(day.plus_days(-back))) return day.plus_days(-back);
  return day;  // no working day within reach: the day itself
}

std::vector<std::reference_wrapper<const Client>> clients_by_birthday(const std::vector<Client>& clients, Date from,
                                                                     Date to) {
  std::vector<std::pair<Date, const Client*>> found;
  for (const Client& c : clients) {
    if (c.meta.deleted) continue;
    const std::vector<Date> days = birthdays_between(c, from, to);
    if (!days.empty()) found.emplace_back(days.front(), &c);
  }
  std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::reference_wrapper<const Client>> out;
  out.reserve(found.size());
  for (const auto& f : found) out.emplace_back(*f.second);
  return out;
}

}  // namespace rm
