#include "app/commands/calendar_commands.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "app/commands/command_args.h"
#include "core/calendar/holiday_notice.h"

namespace rm {
namespace {

// The edit that leaves the book's settings as SETTINGS.
template <class C>
Edit settings_edit(Settings settings) {
  Edit e = edit_of<C>({});
  e.settings = std::move(settings);
  return e;
}

}  // namespace

Result<Edit> decide(const SaveYearArrangement& c, const CommandInput& in) {
  const Problems problems = validate_arrangement(c.arrangement);
  if (!problems.empty()) {
    const Problem& first = problems.front();
    return refusal(first.code, "Not saved — " + first.message_en, "未保存——" + first.message_zh, first.path);
  }
  Settings s = in.book.settings;
  auto& years = s.holiday_arrangements;
  const auto same = std::find_if(years.begin(), years.end(), [&](const YearArrangement& a) { return a.year == c.arrangement.year; });
  if (same != years.end()) *same = c.arrangement;
  else years.push_back(c.arrangement);
  // By year, so the file and Settings list them in order whatever was entered first.
  std::sort(years.begin(), years.end(), [](const YearArrangement& a, const YearArrangement& b) { return a.year < b.year; });
  return settings_edit<SaveYearArrangement>(std::move(s));
}

Result<Edit> decide(const DeleteYearArrangement& c, const CommandInput& in) {
  Settings s = in.book.settings;
  if (std::erase_if(s.holiday_arrangements, [&](const YearArrangement& a) { return a.year == c.year; }) == 0) {
    const std::string year = std::to_string(c.year);
    return refusal("no_such_arrangement", "The book has no holiday notice of its own for " + year + ".",
                   "本册没有自行录入的 " + year + " 年放假安排。", "year");
  }
  return settings_edit<DeleteYearArrangement>(std::move(s));
}

// The flat form of docs/commands.md: {year, days_off: [{first, last}], make_up_working_days: [dates]}.
void read_args(CommandArgs& a, SaveYearArrangement& c) {
  int64_t year = 0;
  a.integer("year", year, kFirstArrangementYear, kLastArrangementYear, CommandArgs::required);
  c.arrangement.year = static_cast<int>(year);
  if (const nlohmann::json* ranges = a.raw("days_off")) {
    if (!ranges->is_array()) return a.bad("days_off", "must be a list of {first, last}", "应为 {first, last} 列表");
    for (size_t i = 0; i < ranges->size(); ++i) {
      const nlohmann::json& r = (*ranges)[i];
      if (!r.is_object()) return a.bad("days_off", "must be a list of {first, last}", "应为 {first, last} 列表");
      CommandArgs range(r);
      DayRange dr;
      range.date("first", dr.first);
      range.date("last", dr.last);
      range.finish();
      if (range.problem()) {
        Problem p = *range.problem();
        p.path = "days_off[" + std::to_string(i) + "]." + p.path;
        return a.fail(std::move(p));
      }
      c.arrangement.days_off.push_back(dr);
    }
  }
  if (const nlohmann::json* days = a.raw("make_up_working_days")) {
    const auto not_dates = [&] {
      a.bad("make_up_working_days", "must be a list of dates (YYYY-MM-DD)", "应为日期列表（YYYY-MM-DD）");
    };
    if (!days->is_array()) return not_dates();
    for (const nlohmann::json& d : *days) {
      const std::optional<Date> date = d.is_string() ? Date::parse_iso(d.get_ref<const std::string&>()) : std::nullopt;
      if (!date) return not_dates();
      c.arrangement.make_up_working_days.push_back(*date);
    }
  }
}

void read_args(CommandArgs& a, DeleteYearArrangement& c) {
  int64_t year = 0;
  a.integer("year", year, kFirstArrangementYear, kLastArrangementYear, CommandArgs::required);
  c.year = static_cast<int>(year);
}

}  // namespace rm
