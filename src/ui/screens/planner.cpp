// Planner (计划): the year ahead — what the contact rules demand of this book
// (docs/domain.md §2's worked example is this arithmetic), whether the planned pace
// meets them by tier — and the coming week day by day.
#include "ui/screens/planner.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/calendar/holiday_notice.h"
#include "core/policy/tier_policy.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/strings/workbench_strings.h"
#include "ui/widgets/bar.h"

namespace rm::ui {

namespace {
using namespace workbench_text;

std::string tenths(const Rate& r) {
  const int t = r.tenths();
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d.%d", t / 10, t % 10);
  return buf;
}
}  // namespace

void draw_planner(UiContext& ctx) {
  const PlannerFigures& f = ctx.state.planner_figures.with_outlook(ctx.ws, ctx.today);
  const YearAhead& y = *f.year_ahead;
  // A year without its holiday notice has no make-up days and the legal
  // default breaks (docs/domain.md, "Working calendar"): say so.
  if (const std::optional<int> year = year_without_notice(ctx.ws.book().settings.holiday_arrangements, ctx.today)) {
    char line[512];
    std::snprintf(line, sizeof line, tr(kCalendarMissing), *year);
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(tone_vec4(Tone::warn), "%s", line);
    ImGui::PopTextWrapPos();
    track("planner.calendar_missing", line);
  }
  ImGui::SeparatorText(tr(kYearAhead));
  ImGui::TextUnformatted(tr(kNeeded));
  if (ImGui::BeginTable("##needed", 6, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn("");
    ImGui::TableSetupColumn(tr(kServices));
    ImGui::TableSetupColumn(tr(kProactive));
    ImGui::TableSetupColumn(tr(kMeetings));
    ImGui::TableSetupColumn(tr(kCalls));
    ImGui::TableSetupColumn(tr(kMessages));
    ImGui::TableHeadersRow();
    const ContactCounts& c = y.needed.workload.per_year;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr(kPerYear));
    const auto year_cell = [](const char* id, int n) {
      ImGui::TableNextColumn();
      ImGui::Text("%d", n);
      track(id, std::to_string(n));
    };
    year_cell("planner.year.services", c.services);
    year_cell("planner.year.proactive", c.proactive);
    year_cell("planner.year.meetings", c.meetings);
    year_cell("planner.year.calls", c.calls);
    year_cell("planner.year.messages", c.messages);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr(kPerDay));
    for (const Rate& rate : {y.needed.services_per_day, y.needed.proactive_per_day, y.needed.meetings_per_day,
                            y.needed.calls_per_day, y.needed.messages_per_day}) {
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(tenths(rate).c_str());
    }
    ImGui::EndTable();
  }
  ImGui::TextDisabled(tr(kWorkingDays), y.needed.workload.working_days);

  ImGui::SeparatorText(tr(kByTier));
  // Each tier's bar: the share of its clients that will meet their rules by
  // year end at the planned pace (docs/ui-style.md "Charts").
  if (ImGui::BeginTable("##tiers", 5, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn(tr(kTier));
    ImGui::TableSetupColumn(tr(kClients));
    ImGui::TableSetupColumn(tr(kMeetingNow));
    ImGui::TableSetupColumn(tr(kMeetingAtPace));
    ImGui::TableSetupColumn("##bar", ImGuiTableColumnFlags_WidthFixed, 240);
    ImGui::TableHeadersRow();
    for (const TierProjection& p : y.projection) {
      const TierRule* rule = find_tier(f.policy.tiers, p.tier);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(rule ? (language() == Language::Chinese ? rule->name_zh : rule->name_en).c_str()
                                  : p.tier.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d", p.clients);
      ImGui::TableNextColumn();
      ImGui::Text("%d", p.meeting_rules_now);
      ImGui::TableNextColumn();
      ImGui::Text("%d", p.meeting_rules_at_pace);
      ImGui::TableNextColumn();
      char tip[128];
      std::snprintf(tip, sizeof tip, tr(kAtPaceShare), p.meeting_rules_at_pace, p.clients);
      bar(("planner.tier_bar." + p.tier).c_str(), p.meeting_rules_at_pace, p.clients, tip);
    }
    ImGui::EndTable();
  }
  ImGui::Text(tr(kPlanned), y.planned_contacts, y.unscheduled);

  ImGui::SeparatorText(tr(kWeek));
  static const char* const kWeekdayZh[] = {"一", "二", "三", "四", "五", "六", "日"};
  static const char* const kWeekdayEn[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  // The week as bars, one per day, against the busiest day: where the load
  // piles up reads before the numbers do.
  size_t busiest = 0;
  for (const AgendaDay& day : f.week->days) busiest = std::max(busiest, day.entries.size());
  if (!ImGui::BeginTable("##week", 3, ImGuiTableFlags_SizingFixedFit)) return;
  ImGui::TableSetupColumn("d");
  ImGui::TableSetupColumn("n");
  ImGui::TableSetupColumn("b", ImGuiTableColumnFlags_WidthFixed, 320);
  int i = 0;
  for (const AgendaDay& day : f.week->days) {
    const int wd = day.date.weekday() - 1;
    const std::string when = language() == Language::Chinese ? std::string("周") + kWeekdayZh[wd] : kWeekdayEn[wd];
    const std::string date = day.date.iso() + "  " + when;
    const std::string id = "planner.week." + std::to_string(i++);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (day.on_leave || day.kind != DayKind::working) {
      ImGui::TextDisabled("%s", date.c_str());
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", tr(day.on_leave ? kOnLeave : kDayOff));
      track(id.c_str(), std::to_string(day.entries.size()));
      continue;
    }
    ImGui::TextUnformatted(date.c_str());
    ImGui::TableNextColumn();
    ImGui::Text(tr(kDayEntries), static_cast<int>(day.entries.size()));
    track(id.c_str(), std::to_string(day.entries.size()));
    ImGui::TableNextColumn();
    bar((id + ".bar").c_str(), static_cast<double>(day.entries.size()), static_cast<double>(busiest),
        date + "  " + std::to_string(day.entries.size()));
  }
  ImGui::EndTable();
}

}  // namespace rm::ui
