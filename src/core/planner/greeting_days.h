// The dates that open a greeting window: the client's birthday (lunar when
// the client celebrates it, else solar; see calendar/anniversaries.h) and the
// major holidays on which banks send greetings. Qingming is a day of
// mourning and gets none.
#pragma once
#include <functional>
#include <vector>

#include "core/calendar/holidays.h"
#include "core/model/client.h"

namespace rm {

bool is_major_holiday(HolidayKind kind);
std::vector<Holiday> major_holidays_between(Date from, Date to);  // [from, to)
std::vector<Date> birthdays_between(const Client& client, Date from, Date to);
// The live clients with a birthday in [from, to), soonest birthday first (ties
// in book order): the order the Today screen lists them in, a week at a time.
std::vector<std::reference_wrapper<const Client>> clients_by_birthday(const std::vector<Client>& clients, Date from,
                                                                     Date to);

}  // namespace rm
