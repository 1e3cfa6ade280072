#include "ui/widgets/date_input.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>

#include "core/calendar/anniversaries.h"
#include "ui/automation.h"
#include "ui/strings/client_view_strings.h"

namespace rm::ui {

namespace {

// Reads "YYYY-MM-DD" (also accepts '/' or '.' between the parts, and one-digit
// months and days). Only digits and separators: anything else is a format error.
bool split_ymd(const std::string& text, int& y, int& m, int& d) {
  int parts[3] = {0, 0, 0};
  int digits[3] = {0, 0, 0};
  int part = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (digits[part] >= 4) return false;
      parts[part] = parts[part] * 10 + (c - '0');
      ++digits[part];
    } else if ((c == '-' || c == '/' || c == '.') && part < 2 && digits[part] > 0) {
      ++part;
    } else if (c != ' ') {
      return false;
    }
  }
  if (part != 2 || digits[0] != 4 || digits[1] < 1 || digits[1] > 2 || digits[2] < 1 || digits[2] > 2) return false;
  y = parts[0];
  m = parts[1];
  d = parts[2];
  return true;
}

}  // namespace

DateError parse_date_input(const DateInputState& s, DateValue& out) {
  out = DateValue{};
  bool blank = true;
  for (char c : s.text)
    if (c != ' ') blank = false;
  if (blank) return DateError::none;
  int y = 0, m = 0, d = 0;
  if (!split_ymd(s.text, y, m, d)) return DateError::format;
  if (s.lunar) {
    const LunarDate lunar{y, m, d, s.leap};
    const std::optional<Date> solar = from_lunar(lunar);
    if (!solar) return DateError::no_such_lunar_date;
    out.lunar = lunar;
    out.solar = solar;
    return DateError::none;
  }
  const std::optional<Date> solar = Date::checked(y, m, d);
  if (!solar) return DateError::no_such_date;
  out.solar = solar;
  return DateError::none;
}

const Text& date_error_text(DateError error) {
  switch (error) {
    case DateError::format: return cvt::kErrDateFormat;
    case DateError::no_such_date: return cvt::kErrNoSuchDate;
    case DateError::no_such_lunar_date: return cvt::kErrNoSuchLunar;
    case DateError::none: break;
  }
  return cvt::kErrDateFormat;
}

DateInputState date_input_from(std::optional<Date> solar, std::optional<LunarDate> lunar) {
  DateInputState s;
  if (lunar) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", lunar->year, lunar->month, lunar->day);
    s.text = buf;
    s.lunar = true;
    s.leap = lunar->leap;
  } else if (solar) {
    s.text = solar->iso();
  }
  return s;
}

bool date_input(const std::string& id, DateInputState& s, bool allow_lunar, Date today, float width) {
  bool changed = false;
  ImGui::PushID(id.c_str());
  ImGui::SetNextItemWidth(width);
  changed |= ImGui::InputTextWithHint("##date", tr(cvt::kDateHint), &s.text);
  track(id.c_str(), s.text);
  if (allow_lunar) {
    ImGui::SameLine();
    changed |= ImGui::Checkbox(tr(cvt::kLunar), &s.lunar);
    track((id + ".lunar").c_str());
    if (s.lunar) {
      ImGui::SameLine();
      changed |= ImGui::Checkbox(tr(cvt::kLeap), &s.leap);
      track((id + ".leap").c_str());
      DateValue v;
      if (parse_date_input(s, v) == DateError::none && v.lunar && v.solar) {
        std::string hint = std::string(lunar_month_name_zh(v.lunar->month)) + lunar_day_name_zh(v.lunar->day);
        if (v.lunar->leap) hint = "闰" + hint;
        char buf[160];
        std::snprintf(buf, sizeof buf, tr(cvt::kSolarIs), v.solar->iso().c_str());
        hint += "  ";
        hint += buf;
        if (const std::optional<Date> now = lunar_anniversary(*v.lunar, today.year())) {
          std::snprintf(buf, sizeof buf, tr(cvt::kThisYear), now->iso().c_str());
          hint += "  ";
          hint += buf;
        }
        // Beside the checkboxes when it fits, else on its own line (a form
        // column is narrower than the hint with both dates).
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(hint.c_str()).x) ImGui::NewLine();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s", hint.c_str());
        ImGui::PopStyleColor();
        track((id + ".solar").c_str(), hint);
      }
    }
  }
  ImGui::PopID();
  return changed;
}

}  // namespace rm::ui
