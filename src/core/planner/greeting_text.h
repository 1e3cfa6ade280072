// The greeting a manager copies for a client's birthday or a holiday
// (docs/domain.md §2, "Messages": SMS greetings on major holidays and on the
// client's birthday). The text is sent on the day it is copied, which may be
// before the day itself (the Today screen lists the next seven days), so it
// names the day it is for when that day is not today, and each holiday gets
// the wish that belongs to it.
#pragma once
#include <string>

#include "core/calendar/holidays.h"
#include "core/civil_date.h"

namespace rm {

struct GreetingText {
  std::string zh;
  std::string en;
};

// NAME's birthday falls on DAY; the greeting is sent on SENT_ON. LUNAR: the
// client celebrates her lunar birthday (DAY is its solar date this year).
GreetingText birthday_greeting(const std::string& name, Date day, Date sent_on, bool lunar = false);

// The holiday KIND falls on DAY; the greeting is sent on SENT_ON.
GreetingText holiday_greeting(HolidayKind kind, Date day, Date sent_on);

}  // namespace rm
