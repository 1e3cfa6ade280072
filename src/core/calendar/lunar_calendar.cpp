#include "core/calendar/lunar_calendar.h"

#include <cstdint>

#include "core/calendar/lunar_year_table.h"

namespace rm {
namespace {

struct YearInfo {
  Date new_year;
  int leap_month = 0;   // 0 = none
  int month_count = 12;
  uint32_t long_months = 0;  // bit i: the i-th month in sequence has 30 days
};

YearInfo year_info(int lunar_year) {
  const uint32_t w = lunar_table::year_word(lunar_year);
  YearInfo y;
  y.long_months = w & 0x1FFFu;
  y.leap_month = static_cast<int>((w >> 13) & 0xFu);
  y.month_count = y.leap_month ? 13 : 12;
  y.new_year = Date::from_ymd(lunar_year, 1, 1).plus_days(static_cast<int32_t>((w >> 17) & 0x3Fu));
  return y;
}

int length_at(const YearInfo& y, int index) { return (y.long_months >> index) & 1u ? 30 : 29; }

// Position of (month, leap) in the year's month sequence, or -1.
int index_of(const YearInfo& y, int month, bool leap) {
  if (month < 1 || month > 12) return -1;
  if (leap) return y.leap_month == month ? month : -1;
  return (y.leap_month != 0 && month > y.leap_month) ? month : month - 1;
}

}  // namespace

bool lunar_year_in_range(int lunar_year) {
  return lunar_year >= lunar_table::kFirstYear && lunar_year <= lunar_table::kLastYear;
}

Date lunar_new_year(int lunar_year) { return year_info(lunar_year).new_year; }

int lunar_year_days(int lunar_year) {
  const YearInfo y = year_info(lunar_year);
  int total = 0;
  for (int i = 0; i < y.month_count; ++i) total += length_at(y, i);
  return total;
}

int lunar_leap_month(int lunar_year) { return year_info(lunar_year).leap_month; }

int lunar_month_days(int lunar_year, int month, bool leap) {
  const YearInfo y = year_info(lunar_year);
  const int i = index_of(y, month, leap);
  return i < 0 ? 0 : length_at(y, i);
}

std::optional<LunarDate> to_lunar(Date date) {
  int lunar_year = date.year();
  if (lunar_year > lunar_table::kLastYear + 1 || lunar_year < lunar_table::kFirstYear) return std::nullopt;
  if (lunar_year > lunar_table::kLastYear || date < lunar_new_year(lunar_year)) --lunar_year;
  if (!lunar_year_in_range(lunar_year)) return std::nullopt;
  const YearInfo y = year_info(lunar_year);
  int offset = date - y.new_year;
  for (int i = 0; i < y.month_count; ++i) {
    const int len = length_at(y, i);
    if (offset < len) {
      LunarDate out;
      out.year = lunar_year;
      out.day = offset + 1;
      // With a leap month L the sequence is 1..L, leap L, L+1..12.
      const bool after_leap = y.leap_month != 0 && i >= y.leap_month;
      out.leap = y.leap_month != 0 && i == y.leap_month;
      out.month = after_leap ? i : i + 1;
      return out;
    }
    offset -= len;
  }
  return std::nullopt;  // past the end of lunar 2100
}

std::optional<Date> from_lunar(const LunarDate& date) {
  if (!lunar_year_in_range(date.year)) return std::nullopt;
  const YearInfo y = year_info(date.year);
  const int index = index_of(y, date.month, date.leap);
  if (index < 0 || date.day < 1 || date.day > length_at(y, index)) return std::nullopt;
  int offset = date.day - 1;
  for (int i = 0; i < index; ++i) offset += length_at(y, i);
  return y.new_year.plus_days(offset);
}

const char* lunar_month_name_zh(int month) {
  static const char* const kNames[] = {"正月", "二月", "三月", "四月", "五月",   "六月",
                                       "七月", "八月", "九月", "十月", "冬月", "腊月"};
  return month >= 1 && month <= 12 ? kNames[month - 1] : "";
}

const char* lunar_day_name_zh(int day) {
  static const char* const kNames[] = {"初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八",
                                       "初九", "初十", "十一", "十二", "十三", "十四", "十五", "十六",
                                       "十七", "十八", "十九", "二十", "廿一", "廿二", "廿三", "廿四",
                                       "廿五", "廿六", "廿七", "廿八", "廿九", "三十"};
  return day >= 1 && day <= 30 ? kNames[day - 1] : "";
}

}  // namespace rm
