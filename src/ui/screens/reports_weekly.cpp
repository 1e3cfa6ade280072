// Reports → 商机进程表: the weekly pipeline table the manager hands in on
// Friday (docs/domain.md §3), for this week or an earlier one — the open
// opportunities per step at the week's end, the week's movement, the totals —
// printable (HTML) and as CSV (core/reports/pipeline_week.h).
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/model/person_name.h"
#include "core/reports/pipeline_week.h"
#include "core/search/client_export.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/screens/reports.h"
#include "ui/strings/enum_labels.h"
#include "ui/strings/report_strings.h"

namespace rm::ui {

namespace {
using namespace report_text;

std::string date_text(const std::optional<Date>& d) { return d ? d->iso() : std::string(); }

// "< Previous week", the week shown, "This week", "Next week >" (not past this week).
void week_picker(UiContext& ctx, const Period& week) {
  int& offset = ctx.state.reports.week_offset;
  if (ImGui::Button(tr(kPrevWeek))) --offset;
  track("reports.pipeline.prev");
  ImGui::SameLine();
  char range[128];
  std::snprintf(range, sizeof range, tr(kWeekRange), week.start.iso().c_str(), week.end.plus_days(-1).iso().c_str());
  ImGui::TextUnformatted(range);
  track("reports.pipeline.week", week.start.iso());
  ImGui::SameLine();
  ImGui::BeginDisabled(offset >= 0);
  if (ImGui::Button(tr(kThisWeek))) offset = 0;
  track("reports.pipeline.this_week");
  ImGui::SameLine();
  if (ImGui::Button(tr(kNextWeek))) ++offset;
  track("reports.pipeline.next");
  ImGui::EndDisabled();
}

void tally_row(const char* id, const char* name, const PipelineTally& t) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(name);
  ImGui::TableNextColumn();
  ImGui::Text("%lld", static_cast<long long>(t.count));
  track(id, std::to_string(t.count) + " " + std::to_string(t.amount));
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(format_yuan(t.amount).c_str());
}
}  // namespace

void draw_reports_pipeline(UiContext& ctx) {
  const Book& book = ctx.ws.book();
  const BookIndex& index = ctx.ws.index();
  const RecordId manager = reports_manager(ctx);
  const Date day = ctx.today.plus_days(7 * ctx.state.reports.week_offset);
  ReportsState& state = ctx.state.reports;
  if (!state.week || state.week_revision != ctx.ws.revision() || state.week_day != day) {
    state.week = pipeline_week(book, index, manager, day);
    state.week_revision = ctx.ws.revision();
    state.week_day = day;
  }
  const PipelineWeek& week = *state.week;

  week_picker(ctx, week.week);
  report_downloads(
      ctx, "reports.pipeline", "pipeline-" + week.week.start.iso(),
      [&] { return pipeline_week_html(week, ui_report_labels(), person_name(book, index, manager)); },
      [&] { return pipeline_week_csv(week, ui_report_labels()); });

  // By step, with the totals row: what the manager reads out on Monday.
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
  if (ImGui::BeginTable("##pipeline_steps", 3, kFlags)) {
    for (const Text* t : {&kStep, &kCount, &kAmount}) ImGui::TableSetupColumn(tr(*t));
    ImGui::TableHeadersRow();
    for (const PipelineStepRows& s : week.steps) {
      const std::string id = "reports.pipeline.step." + std::string(code_of(s.step));
      tally_row(id.c_str(), label(s.step), PipelineTally{s.count, s.amount});
    }
    tally_row("reports.pipeline.total", tr(kTotal), week.open);
    ImGui::EndTable();
  }

  ImGui::SeparatorText(tr(kMovement));
  if (ImGui::BeginTable("##pipeline_movement", 3, kFlags)) {
    for (const Text* t : {&kMovement, &kCount, &kAmount}) ImGui::TableSetupColumn(tr(*t));
    ImGui::TableHeadersRow();
    const PipelineMovement& m = week.movement;
    tally_row("reports.pipeline.movement.advanced", tr(kAdvanced), m.advanced);
    tally_row("reports.pipeline.movement.moved_back", tr(kMovedBack), m.moved_back);
    tally_row("reports.pipeline.movement.opened", tr(kOpened), m.opened);
    tally_row("reports.pipeline.movement.won", tr(kWon), m.won);
    tally_row("reports.pipeline.movement.lost", tr(kLost), m.lost);
    ImGui::EndTable();
  }

  ImGui::SeparatorText(tr(kTabPipeline));
  if (week.open.count == 0) {
    ImGui::TextDisabled("%s", tr(kNoOpenAtWeekEnd));
    return;
  }
  // Ten columns: each fits its widest cell and header; the table scrolls
  // sideways rather than cut a header (docs/ui-style.md "Widths").
  if (ImGui::BeginTable("##pipeline_rows", 9, kFlags | ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY,
                        ImVec2(0, (std::min<float>(static_cast<float>(week.open.count), 15.0f) + 1.6f) *
                                      ImGui::GetFrameHeightWithSpacing()))) {
    for (const Text* t : {&kStep, &kClient, &kTitle, &kProduct, &kAmount, &kProbability, &kExpectedClose, &kNextStep,
                          &kSource})
      ImGui::TableSetupColumn(tr(*t));
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableHeadersRow();
    int row = 0;
    for (const PipelineStepRows& s : week.steps)
      for (const PipelineRow& r : s.rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(label(s.step));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.client.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.title.c_str());
        track(("reports.pipeline.row." + std::to_string(row++)).c_str(), r.title);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r.product.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_yuan(r.amount).c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d%%", r.probability_pct);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(date_text(r.expected_close).c_str());
        ImGui::TableNextColumn();
        const std::string next = r.next_step + (r.next_step_date ? " " + r.next_step_date->iso() : std::string());
        ImGui::TextUnformatted(next.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(label(r.source));
      }
    ImGui::EndTable();
  }
}

}  // namespace rm::ui
