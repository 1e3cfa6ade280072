// The State Council's yearly holiday arrangement (放假安排): which days are
// off and which weekends are worked in exchange (调休). It is announced each
// November for the next year and follows no rule, so it is data. The product
// ships the years below; a book can carry more (or corrections), and a year
// with no arrangement falls back to the legal default (statutory_holidays.h).
#pragma once
#include <vector>

#include "core/civil_date.h"

namespace rm {

struct DayRange {
  Date first;
  Date last;  // inclusive
  friend bool operator==(const DayRange&, const DayRange&) = default;
};

struct YearArrangement {
  int year = 0;
  std::vector<DayRange> days_off;          // may include the weekends inside a break
  std::vector<Date> make_up_working_days;  // weekends worked (调休上班)
  friend bool operator==(const YearArrangement&, const YearArrangement&) = default;
};

// 2024, 2025 and 2026, from the General Office of the State Council notices
// (国办发明电〔2023〕7号, 〔2024〕12号, 〔2025〕7号).
std::vector<YearArrangement> official_arrangements();

}  // namespace rm
