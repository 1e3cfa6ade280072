#include "core/calendar/official_arrangements.h"

namespace rm {
namespace {

DayRange days(int y, int m, int d, int y2, int m2, int d2) { return {Date::from_ymd(y, m, d), Date::from_ymd(y2, m2, d2)}; }
Date day(int y, int m, int d) { return Date::from_ymd(y, m, d); }

}  // namespace

// Each year as the State Council General Office's notice on that year's public
// holidays (国务院办公厅关于N年部分节假日安排的通知) gives it; 2026 is the notice of
// 4 November 2025 (Xinhua). A new year is added when its notice appears.
std::vector<YearArrangement> official_arrangements() {
  return {
      {2024,
       {days(2024, 1, 1, 2024, 1, 1), days(2024, 2, 10, 2024, 2, 17), days(2024, 4, 4, 2024, 4, 6),
        days(2024, 5, 1, 2024, 5, 5), days(2024, 6, 10, 2024, 6, 10), days(2024, 9, 15, 2024, 9, 17),
        days(2024, 10, 1, 2024, 10, 7)},
       {day(2024, 2, 4), day(2024, 2, 18), day(2024, 4, 7), day(2024, 4, 28), day(2024, 5, 11), day(2024, 9, 14),
        day(2024, 9, 29), day(2024, 10, 12)}},
      {2025,
       {days(2025, 1, 1, 2025, 1, 1), days(2025, 1, 28, 2025, 2, 4), days(2025, 4, 4, 2025, 4, 6),
        days(2025, 5, 1, 2025, 5, 5), days(2025, 5, 31, 2025, 6, 2), days(2025, 10, 1, 2025, 10, 8)},
       {day(2025, 1, 26), day(2025, 2, 8), day(2025, 4, 27), day(2025, 9, 28), day(2025, 10, 11)}},
      {2026,
       {days(2026, 1, 1, 2026, 1, 3), days(2026, 2, 15, 2026, 2, 23), days(2026, 4, 4, 2026, 4, 6),
        days(2026, 5, 1, 2026, 5, 5), days(2026, 6, 19, 2026, 6, 21), days(2026, 9, 25, 2026, 9, 27),
        days(2026, 10, 1, 2026, 10, 7)},
       {day(2026, 1, 4), day(2026, 2, 14), day(2026, 2, 28), day(2026, 5, 9), day(2026, 9, 20), day(2026, 10, 10)}},
  };
}

}  // namespace rm
