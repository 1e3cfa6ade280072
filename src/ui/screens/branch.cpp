// Branch (支行看板): the supervisor's desk over the book she keeps by
// importing her managers' weekly hand-ins (docs/data-format.md, "Weekly
// hand-in") — per manager this year's contact-rule compliance, the load
// against the staffing ratios, the pipeline and this week's new business
// against its target, what waits for her review, overdue follow-ups; and the
// branch's pipeline by step (docs/domain.md §1, §3). The figures are
// core/planner/branch_dashboard's, the same as `rmplanner branch-report`.
#include "ui/screens/branch.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "app/commands/command.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/strings/enum_labels.h"
#include "ui/strings/events_strings.h"
#include "ui/strings/review_strings.h"
#include "ui/strings/workbench_strings.h"
#include "ui/widgets/bar.h"

namespace rm::ui {

namespace {
using namespace workbench_text;

std::string yuan(Fen amount) { return "¥" + format_yuan_short(amount, language() == Language::Chinese); }

void draw_managers(const BranchDashboard& d) {
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg |
                                     ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("##managers", 10, kFlags)) return;
  for (const Text& t : {kBranchManager, kClients, kBranchLoad, kBranchOverdueRules, kBranchNotFollowedUp,
                        kBranchOverdueTasks, kBranchReportsAwaiting, kBranchPlansAwaiting, kBranchPipelineAmount,
                        kBranchOpenedThisWeek})
    ImGui::TableSetupColumn(tr(t));
  ImGui::TableHeadersRow();
  int row = 0;
  for (const ManagerDashboard& m : d.managers) {
    const std::string id = "branch.manager." + std::to_string(row++);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(m.name.empty() ? tr(kBranchUnnamed) : m.name.c_str());
    track((id + ".name").c_str(), m.name);
    ImGui::TableNextColumn();
    ImGui::Text("%d", m.figures.clients);
    track((id + ".clients").c_str(), std::to_string(m.figures.clients));
    ImGui::TableNextColumn();
    if (m.figures.overloaded)
      ImGui::TextColored(tone_vec4(Tone::bad), "%d %% %s", m.figures.staffing_load_percent, tr(kBranchOverloaded));
    else
      ImGui::Text("%d %%", m.figures.staffing_load_percent);
    ImGui::TableNextColumn();
    if (m.overdue_rule_items > 0)
      ImGui::TextColored(tone_vec4(Tone::bad), "%d", m.overdue_rule_items);
    else
      ImGui::TextUnformatted("0");
    track((id + ".overdue_rules").c_str(), std::to_string(m.overdue_rule_items));
    ImGui::TableNextColumn();
    ImGui::Text("%d", m.assignments_not_followed_up);
    track((id + ".retention").c_str(), std::to_string(m.retention_signals));
    ImGui::TableNextColumn();
    ImGui::Text("%d", static_cast<int>(m.overdue_tasks.size()));
    ImGui::TableNextColumn();
    ImGui::Text("%d", static_cast<int>(m.reports_awaiting_review.size()));
    track((id + ".reports_awaiting").c_str(), std::to_string(m.reports_awaiting_review.size()));
    ImGui::TableNextColumn();
    ImGui::Text("%d", static_cast<int>(m.plans_awaiting_review.size()));
    track((id + ".plans_awaiting").c_str(), std::to_string(m.plans_awaiting_review.size()));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(yuan(m.pipeline_amount).c_str());
    track((id + ".pipeline").c_str(), std::to_string(m.pipeline_amount));
    ImGui::TableNextColumn();
    const std::string target = m.week_target_amount ? yuan(*m.week_target_amount) : std::string(tr(kBranchNoTarget));
    ImGui::Text("%s / %s", yuan(m.opened_this_week_amount).c_str(), target.c_str());
  }
  ImGui::EndTable();
}

void draw_pipeline_by_step(const BranchDashboard& d) {
  Fen largest = 0;
  for (const PipelineStep& s : d.pipeline) largest = std::max(largest, s.amount);
  if (!ImGui::BeginTable("##branch_steps", 4, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit)) return;
  ImGui::TableSetupColumn(tr(kStage));
  ImGui::TableSetupColumn(tr(kCount));
  ImGui::TableSetupColumn(tr(kAmount));
  ImGui::TableSetupColumn("##bar", ImGuiTableColumnFlags_WidthFixed, 320);
  ImGui::TableHeadersRow();
  for (const PipelineStep& s : d.pipeline) {
    const std::string id = "branch.step." + std::string(code_of(s.step));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(label(s.step));
    ImGui::TableNextColumn();
    ImGui::Text("%lld", static_cast<long long>(s.open));
    track((id + ".open").c_str(), std::to_string(s.open));
    ImGui::TableNextColumn();
    const std::string amount = "¥" + format_yuan(s.amount);
    ImGui::TextUnformatted(amount.c_str());
    ImGui::TableNextColumn();
    bar((id + ".bar").c_str(), static_cast<double>(s.amount), static_cast<double>(largest),
        std::string(label(s.step)) + "  " + amount);
  }
  ImGui::EndTable();
}

// Open complaints (docs/domain.md §6, "Complaints"): how many each manager
// has, and the list, overdue first — branch_dashboard's figures.
void draw_open_complaints(UiContext& ctx, const BranchDashboard& d) {
  namespace C = complaints_text;
  ImGui::SeparatorText(tr(C::kBranchComplaints));
  track("branch.complaints.count", std::to_string(d.open_complaints.size()));
  if (d.open_complaints.empty()) {
    ImGui::TextDisabled("%s", tr(C::kBranchNoComplaints));
    return;
  }
  int row = 0;
  for (const ManagerDashboard& m : d.managers) {
    if (m.open_complaints == 0) continue;
    char line[256];
    std::snprintf(line, sizeof line, tr(C::kBranchComplaintCounts), m.name.empty() ? tr(kBranchUnnamed) : m.name.c_str(),
                  m.open_complaints, m.overdue_complaints);
    ImGui::TextUnformatted(line);
    track(("branch.complaints.manager." + std::to_string(row++)).c_str(), std::to_string(m.open_complaints));
  }
  if (!ImGui::BeginTable("##branch_complaints", 4, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg)) return;
  ImGui::TableSetupColumn(tr(C::kClient), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr(C::kManager), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(C::kNextStep), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(C::kDue), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableHeadersRow();
  const Book& book = ctx.ws.book();
  for (size_t i = 0; i < d.open_complaints.size(); ++i) {
    const OpenComplaint& k = d.open_complaints[i];
    const std::string id = "branch.complaint." + std::to_string(i);
    const uint32_t c = ctx.ws.index().client(k.client_id);
    std::string manager = tr(kBranchUnnamed);
    for (const ManagerDashboard& m : d.managers)
      if (m.manager_id == k.manager_id && !m.name.empty()) manager = m.name;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(c == BookIndex::npos ? k.client_id.str().c_str() : book.clients[c].name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(manager.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(label(k.next_step));
    track(id.c_str(), std::string(code_of(k.next_step)));
    ImGui::TableNextColumn();
    const std::string due = k.due.iso();
    if (k.overdue) {
      ImGui::TextColored(tone_vec4(Tone::bad), "%s %s", due.c_str(), tr(C::kOverdue));
      track((id + ".overdue").c_str(), due);
    } else {
      ImGui::TextUnformatted(due.c_str());
    }
  }
  ImGui::EndTable();
}

}  // namespace

void draw_branch(UiContext& ctx) {
  const PlannerFigures& f = ctx.state.planner_figures.with_branch(ctx.ws, ctx.today);
  const BranchDashboard& d = *f.branch;
  ImGui::SeparatorText(tr(kBranchManagers));
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", tr(kBranchIntro));
  ImGui::PopTextWrapPos();
  const std::string monday = d.week_start.iso();
  ImGui::Text(tr(kBranchWeek), monday.c_str());
  track("branch.managers", std::to_string(d.managers.size()));
  if (d.managers.empty()) {
    ImGui::TextUnformatted(tr(kBranchNoManagers));
  } else {
    draw_managers(d);
    // What goes back to each: the review of her reports and plans, her
    // reassigned clients, her targets (sync/review_file.h).
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(supervisor_text::kReviewFile));
    int row = 0;
    for (const ManagerDashboard& m : d.managers) {
      ImGui::SameLine();
      ImGui::PushID(row);
      if (ImGui::Button(m.name.empty() ? tr(kBranchUnnamed) : m.name.c_str()))
        ctx.actions.open_review_export(m.manager_id, m.name);
      ImGui::PopID();
      track(("branch.manager." + std::to_string(row++) + ".review_file").c_str(), m.name);
    }
  }
  if (ImGui::Button(tr(kBranchImport))) ctx.actions.open_backup_dialog();
  track("branch.import");
  ImGui::Text(tr(kBranchUnassigned), static_cast<int>(d.unassigned_clients.size()));
  track("branch.unassigned", std::to_string(d.unassigned_clients.size()));

  ImGui::SeparatorText(tr(kBranchRetentionList));
  if (d.retention.empty()) ImGui::TextDisabled("%s", tr(kBranchNoRetention));
  const bool zh = language() == Language::Chinese;
  for (size_t i = 0; i < d.retention.size(); ++i) {
    const RetentionSignal& s = d.retention[i];
    const Book& book = ctx.ws.book();
    const uint32_t c = ctx.ws.index().client(s.client_id);
    const std::string name = c == BookIndex::npos ? s.client_id.str() : book.clients[c].name;
    std::string manager = tr(kBranchUnnamed);
    for (const ManagerDashboard& m : d.managers)
      if (m.manager_id == s.manager_id && !m.name.empty()) manager = m.name;
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::TextWrapped("%s  %s · %s  %s", s.date.iso().c_str(), manager.c_str(), name.c_str(),
                       (zh ? s.zh : s.en).c_str());
    track(("branch.retention." + std::to_string(i)).c_str(), std::string(retention_code(s.kind)));
  }
  track("branch.retention.count", std::to_string(d.retention.size()));

  draw_open_complaints(ctx, d);

  ImGui::SeparatorText(tr(kBranchPipeline));
  draw_pipeline_by_step(d);

  if (!own_supervisor(ctx.ws.book())) {
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(supervisor_text::kNotSupervisor));
    ImGui::PopTextWrapPos();
    track("branch.not_supervisor");
    return;
  }
  draw_reassign(ctx, ctx.state.branch.reassign);
  draw_targets(ctx, ctx.state.branch.targets);
}

}  // namespace rm::ui
