// Chinese holidays and festivals of a Gregorian year, 1900-2100: the dates a
// manager sends greetings (docs/domain.md §2, "SMS greetings on major holidays")
// and, for the statutory ones, the dates the working-day calendar starts from.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "core/model/codes.h"  // EnumCodes

namespace rm {

enum class HolidayKind {
  new_year,             // 元旦, 1 January
  spring_festival_eve,  // 除夕, last day of the lunar year
  spring_festival,      // 春节, lunar 1/1
  lantern,              // 元宵节, lunar 1/15
  qingming,             // 清明节, solar term
  labour_day,           // 劳动节, 1 May
  dragon_boat,          // 端午节, lunar 5/5
  qixi,                 // 七夕, lunar 7/7
  teachers_day,         // 教师节, 10 September (optional)
  mid_autumn,           // 中秋节, lunar 8/15
  national_day,         // 国庆节, 1 October
  double_ninth,         // 重阳节, lunar 9/9
  winter_solstice,      // 冬至, solar term
  laba,                 // 腊八节, lunar 12/8
};

template <>
struct EnumCodes<HolidayKind> {
  static constexpr auto codes = std::to_array<std::string_view>(
      {"new_year", "spring_festival_eve", "spring_festival", "lantern", "qingming", "labour_day", "dragon_boat", "qixi",
       "teachers_day", "mid_autumn", "national_day", "double_ninth", "winter_solstice", "laba"});
};
std::optional<HolidayKind> parse_holiday_kind(std::string_view code);

struct HolidayNames {
  std::string_view code;  // stable, for JSON: "spring_festival"
  std::string_view zh;
  std::string_view en;
};
HolidayNames holiday_names(HolidayKind kind);

struct Holiday {
  HolidayKind kind;
  Date date;
  bool statutory;  // a public holiday under the State Council's rules
};

struct HolidayOptions {
  bool teachers_day = false;
};

// Sorted by date. Lunar festivals are taken from both lunar years that
// overlap the Gregorian year, so Laba can appear in January, December or both.
// Requires 1900 <= year <= 2100.
std::vector<Holiday> holidays_in_year(int year, HolidayOptions options = {});

}  // namespace rm
