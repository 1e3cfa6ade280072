// When does a birthday or wedding anniversary fall in a given year?
//
// Solar (公历) dates: the same month and day; 29 February falls on 28 February
// in common years, so a greeting is never late.
//
// Lunar (农历) dates, in a lunar year Y, for an original date (M, D, leap):
//  - a date in a leap month (闰M) falls in leap month M when Y has one, else
//    in the ordinary month M — the custom families follow, and it keeps the
//    anniversary yearly rather than once in 19 years;
//  - a date in an ordinary month stays in the ordinary month M even when Y
//    also has a leap month M;
//  - day 30 falls on day 29 when that month of Y is short (小月): the month's
//    last day, again never late and never pushed into the next month.
#pragma once
#include <optional>

#include "core/calendar/lunar_calendar.h"
#include "core/civil_date.h"

namespace rm {

Date solar_anniversary(Date original, int year);

// nullopt only when lunar_year is outside the table (1899-2100).
std::optional<Date> lunar_anniversary(const LunarDate& original, int lunar_year);

// The first occurrence on or after `from`; nullopt outside the table range.
Date next_solar_anniversary(Date original, Date from);
std::optional<Date> next_lunar_anniversary(const LunarDate& original, Date from);

}  // namespace rm
