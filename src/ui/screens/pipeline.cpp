// Pipeline (商机): the manager's open opportunities by step of the six-step
// cycle (docs/domain.md §3) — the figures, then a board (pipeline_board.cpp),
// a table with one-click advance / won / lost, or the suggestions of what to
// sell next (pipeline_suggestions.cpp); the CSV export of the table.
#include "ui/screens/pipeline.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/reports/pipeline_week.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/screens/reports.h"
#include "ui/screens/pipeline_parts.h"
#include "ui/strings/pipeline_strings.h"
#include "ui/strings/enum_labels.h"
#include "ui/strings/workbench_strings.h"
#include "ui/widgets/bar.h"
#include "ui/widgets/destructive.h"
#include "ui/widgets/plain_export.h"
#include "ui/widgets/record_id_scope.h"
#include "ui/widgets/refusal_line.h"
#include "ui/widgets/wrapped_text.h"

namespace rm::ui {

namespace pipeline {

std::vector<uint32_t> open_opportunities(const Book& book) {
  std::vector<uint32_t> open;
  for (uint32_t i = 0; i < book.opportunities.size(); ++i)
    if (!book.opportunities[i].meta.deleted && book.opportunities[i].status == OpportunityStatus::open) open.push_back(i);
  return open;
}

std::optional<Problem>& refused() {
  static std::optional<Problem> last;
  return last;
}

void note(const Result<int64_t>& done) {
  if (done.ok()) refused().reset();
  else refused() = done.problem();
}

}  // namespace pipeline

namespace {
using namespace workbench_text;
using pipeline::kSteps;
using pipeline::note;

// The weekly 商机进程表 of this week over every opportunity of the book: the
// same file as Reports → 商机进程表 (core/reports/pipeline_week.h).
std::string pipeline_export(const Book& book, const BookIndex& index, Date today) {
  return pipeline_week_csv(pipeline_week(book, index, {}, today), ui_report_labels());
}

// The step after STEP in the six-step cycle, or nullopt after the last.
std::optional<SalesStep> step_after(SalesStep step) {
  for (size_t i = 0; i + 1 < std::size(kSteps); ++i)
    if (kSteps[i] == step) return kSteps[i + 1];
  return std::nullopt;
}

// Won / Lost ask first; the dialog is opened here, outside the table's rows,
// so that it has one ID.
void draw_close_confirm(UiContext& ctx) {
  PipelineState& p = ctx.state.pipeline;
  if (p.closing.empty()) return;
  if (!ImGui::IsPopupOpen("###confirm_close")) open_confirm("confirm_close");
  const bool won = p.closing_as == OpportunityStatus::won;
  char body[512];
  std::snprintf(body, sizeof body, tr(kCloseBody), p.closing_title.c_str(), tr(won ? kWon : kLost));
  const ConfirmText text{tr(won ? kCloseWonTitle : kCloseLostTitle), body, tr(won ? kWon : kLost), true,
                         "pipeline.close.confirm", "pipeline.close.cancel"};
  const Confirm choice = confirm_destructive("confirm_close", text);
  if (choice == Confirm::confirmed) {
    const std::string reason = p.closing_as == OpportunityStatus::lost ? p.lost_reason : std::string();
    note(ctx.actions.dispatch(CloseOpportunity{p.closing, p.closing_as, ctx.today, reason}));
  }
  if (choice != Confirm::none) {
    p.closing = RecordId{};
    p.closing_title.clear();
    p.lost_reason.clear();
  }
}
}  // namespace

void draw_pipeline(UiContext& ctx) {
  const Book& book = ctx.ws.book();
  const BookIndex& index = ctx.ws.index();
  int open = 0, won_month = 0;
  Fen open_amount = 0, won_amount = 0;
  Fen step_amount[6] = {};
  int step_count[6] = {};
  for (const Opportunity& o : book.opportunities) {
    if (o.meta.deleted) continue;
    if (o.status == OpportunityStatus::open) {
      ++open;
      open_amount = add_money(open_amount, o.expected_amount);  // totals saturate (core/money.h)
      ++step_count[static_cast<int>(o.step)];
      Fen& in_step = step_amount[static_cast<int>(o.step)];
      in_step = add_money(in_step, o.expected_amount);
    } else if (o.status == OpportunityStatus::won && o.closed_on && o.closed_on->year() == ctx.today.year() &&
               o.closed_on->ymd().month == ctx.today.ymd().month) {
      ++won_month;
      won_amount = add_money(won_amount, o.expected_amount);
    }
  }
  ImGui::SeparatorText(tr(kPipeline));
  ImGui::Text(tr(kOpenCount), open, format_yuan(open_amount).c_str());
  ImGui::SameLine(0, 24);
  ImGui::Text(tr(kWonThisMonth), won_month, format_yuan(won_amount).c_str());
  if (ImGui::Button(tr(kExportPipeline))) open_plain_export("pipeline.export");
  track("pipeline.export");
  char consent[512];
  std::snprintf(consent, sizeof consent, tr(kPipelineCsvConsent), open);
  if (plain_export_confirm("pipeline.export", consent))
    ctx.actions.download("pipeline-" + ctx.today.iso() + ".csv", "text/csv;charset=utf-8", pipeline_export(book, index, ctx.today));

  // The funnel by step: the figures, and a bar per step by expected amount
  // so that where the money sits reads at a glance (docs/ui-style.md "Charts").
  Fen largest = 0;
  for (Fen a : step_amount) largest = std::max(largest, a);
  if (ImGui::BeginTable("##steps", 4, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn(tr(kStage));
    ImGui::TableSetupColumn(tr(kCount));
    ImGui::TableSetupColumn(tr(kAmount));
    ImGui::TableSetupColumn("##bar", ImGuiTableColumnFlags_WidthFixed, 320);
    ImGui::TableHeadersRow();
    for (SalesStep step : kSteps) {
      const int i = static_cast<int>(step);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(label(step));
      ImGui::TableNextColumn();
      ImGui::Text("%d", step_count[i]);
      ImGui::TableNextColumn();
      const std::string amount = "¥" + format_yuan(step_amount[i]);
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x -
                           ImGui::CalcTextSize(amount.c_str()).x);
      ImGui::TextUnformatted(amount.c_str());
      ImGui::TableNextColumn();
      const std::string id = "pipeline.step_bar." + std::string(code_of(step));
      bar(id.c_str(), static_cast<double>(step_amount[i]), static_cast<double>(largest),
          std::string(label(step)) + "  " + amount);
    }
    ImGui::EndTable();
  }
  PipelineState& p = ctx.state.pipeline;
  for (const auto& [view, text, id] : {std::tuple{PipelineView::board, &pipeline_text::kViewBoard, "pipeline.view.board"},
                                       std::tuple{PipelineView::table, &pipeline_text::kViewTable, "pipeline.view.table"},
                                       std::tuple{PipelineView::suggestions, &pipeline_text::kViewSuggestions,
                                                  "pipeline.view.suggestions"}}) {
    if (ImGui::RadioButton(tr(*text), p.view == view)) p.view = view;
    track(id);
    ImGui::SameLine();
  }
  ImGui::NewLine();
  refusal_line("pipeline.error", pipeline::refused());
  draw_close_confirm(ctx);
  if (p.view == PipelineView::suggestions) return pipeline::draw_suggestions(ctx);
  if (open == 0) {
    ImGui::TextDisabled("%s", tr(kNoOpportunities));
    return;
  }
  if (p.view == PipelineView::board) {
    pipeline::draw_board(ctx, pipeline::open_opportunities(book));
    pipeline::draw_editor(ctx);
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
  if (!ImGui::BeginTable("##opps", 6, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  // Width 0: fits its widest cell in the UI language; the two texts share
  // the rest and wrap (docs/ui-style.md "Widths").
  ImGui::TableSetupColumn(tr(kClient), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kTitle), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr(kStage), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kAmount), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kNextStep), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableHeadersRow();
  int row = 0;
  for (uint32_t oi : pipeline::open_opportunities(book)) {
    const Opportunity& o = book.opportunities[oi];
    const uint32_t ci = index.client(o.client_id);
    push_record_id(o.meta.id);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (ImGui::Selectable(ci == BookIndex::npos ? "?" : book.clients[ci].name.c_str()) && ci != BookIndex::npos)
      open_client(ctx.state, o.client_id);
    ImGui::TableNextColumn();
    wrapped_text(o.title);
    track(("pipeline.row." + std::to_string(row)).c_str(), o.title);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(label(o.step));
    ImGui::TableNextColumn();
    ImGui::Text("¥%s", format_yuan(o.expected_amount).c_str());
    ImGui::TableNextColumn();
    wrapped_text((o.next_step_date ? o.next_step_date->iso() + " " : std::string()) + o.next_step);
    ImGui::TableNextColumn();
    if (const std::optional<SalesStep> next = step_after(o.step)) {
      if (ImGui::SmallButton(tr(kAdvance))) note(ctx.actions.dispatch(MoveOpportunity{o.meta.id, *next}));
      track(("pipeline.advance." + std::to_string(row)).c_str());
      ImGui::SameLine();
    }
    // Closing ends the opportunity: set apart from Advance, and asked first
    // (docs/ui-style.md "Destructive actions").
    destructive_gap();
    for (const auto& [text, status] : {std::pair{kWon, OpportunityStatus::won}, std::pair{kLost, OpportunityStatus::lost}}) {
      const bool lost = status == OpportunityStatus::lost;
      if (lost ? destructive_button(tr(text), true) : ImGui::SmallButton(tr(text))) {
        ctx.state.pipeline.closing = o.meta.id;
        ctx.state.pipeline.closing_as = status;
        ctx.state.pipeline.closing_title = o.title;
      }
      track(("pipeline." + std::string(lost ? "lost." : "won.") + std::to_string(row)).c_str());
      ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::PopID();
    ++row;
  }
  ImGui::EndTable();
}

}  // namespace rm::ui
