// Gregorian <-> Chinese lunar (农历) dates for lunar years 1899-2100, i.e.
// every Gregorian day from 1899-02-10 to 2101-01-28 (all of 1900-2100).
// Lunar festivals and lunar birthdays are the reasons a manager calls a
// client; the conversion is table-driven (lunar_year_table.h), O(1) per date.
#pragma once
#include <compare>
#include <optional>

#include "core/civil_date.h"

namespace rm {

struct LunarDate {
  int year = 0;       // the lunar year, named by the Gregorian year it starts in
  int month = 1;      // 1..12
  int day = 1;        // 1..30
  bool leap = false;  // the leap month (闰月) that follows month `month`
  friend auto operator<=>(const LunarDate&, const LunarDate&) = default;
};

std::optional<LunarDate> to_lunar(Date date);
// nullopt when the lunar year is out of range or the day does not exist
// (a leap month the year lacks, day 30 of a 29-day month).
std::optional<Date> from_lunar(const LunarDate& date);

bool lunar_year_in_range(int lunar_year);
// The following require lunar_year_in_range(lunar_year).
Date lunar_new_year(int lunar_year);          // 正月初一
int lunar_year_days(int lunar_year);          // 353..385
int lunar_leap_month(int lunar_year);         // 0 when the year has none
int lunar_month_days(int lunar_year, int month, bool leap);  // 29, 30, or 0 if no such month

// "二〇二三年闰二月初一" style names for the UI and reports.
const char* lunar_month_name_zh(int month);   // "正月" … "腊月"
const char* lunar_day_name_zh(int day);       // "初一" … "三十"

}  // namespace rm
