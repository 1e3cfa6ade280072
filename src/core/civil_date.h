// A calendar date with no time zone: the unit in which the bank's rules speak
// ("within 3 days", "once a quarter", "valid one year"). Stored as a day number
// (days since 1970-01-01, proleptic Gregorian) so arithmetic is exact and cheap.
#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rm {

struct Ymd {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  friend auto operator<=>(const Ymd&, const Ymd&) = default;
};

class Date {
 public:
  constexpr Date() = default;
  constexpr explicit Date(int32_t days_since_epoch) : days_(days_since_epoch) {}
  static Date from_ymd(int year, int month, int day);  // caller ensures validity
  static std::optional<Date> checked(int year, int month, int day);
  static std::optional<Date> parse_iso(std::string_view text);  // "YYYY-MM-DD" only

  Ymd ymd() const;
  int year() const { return ymd().year; }
  int32_t days() const { return days_; }
  int weekday() const;  // 1 = Monday … 7 = Sunday (ISO)
  std::string iso() const;

  Date plus_days(int32_t n) const { return Date(days_ + n); }
  Date plus_months(int n) const;  // clamps the day to the month's end
  Date plus_years(int n) const { return plus_months(12 * n); }

  friend constexpr int32_t operator-(Date a, Date b) { return a.days_ - b.days_; }
  friend constexpr auto operator<=>(Date, Date) = default;

 private:
  int32_t days_ = 0;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
// Whole years between two dates, as one counts a person's age.
int whole_years_between(Date from, Date to);

}  // namespace rm
