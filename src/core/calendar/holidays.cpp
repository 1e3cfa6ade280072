#include "core/calendar/holidays.h"

#include <algorithm>

#include "core/calendar/lunar_calendar.h"
#include "core/calendar/solar_terms.h"
#include "core/calendar/statutory_holidays.h"

namespace rm {

std::optional<HolidayKind> parse_holiday_kind(std::string_view code) {
  const auto& codes = EnumCodes<HolidayKind>::codes;
  for (size_t i = 0; i < codes.size(); ++i)
    if (codes[i] == code) return static_cast<HolidayKind>(i);
  return std::nullopt;
}

HolidayNames holiday_names(HolidayKind kind) {
  switch (kind) {
    case HolidayKind::new_year: return {"new_year", "元旦", "New Year's Day"};
    case HolidayKind::spring_festival_eve: return {"spring_festival_eve", "除夕", "Chinese New Year's Eve"};
    case HolidayKind::spring_festival: return {"spring_festival", "春节", "Spring Festival"};
    case HolidayKind::lantern: return {"lantern", "元宵节", "Lantern Festival"};
    case HolidayKind::qingming: return {"qingming", "清明节", "Qingming Festival"};
    case HolidayKind::labour_day: return {"labour_day", "劳动节", "Labour Day"};
    case HolidayKind::dragon_boat: return {"dragon_boat", "端午节", "Dragon Boat Festival"};
    case HolidayKind::qixi: return {"qixi", "七夕", "Qixi Festival"};
    case HolidayKind::teachers_day: return {"teachers_day", "教师节", "Teachers' Day"};
    case HolidayKind::mid_autumn: return {"mid_autumn", "中秋节", "Mid-Autumn Festival"};
    case HolidayKind::national_day: return {"national_day", "国庆节", "National Day"};
    case HolidayKind::double_ninth: return {"double_ninth", "重阳节", "Double Ninth Festival"};
    case HolidayKind::winter_solstice: return {"winter_solstice", "冬至", "Winter Solstice"};
    case HolidayKind::laba: return {"laba", "腊八节", "Laba Festival"};
  }
  return {"", "", ""};
}

namespace {

struct LunarFestival {
  HolidayKind kind;
  int month;
  int day;
};

constexpr LunarFestival kLunarFestivals[] = {
    {HolidayKind::spring_festival, 1, 1}, {HolidayKind::lantern, 1, 15},   {HolidayKind::dragon_boat, 5, 5},
    {HolidayKind::qixi, 7, 7},            {HolidayKind::mid_autumn, 8, 15}, {HolidayKind::double_ninth, 9, 9},
    {HolidayKind::laba, 12, 8},
};

}  // namespace

std::vector<Holiday> holidays_in_year(int year, HolidayOptions options) {
  std::vector<Holiday> out;
  const auto add = [&](HolidayKind kind, Date date) { out.push_back({kind, date, is_statutory(kind, year)}); };
  add(HolidayKind::new_year, Date::from_ymd(year, 1, 1));
  add(HolidayKind::qingming, qingming(year));
  add(HolidayKind::labour_day, Date::from_ymd(year, 5, 1));
  if (options.teachers_day) add(HolidayKind::teachers_day, Date::from_ymd(year, 9, 10));
  add(HolidayKind::national_day, Date::from_ymd(year, 10, 1));
  add(HolidayKind::winter_solstice, winter_solstice(year));

  for (int lunar_year = year - 1; lunar_year <= year; ++lunar_year) {
    if (!lunar_year_in_range(lunar_year)) continue;
    for (const LunarFestival& f : kLunarFestivals) {
      const auto d = from_lunar({lunar_year, f.month, f.day, false});
      if (d && d->year() == year) add(f.kind, *d);
    }
    const Date eve = lunar_new_year(lunar_year).plus_days(lunar_year_days(lunar_year) - 1);
    if (eve.year() == year) add(HolidayKind::spring_festival_eve, eve);
  }
  std::sort(out.begin(), out.end(), [](const Holiday& a, const Holiday& b) {
    return a.date != b.date ? a.date < b.date : a.kind < b.kind;
  });
  return out;
}

}  // namespace rm
