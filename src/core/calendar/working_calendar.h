// Is a date a working day in mainland China? Weekends are off, statutory
// holidays are off, and announced make-up weekends (调休) are worked. Years
// with an arrangement (official_arrangements.h, or the book's own) use it;
// other years use the legal default rule (statutory_holidays.h).
//
// The calendar precomputes the years it is built for, so the agenda can ask
// about every day of a year at the cost of an array lookup; dates outside
// those years are still answered, by computing the year on demand.
#pragma once
#include <cstdint>
#include <vector>

#include "core/calendar/official_arrangements.h"
#include "core/civil_date.h"

namespace rm {

enum class DayKind : uint8_t {
  working,
  weekend,
  day_off,         // a statutory holiday or a day of a holiday break
  make_up_working  // a weekend worked in exchange for a holiday break
};

class WorkingCalendar {
 public:
  // `arrangements` replace the built-in ones for the same year.
  WorkingCalendar(int first_year, int last_year, std::vector<YearArrangement> arrangements = {});

  DayKind kind(Date date) const;
  bool is_working_day(Date date) const {
    const DayKind k = kind(date);
    return k == DayKind::working || k == DayKind::make_up_working;
  }
  // The first working day on or after `date`.
  Date next_working_day(Date date) const;
  // Working days in [from, to), 0 when to <= from.
  int working_days(Date from, Date to) const;

 private:
  std::vector<DayKind> compute_year(int year) const;

  int first_year_;
  std::vector<YearArrangement> arrangements_;
  std::vector<std::vector<DayKind>> years_;  // years_[y - first_year_][day of year]
};

}  // namespace rm
