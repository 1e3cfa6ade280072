#include "core/planner/greeting_text.h"

#include <array>
#include <string_view>

namespace rm {

namespace {

constexpr std::array<std::string_view, 12> kMonthsEn = {"January", "February", "March",     "April",   "May",      "June",
                                                        "July",    "August",   "September", "October", "November", "December"};

std::string day_zh(Date d) {
  const Ymd ymd = d.ymd();
  return std::to_string(ymd.month) + "月" + std::to_string(ymd.day) + "日";
}

std::string day_en(Date d) {
  const Ymd ymd = d.ymd();
  return std::to_string(ymd.day) + " " + std::string(kMonthsEn[static_cast<size_t>(ymd.month - 1)]);
}

struct Wish {
  std::string_view zh;  // what is wished, after "祝您和家人"
  std::string_view en;  // after "wishing you and your family"
};

// Each festival has its own customary wish: 端午, 清明, 重阳 and the like are
// wished 安康 (well-being), never 快乐.
Wish wish_for(HolidayKind kind) {
  switch (kind) {
    case HolidayKind::new_year: return {"新年快乐、万事如意", "a happy New Year"};
    case HolidayKind::spring_festival_eve: return {"除夕团圆、辞旧迎新", "a joyful New Year's Eve together"};
    case HolidayKind::spring_festival: return {"新春快乐、万事如意", "a happy Spring Festival and a prosperous year"};
    case HolidayKind::lantern: return {"元宵快乐、团团圆圆", "a happy Lantern Festival"};
    case HolidayKind::qingming: return {"平安康健", "peace and good health"};
    case HolidayKind::labour_day: return {"劳动节快乐、身体健康", "a happy Labour Day"};
    case HolidayKind::dragon_boat: return {"端午安康", "good health for the Dragon Boat Festival"};
    case HolidayKind::qixi: return {"七夕快乐、甜蜜美满", "a happy Qixi Festival"};
    case HolidayKind::teachers_day: return {"教师节快乐", "a happy Teachers' Day"};
    case HolidayKind::mid_autumn: return {"中秋快乐、阖家团圆", "a happy Mid-Autumn Festival and a joyful reunion"};
    case HolidayKind::national_day: return {"国庆快乐、万事如意", "a happy National Day"};
    case HolidayKind::double_ninth: return {"重阳安康、福寿绵长", "good health and long life for the Double Ninth Festival"};
    case HolidayKind::winter_solstice: return {"冬至安康", "good health for the Winter Solstice"};
    case HolidayKind::laba: return {"腊八安康", "good health for the Laba Festival"};
  }
  return {"节日快乐", "a happy holiday"};
}

}  // namespace

GreetingText birthday_greeting(const std::string& name, Date day, Date sent_on, bool lunar) {
  const std::string birthday_zh = lunar ? "农历生日" : "生日";
  const std::string birthday_en = lunar ? "lunar birthday" : "birthday";
  const std::string wish_zh = "生日快乐、身体健康、阖家幸福！";
  const std::string wish_en = "Wishing you good health and happiness.";
  GreetingText t;
  if (day == sent_on) {
    t.zh = name + "您好，今天是您的" + birthday_zh + "，祝您" + wish_zh;
    t.en = "Dear " + name + ", happy " + birthday_en + "! " + wish_en;
  } else if (day == sent_on.plus_days(1)) {
    t.zh = name + "您好，明天（" + day_zh(day) + "）是您的" + birthday_zh + "，提前祝您" + wish_zh;
    t.en = "Dear " + name + ", your " + birthday_en + " is tomorrow (" + day_en(day) + "): an early happy " +
           birthday_en + "! " + wish_en;
  } else if (day > sent_on) {
    t.zh = name + "您好，" + day_zh(day) + "是您的" + birthday_zh + "，提前祝您" + wish_zh;
    t.en = "Dear " + name + ", your " + birthday_en + " is on " + day_en(day) + ": an early happy " + birthday_en +
           "! " + wish_en;
  } else {
    t.zh = name + "您好，" + day_zh(day) + "是您的" + birthday_zh + "，补祝您" + wish_zh;
    t.en = "Dear " + name + ", a belated happy " + birthday_en + " for " + day_en(day) + "! " + wish_en;
  }
  return t;
}

GreetingText holiday_greeting(HolidayKind kind, Date day, Date sent_on) {
  const HolidayNames names = holiday_names(kind);
  const Wish wish = wish_for(kind);
  const std::string zh_name(names.zh), en_name(names.en);
  GreetingText t;
  if (day == sent_on) {
    t.zh = "尊敬的客户，值此" + zh_name + "之际，祝您和家人" + std::string(wish.zh) + "！";
    t.en = "Dear client, on " + en_name + " we wish you and your family " + std::string(wish.en) + "!";
  } else if (day > sent_on) {
    t.zh = "尊敬的客户，" + zh_name + "（" + day_zh(day) + "）将至，提前祝您和家人" + std::string(wish.zh) + "！";
    t.en = "Dear client, with " + en_name + " coming on " + day_en(day) + ", we wish you and your family " +
           std::string(wish.en) + "!";
  } else {
    t.zh = "尊敬的客户，" + zh_name + "（" + day_zh(day) + "）刚过，祝您和家人" + std::string(wish.zh) + "！";
    t.en = "Dear client, after " + en_name + " on " + day_en(day) + ", we wish you and your family " +
           std::string(wish.en) + "!";
  }
  return t;
}

}  // namespace rm
