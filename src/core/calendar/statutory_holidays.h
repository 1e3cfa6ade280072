// Which days are public holidays by law (《全国年节及纪念日放假办法》), by era:
//   from 2025: 元旦 1, 春节 4 (除夕 to 初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3
//   2014-2024: 春节 3 (初一 to 初三), 劳动节 1
//   2008-2013: 春节 3 (除夕 to 初二), 劳动节 1
//   before 2008 (the 1999 rules): 元旦 1, 春节 3, 劳动节 3, 国庆 3; no 清明/端午/中秋
// Earlier history is not modelled: the planner never schedules in the past.
// When a statutory day falls on a weekend the law gives a day off in lieu on
// a working day (补假); which weekends are worked in exchange (调休) is
// announced each year and is data (official_arrangements.h).
#pragma once
#include <vector>

#include "core/calendar/holidays.h"
#include "core/civil_date.h"

namespace rm {

bool is_statutory(HolidayKind kind, int year);

// The statutory days off of a year under the default rule: the holidays
// above plus days in lieu for those falling on Saturday or Sunday. Sorted.
std::vector<Date> default_days_off(int year);

}  // namespace rm
