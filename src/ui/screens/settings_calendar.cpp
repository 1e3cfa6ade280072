// Settings → Working calendar: whose holiday notice decides this year's and
// the next two years' working days, and a text box to enter a year's notice
// in the line format of parse_arrangement_text (docs/domain.md, "Working
// calendar"), saved whole as one save_year_arrangement command.
#include <imgui.h>

#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "app/commands/calendar_commands.h"
#include "core/calendar/holiday_notice.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/screens/settings.h"
#include "ui/strings/settings_strings.h"
#include "ui/widgets/refusal_line.h"

namespace rm::ui {
namespace {
using namespace settings_text;

std::string format(const Text& t, int year) {
  char buf[256];
  std::snprintf(buf, sizeof buf, tr(t), year);
  return buf;
}

// The text a year's entry starts from: its own or shipped notice, to correct.
std::string starting_text(const std::vector<YearArrangement>& own, int year) {
  for (const std::vector<YearArrangement>& list : {own, official_arrangements()})
    for (const YearArrangement& a : list)
      if (a.year == year) return arrangement_text(a);
  return {};
}

}  // namespace

void draw_calendar(UiContext& ctx) {
  ImGui::SeparatorText(tr(kCalendar));
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", tr(kCalendarNote));
  ImGui::PopTextWrapPos();
  CalendarForm& f = ctx.state.settings.calendar;
  const std::vector<YearArrangement>& own = ctx.ws.book().settings.holiday_arrangements;

  for (int year = ctx.today.year(); year <= ctx.today.year() + 2; ++year) {
    const std::string y = std::to_string(year);
    ImGui::PushID(year);
    const ArrangementSource source = arrangement_source(own, year);
    const Text& label = source == ArrangementSource::own       ? kCalendarOwn
                        : source == ArrangementSource::shipped ? kCalendarShipped
                                                               : kCalendarDefault;
    const std::string text = format(label, year);
    ImGui::AlignTextToFramePadding();
    if (source == ArrangementSource::legal_default)
      ImGui::TextColored(tone_vec4(Tone::warn), "%s", text.c_str());
    else
      ImGui::TextUnformatted(text.c_str());
    track(("settings.calendar.year." + y).c_str(), text);
    ImGui::SameLine(420);
    if (ImGui::SmallButton(tr(kCalendarEdit))) {
      f = CalendarForm{};
      f.year = year;
      f.text = starting_text(own, year);
    }
    track(("settings.calendar.edit." + y).c_str());
    if (source == ArrangementSource::own) {
      ImGui::SameLine();
      if (ImGui::SmallButton(tr(kCalendarDelete))) {
        Result<int64_t> done = ctx.actions.dispatch(DeleteYearArrangement{year});
        f.refusal = done.ok() ? std::nullopt : std::optional<Problem>(done.problem());
        f.saved = false;
      }
      track(("settings.calendar.delete." + y).c_str());
    }
    ImGui::PopID();
  }

  if (f.year == 0) {
    refusal_line("settings.calendar.error", f.refusal);
    return;
  }
  ImGui::TextUnformatted(format(kCalendarEditing, f.year).c_str());
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", tr(kCalendarFormat));
  ImGui::PopTextWrapPos();
  if (ImGui::InputTextMultiline("##calendar_text", &f.text, ImVec2(-FLT_MIN, 160))) f.saved = false;
  track("settings.calendar.text", f.text);
  if (ImGui::Button(tr(kCalendarSave))) {
    Result<YearArrangement> parsed = parse_arrangement_text(f.year, f.text);
    if (!parsed) {
      f.refusal = parsed.problem();
    } else {
      Result<int64_t> done = ctx.actions.dispatch(SaveYearArrangement{parsed.value()});
      f.refusal = done.ok() ? std::nullopt : std::optional<Problem>(done.problem());
      f.saved = done.ok();
    }
  }
  track("settings.calendar.save");
  if (f.saved) {
    ImGui::SameLine();
    ImGui::TextColored(tone_vec4(Tone::good), "%s", tr(kCalendarSaved));
    track("settings.calendar.saved");
  }
  refusal_line("settings.calendar.error", f.refusal);
}

}  // namespace rm::ui
