// The dates that open a greeting window: the client's birthday (lunar when
// the client celebrates it, else solar; see calendar/anniversaries.h) and the
// holidays on which the bank sends greetings (the policy's
// greeting_holidays, contact_policy.h; by default the five statutory
// festivals — Qingming is a day of mourning and gets none).
#pragma once
#include <functional>
#include <vector>

#include "core/calendar/holidays.h"
#include "core/calendar/working_calendar.h"
#include "core/model/client.h"
#include "core/policy/contact_workload.h"

namespace rm {

// The holidays of GREETED in [from, to), by date.
std::vector<Holiday> major_holidays_between(Date from, Date to, const std::vector<HolidayKind>& greeted);
// The greetings a year asks of one client (policy/contact_workload.h): one
// birthday and each greeted holiday the calendar has that year.
YearlyEvents yearly_events(int year, const std::vector<HolidayKind>& greeted);
std::vector<Date> birthdays_between(const Client& client, Date from, Date to);
// The day a greeting for DAY is sent: DAY when it is a working day, else the
// last working day before it, on which the message is prepared and scheduled
// (docs/domain.md, "Greetings on days off"). Major holidays are days off, so
// the agenda, which plans working days only, could otherwise plan their
// greetings only after the day.
Date greeting_send_day(const WorkingCalendar& calendar, Date day);
// How far before its day a greeting can be sent: the longest break (the
// Spring Festival's, with the weekends around it) is well inside it.
inline constexpr int kGreetingMaxLeadDays = 31;
// The live clients with a birthday in [from, to), soonest birthday first (ties
// in book order): the order the Today screen lists them in, a week at a time.
std::vector<std::reference_wrapper<const Client>> clients_by_birthday(const std::vector<Client>& clients, Date from,
                                                                     Date to);

}  // namespace rm
