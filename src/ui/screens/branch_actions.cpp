// The supervisor's actions on the Branch screen (docs/commands.md, "Review";
// docs/domain.md §1, "Capacity and assignment"; §3, the Monday aggregation
// against targets): reassign clients between managers with each side's load
// before and after, and set a manager's targets for next week. Each is one
// command, as from the JS hook or the CLI.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "app/commands/command.h"
#include "app/planner_view.h"
#include "core/model/person_name.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/screens/branch.h"
#include "ui/screens/client_view_parts.h"
#include "ui/strings/review_strings.h"
#include "ui/widgets/refusal_line.h"

namespace rm::ui {

namespace {
using namespace supervisor_text;

constexpr size_t kListed = 500;  // clients listed at once; a filter narrows the rest

std::vector<const Manager*> live_managers(const Book& book) {
  std::vector<const Manager*> out;
  for (const Manager& m : book.managers)
    if (!m.meta.deleted) out.push_back(&m);
  std::sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->name < b->name; });
  return out;
}

// A combo of the book's managers; true when the choice changed.
bool manager_combo(const char* id, const Book& book, const BookIndex& index, RecordId& chosen) {
  const std::vector<const Manager*> managers = live_managers(book);
  const std::string shown = chosen.empty() ? std::string(tr(kChooseManager)) : person_name(book, index, chosen);
  bool changed = false;
  ImGui::SetNextItemWidth(220);
  ImGui::PushID(id);
  if (ImGui::BeginCombo("##manager", shown.c_str())) {
    int n = 0;
    for (const Manager* m : managers) {
      ImGui::PushID(n);
      if (ImGui::Selectable(m->name.c_str(), m->meta.id == chosen)) {
        changed = m->meta.id != chosen;
        chosen = m->meta.id;
      }
      track((std::string(id) + "." + std::to_string(n++)).c_str(), m->name);
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ImGui::PopID();
  track(id, shown);
  return changed;
}

void draw_load(UiContext& ctx, ReassignForm& form) {
  const Book& book = ctx.ws.book();
  if (form.load_stale || form.load_revision != ctx.ws.revision()) {
    const PlannerFigures& f = ctx.state.planner_figures.figures(ctx.ws, ctx.today);
    form.load = form.to.empty() ? std::vector<LoadChange>{}
                                : reassignment_load(*f.context, {form.chosen.begin(), form.chosen.end()}, form.to);
    form.load_stale = false;
    form.load_revision = ctx.ws.revision();
  }
  if (form.load.empty()) return;
  ImGui::TextDisabled("%s", tr(kCapacity));
  if (!ImGui::BeginTable("##load", 3, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit)) return;
  ImGui::TableSetupColumn(tr(kManager));
  ImGui::TableSetupColumn(tr(kClientsBeforeAfter));
  ImGui::TableSetupColumn(tr(kLoadBeforeAfter));
  ImGui::TableHeadersRow();
  int row = 0;
  for (const LoadChange& c : form.load) {
    const std::string id = "branch.reassign.load." + std::to_string(row++);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const std::string name = person_name(book, ctx.ws.index(), c.manager_id);
    ImGui::TextUnformatted(name.c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d → %d", c.clients_before, c.clients_after);
    ImGui::TableNextColumn();
    char load[128];
    std::snprintf(load, sizeof load, "%d %% → %d %%%s%s", c.load_percent_before, c.load_percent_after,
                  c.overloaded_after ? "  " : "", c.overloaded_after ? tr(kOverloaded) : "");
    if (c.overloaded_after) ImGui::TextColored(tone_vec4(Tone::bad), "%s", load);
    else ImGui::TextUnformatted(load);
    track(id.c_str(), name + " " + std::to_string(c.clients_before) + "→" + std::to_string(c.clients_after) + " " +
                          std::to_string(c.load_percent_before) + "%→" + std::to_string(c.load_percent_after) + "%");
  }
  ImGui::EndTable();
}

}  // namespace

void draw_reassign(UiContext& ctx, ReassignForm& form) {
  const Book& book = ctx.ws.book();
  const BookIndex& index = ctx.ws.index();
  ImGui::SeparatorText(tr(kReassign));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(kFrom));
  ImGui::SameLine();
  if (manager_combo("branch.reassign.from", book, index, form.from)) {
    form.chosen.clear();
    form.load_stale = true;
  }
  ImGui::SameLine();
  ImGui::TextUnformatted(tr(kTo));
  ImGui::SameLine();
  if (manager_combo("branch.reassign.to", book, index, form.to)) form.load_stale = true;
  if (form.from.empty()) return;

  ImGui::SetNextItemWidth(220);
  ImGui::InputTextWithHint("##search", tr(kFilterByName), &form.search);
  track("branch.reassign.search", form.search);
  std::vector<const Client*> listed;
  size_t more = 0;
  for (const Client& c : book.clients) {
    if (c.meta.deleted || c.manager_id != form.from) continue;
    if (!form.search.empty() && c.name.find(form.search) == std::string::npos) continue;
    if (listed.size() < kListed) listed.push_back(&c);
    else ++more;
  }
  ImGui::SameLine();
  if (ImGui::Button(tr(kSelectShown))) {
    for (const Client* c : listed) form.chosen.insert(c->meta.id);
    form.load_stale = true;
  }
  track("branch.reassign.select_listed");
  ImGui::SameLine();
  if (ImGui::Button(tr(kClearChoice))) {
    form.chosen.clear();
    form.load_stale = true;
  }
  track("branch.reassign.clear");
  const float row = ImGui::GetFrameHeightWithSpacing();
  ImGui::BeginChild("##reassign_clients", ImVec2(0, std::min(8.0f, static_cast<float>(listed.size()) + 0.5f) * row),
                    ImGuiChildFlags_Border);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(listed.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Client& c = *listed[i];
      bool on = form.chosen.count(c.meta.id) > 0;
      ImGui::PushID(i);
      if (ImGui::Checkbox(c.name.c_str(), &on)) {
        if (on) form.chosen.insert(c.meta.id);
        else form.chosen.erase(c.meta.id);
        form.load_stale = true;
      }
      track(("branch.reassign.client." + std::to_string(i)).c_str(), c.name);
      ImGui::PopID();
    }
  }
  ImGui::EndChild();
  if (more > 0) ImGui::TextDisabled(tr(kMoreClients), static_cast<int>(more));
  ImGui::Text(tr(kChosen), static_cast<int>(form.chosen.size()));
  track("branch.reassign.chosen", std::to_string(form.chosen.size()));
  draw_load(ctx, form);

  ImGui::BeginDisabled(form.chosen.empty() || form.to.empty());
  if (ImGui::Button(tr(kReassignButton))) {
    const int n = static_cast<int>(form.chosen.size());
    Result<int64_t> done = ctx.actions.dispatch(ReassignClients{{form.chosen.begin(), form.chosen.end()}, form.to});
    if (done.ok()) {
      form.refusal.reset();
      form.chosen.clear();
      form.done = n;
    } else {
      form.refusal = done.problem();
      form.done = 0;
    }
    form.load_stale = true;
  }
  ImGui::EndDisabled();
  track("branch.reassign.apply");
  if (form.done > 0) {
    ImGui::SameLine();
    ImGui::TextColored(tone_vec4(Tone::good), tr(kReassigned), form.done);
    track("branch.reassign.done", std::to_string(form.done));
  }
  refusal_line("branch.reassign.error", form.refusal);
}

void draw_targets(UiContext& ctx, TargetsForm& form) {
  const Book& book = ctx.ws.book();
  ImGui::SeparatorText(tr(kTargets));
  const Date next_monday = ctx.today.plus_days(8 - ctx.today.weekday());
  const std::string week = next_monday.iso();
  ImGui::Text(tr(kWeekOf), week.c_str());
  if (manager_combo("branch.targets.manager", book, ctx.ws.index(), form.manager)) {
    // What was set for her already is where the form starts.
    form = TargetsForm{form.manager, {}, {}, {}, {}, {}, {}, false};
    for (const WeeklyTarget& t : book.weekly_targets)
      if (!t.meta.deleted && t.manager_id == form.manager && t.week_start == next_monday) {
        form.amount = cv::yuan_edit_text(t.new_opportunity_amount);
        form.contacts = std::to_string(t.contacts);
        form.meetings = std::to_string(t.meetings);
        form.reports = std::to_string(t.reports);
      }
  }
  if (form.manager.empty()) return;
  auto field = [&](const Text& label, const char* id, std::string& value) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(label));
    ImGui::SameLine(190);
    ImGui::SetNextItemWidth(200);
    ImGui::PushID(id);
    if (ImGui::InputText("##v", &value)) form.saved = false;
    ImGui::PopID();
    track(id, value);
  };
  field(kTargetAmount, "branch.targets.amount", form.amount);
  field(kTargetContacts, "branch.targets.contacts", form.contacts);
  field(kTargetMeetings, "branch.targets.meetings", form.meetings);
  field(kTargetReports, "branch.targets.reports", form.reports);
  if (ImGui::Button(tr(kSaveTargets))) {
    SetWeeklyTargets c;
    c.manager_id = form.manager;
    c.week = next_monday;
    int contacts = 0, meetings = 0, reports = 0;
    form.error.clear();
    form.refusal.reset();
    if (cv::parse_yuan(form.amount, c.new_opportunity_amount) != cv::MoneyError::none) {
      form.error = tr(kBadAmount);
    } else if (!cv::parse_int(form.contacts, 0, 100'000, contacts) || !cv::parse_int(form.meetings, 0, 100'000, meetings) ||
               !cv::parse_int(form.reports, 0, 100'000, reports)) {
      form.error = tr(kBadCount);
    } else {
      c.contacts = contacts;
      c.meetings = meetings;
      c.reports = reports;
      Result<int64_t> done = ctx.actions.dispatch(c);
      form.saved = done.ok();
      if (!done.ok()) form.refusal = done.problem();
    }
  }
  track("branch.targets.save");
  if (form.saved) {
    ImGui::SameLine();
    ImGui::TextColored(tone_vec4(Tone::good), "%s", tr(kTargetsSaved));
    track("branch.targets.saved");
  }
  if (!form.error.empty()) {
    ImGui::TextColored(tone_vec4(Tone::bad), "%s", form.error.c_str());
    track("branch.targets.error", form.error);
  }
  refusal_line("branch.targets.refusal", form.refusal);
}

}  // namespace rm::ui
