// Reports → 工作日志与周报: the daily work log (工作日志: the morning meeting,
// the contacts, sales, suggestions, memos — save_work_log, one entry a day)
// and the weekly summary built from the week's logs and activity that the
// manager hands to the supervisor (docs/domain.md §3 "Written reports";
// core/reports/weekly_summary.h), printable and as CSV.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "app/commands/command.h"
#include "core/model/person_name.h"
#include "core/reports/weekly_summary.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/screens/reports.h"
#include "ui/strings/report_strings.h"
#include "ui/strings/workbench_strings.h"
#include "ui/widgets/copy_button.h"
#include "ui/widgets/refusal_line.h"
#include "ui/widgets/wrapped_text.h"

namespace rm::ui {

namespace {
using namespace report_text;

// Fills the draft with the owner's saved entry of DAY (or empties it).
void load_day(const Book& book, Date day, WorkLogDraft& d) {
  const RecordId& owner = book.settings.owner_manager_id;
  WorkLogDraft fresh;
  fresh.day_offset = d.day_offset;
  fresh.loaded = true;
  for (const WorkLogEntry& e : book.work_log) {
    if (e.meta.deleted || e.date != day || (!owner.empty() && e.manager_id != owner)) continue;
    fresh.morning_meeting = e.morning_meeting;
    fresh.contacts = e.contacts;
    fresh.sales = e.sales;
    fresh.suggestions = e.suggestions;
    fresh.memo = e.memo;
  }
  d = std::move(fresh);
}

void field(const char* id, const Text& name, std::string& value, WorkLogDraft& d) {
  ImGui::TextUnformatted(tr(name));
  ImGui::PushID(id);
  if (ImGui::InputTextMultiline("##t", &value, ImVec2(-FLT_MIN, 2.5f * ImGui::GetTextLineHeightWithSpacing())))
    d.saved = false;
  ImGui::PopID();
  track(id, value);
}

void draw_editor(UiContext& ctx) {
  WorkLogDraft& d = ctx.state.reports.log;
  const Date day = ctx.today.plus_days(d.day_offset);
  if (!d.loaded) load_day(ctx.ws.book(), day, d);
  char title[128];
  std::snprintf(title, sizeof title, tr(kWorkLogFor), day.iso().c_str());
  ImGui::SeparatorText(title);
  if (ImGui::Button(tr(kPrevDay))) {
    --d.day_offset;
    d.loaded = false;
  }
  track("reports.log.prev");
  ImGui::SameLine();
  ImGui::TextUnformatted(day.iso().c_str());
  track("reports.log.date", day.iso());
  ImGui::SameLine();
  ImGui::BeginDisabled(d.day_offset >= 0);  // a log says what happened: not a later day
  if (ImGui::Button(tr(kNextDay))) {
    ++d.day_offset;
    d.loaded = false;
  }
  track("reports.log.next");
  ImGui::EndDisabled();
  field("reports.log.morning_meeting", kMorningMeeting, d.morning_meeting, d);
  field("reports.log.contacts", kContacts, d.contacts, d);
  field("reports.log.sales", kSales, d.sales, d);
  field("reports.log.suggestions", kSuggestions, d.suggestions, d);
  field("reports.log.memo", kMemo, d.memo, d);
  if (ImGui::Button(tr(kSaveLog))) {
    const Result<int64_t> done =
        ctx.actions.dispatch(SaveWorkLog{day, d.morning_meeting, d.contacts, d.sales, d.suggestions, d.memo});
    d.saved = done.ok();
    if (done.ok()) d.refusal.reset();
    else d.refusal = done.problem();
  }
  track("reports.log.save");
  if (d.saved) {
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(kLogSaved));
    track("reports.log.done", "saved");
  }
  refusal_line("reports.log.error", d.refusal);
}

void draw_summary(UiContext& ctx) {
  const PlannerFigures& f = ctx.state.planner_figures.figures(ctx.ws, ctx.today);
  if (!f.context) return;
  const Date day = ctx.today.plus_days(ctx.state.reports.log.day_offset);
  const RecordId manager = reports_manager(ctx);
  ReportsState& state = ctx.state.reports;
  if (!state.summary || state.summary_revision != ctx.ws.revision() || state.summary_day != day) {
    state.summary = weekly_summary(*f.context, manager, day);
    state.summary_revision = ctx.ws.revision();
    state.summary_day = day;
  }
  const WeeklySummary& s = *state.summary;
  char range[128];
  std::snprintf(range, sizeof range, tr(kWeekRange), s.week.start.iso().c_str(), s.week.end.plus_days(-1).iso().c_str());
  ImGui::SeparatorText((std::string(tr(kWeeklySummary)) + " " + range).c_str());
  std::string text;
  for (const std::string& line : language() == Language::Chinese ? s.zh : s.en) text += (text.empty() ? "" : "\n") + line;
  wrapped_text(text);
  track("reports.weekly", text);
  copy_button(ctx.actions, tr(workbench_text::kCopyWeekly), text, "reports.weekly.copy");
  ImGui::SameLine();
  const Book& book = ctx.ws.book();
  report_downloads(
      ctx, "reports.summary", "weekly-summary-" + s.week.start.iso(),
      [&] { return weekly_summary_html(s, ui_report_labels(), person_name(book, ctx.ws.index(), manager)); },
      [&] { return weekly_summary_csv(s, ui_report_labels()); });
}

void draw_recent_logs(UiContext& ctx) {
  using namespace workbench_text;
  const Book& book = ctx.ws.book();
  ImGui::SeparatorText(tr(kRecentLogs));
  std::vector<const WorkLogEntry*> logs;
  for (const WorkLogEntry& e : book.work_log)
    if (!e.meta.deleted) logs.push_back(&e);
  std::sort(logs.begin(), logs.end(), [](auto* a, auto* b) { return b->date < a->date; });
  if (logs.empty()) ImGui::TextDisabled("%s", tr(kNoWorkLogs));
  for (size_t i = 0; i < logs.size() && i < 14; ++i) {
    const WorkLogEntry& e = *logs[i];
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::TreeNode(e.date.iso().c_str())) {
      for (const std::string* part : {&e.morning_meeting, &e.contacts, &e.sales, &e.suggestions, &e.memo})
        if (!part->empty()) ImGui::TextWrapped("%s", part->c_str());
      ImGui::TreePop();
    }
    track(("reports.worklog." + std::to_string(i)).c_str(), e.contacts);
    ImGui::PopID();
  }
}
}  // namespace

void draw_reports_work_log(UiContext& ctx) {
  draw_editor(ctx);
  draw_summary(ctx);
  draw_recent_logs(ctx);
}

}  // namespace rm::ui
