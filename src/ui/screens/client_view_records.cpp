// Opportunities, tasks, complaints and communication reports of one client:
// each a list with an "add" row; deleting asks first and leaves a tombstone.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "ui/screens/client_view_parts.h"
#include "ui/screens/client_view_refusals.h"
#include "ui/screens/pipeline_parts.h"
#include "ui/strings/pipeline_strings.h"
#include "ui/widgets/destructive.h"
#include "ui/widgets/record_id_scope.h"

namespace rm::ui::cv {

namespace {

// Complaints and reports have no per-client index: the positions are cached
// against the workspace revision.
// The generation as well: a new Workspace (after a lock) starts at revision 1
// again, and erased records move every position.
struct RecordCache {
  RecordId client_id;
  uint64_t revision = 0, generation = 0;
  std::vector<uint32_t> complaints, reports;
};

const RecordCache& cache_for(const Workspace& ws, const RecordId& client_id) {
  static RecordCache cache;
  if (cache.client_id != client_id || cache.revision != ws.revision() || cache.generation != ws.book_generation()) {
    cache = RecordCache{client_id, ws.revision(), ws.book_generation(), {}, {}};
    const Book& b = ws.book();
    for (uint32_t i = 0; i < b.complaints.size(); ++i)
      if (!b.complaints[i].meta.deleted && b.complaints[i].client_id == client_id) cache.complaints.push_back(i);
    for (uint32_t i = 0; i < b.communication_reports.size(); ++i)
      if (!b.communication_reports[i].meta.deleted && b.communication_reports[i].client_id == client_id)
        cache.reports.push_back(i);
  }
  return cache;
}

bool begin_list(const char* id, int columns) {
  return ImGui::BeginTable(id, columns,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp);
}

// Dispatches COMMAND for client C's FORM: a refusal is kept to be shown
// under the form; true when it was done.
bool dispatch_for(UiContext& ctx, const Client& c, const char* form, const Command& command) {
  RecordRefusals& refusals = record_refusals();
  refusals.forget(c.meta.id, form);
  Result<int64_t> done = ctx.actions.dispatch(command);
  if (!done.ok()) refusals.remember(c.meta.id, form, done.problem());
  return done.ok();
}

// What to sell this client next (core/sales/opportunity_suggestions.h), as
// the Pipeline's suggestions view lists it; worked out once per change.
void draw_client_suggestions(UiContext& ctx, const Client& c, uint32_t pos) {
  struct Cache {
    uint64_t generation = 0, revision = 0;
    uint32_t client = BookIndex::npos;
    Date today;
    ClientSuggestions found;
  };
  static Cache cache;
  if (cache.generation != ctx.ws.book_generation() || cache.revision != ctx.ws.revision() || cache.client != pos ||
      cache.today != ctx.today)
    cache = Cache{ctx.ws.book_generation(), ctx.ws.revision(), pos, ctx.today,
                  suggest_opportunities(ctx.ws.book(), ctx.ws.index(), pos, ctx.today)};
  const ClientSuggestions& found = cache.found;
  track("client.suggestions.count", std::to_string(found.suggestions.size()));
  if (found.suggestions.empty() && found.blocked.empty()) return;
  ImGui::TextUnformatted(tr(pipeline_text::kViewSuggestions));
  int n = 0;
  for (const OpportunitySuggestion& s : found.suggestions) {
    ImGui::PushID(n);
    ImGui::Bullet();
    ImGui::TextWrapped("%s — %s %s", pipeline::why(ctx.ws.book(), ctx.ws.index(), s).c_str(), s.product->code.c_str(),
                       s.product->name.c_str());
    track(("client.suggestion." + std::to_string(n)).c_str(), s.product->code);
    ImGui::SameLine();
    // Copied: the cache is rebuilt by the edit the button makes.
    const OpportunitySuggestion chosen = s;
    if (ImGui::SmallButton(tr(pipeline_text::kSuggestionCreate))) pipeline::open_opportunity(ctx, c, chosen);
    track(("client.suggestion." + std::to_string(n) + ".create").c_str());
    ImGui::PopID();
    ++n;
  }
  for (const BlockedSuggestion& b : found.blocked)
    ImGui::TextDisabled("%s: %s", ui::label(b.wanted), b.refusals.empty() ? "" : pipeline::suggestion_refusal_text(b.refusals.front()));
}

void draw_opportunities(UiContext& ctx, const Client& c, uint32_t pos) {
  RecordForms& f = ctx.state.client_view.records;
  const Book& book = ctx.ws.book();
  ImGui::SeparatorText(tr(cvt::kOpportunities));
  int n = 0;
  if (begin_list("##opps", 6)) {
    ImGui::TableSetupColumn(tr(cvt::kTitle), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr(cvt::kStep));
    ImGui::TableSetupColumn(tr(cvt::kStatus));
    ImGui::TableSetupColumn(tr(cvt::kExpectedAmount));
    ImGui::TableSetupColumn(tr(cvt::kDate));
    ImGui::TableSetupColumn("##del");
    ImGui::TableHeadersRow();
    for (uint32_t i : ctx.ws.index().opportunities_of(pos)) {
      const Opportunity& o = book.opportunities[i];
      if (o.meta.deleted) continue;
      push_record_id(o.meta.id);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", o.title.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(ui::label(o.step));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(ui::label(o.status));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(format_yuan(o.expected_amount).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(o.opened_on.iso().c_str());
      ImGui::TableNextColumn();
      if (destructive_button(tr(cvt::kDelete), true)) request_delete(ctx.state.client_view, AnyRecord(o), o.title);
      track(("client.opp." + std::to_string(n) + ".delete").c_str());
      ImGui::PopID();
      ++n;
    }
    ImGui::EndTable();
  }
  track("client.opp.count", std::to_string(n));
  ImGui::SetNextItemWidth(300);
  ImGui::InputTextWithHint("##opp_title", tr(cvt::kTitle), &f.opp_title);
  track("client.opp.title", f.opp_title);
  ImGui::SameLine();
  enum_combo("client.opp.step", f.opp_step, 120);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(150);
  ImGui::InputTextWithHint("##opp_amount", tr(cvt::kExpectedAmount), &f.opp_amount);
  track("client.opp.amount", f.opp_amount);
  ImGui::SameLine();
  {
    // Naming the product makes the sale a recommendation the reassessment
    // rules can see (docs/domain.md §5).
    const uint32_t chosen = f.opp_product.empty() ? BookIndex::npos : ctx.ws.index().product(f.opp_product);
    const std::string shown = chosen == BookIndex::npos ? tr(cvt::kNoProductChosen) : book.products[chosen].name;
    ImGui::SetNextItemWidth(220);
    if (ImGui::BeginCombo("##opp_product", shown.c_str(), ImGuiComboFlags_HeightLarge)) {
      if (ImGui::Selectable(tr(cvt::kNoProductChosen), f.opp_product.empty())) f.opp_product = RecordId{};
      track("client.opp.product.none");
      for (const Product& p : book.products) {
        if (p.meta.deleted || !p.on_sale) continue;
        push_record_id(p.meta.id);
        if (ImGui::Selectable((p.code + "  " + p.name).c_str(), p.meta.id == f.opp_product)) f.opp_product = p.meta.id;
        track(("client.opp.product." + p.code).c_str());
        ImGui::PopID();
      }
      ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(cvt::kOpportunityProduct));
    track("client.opp.product", chosen == BookIndex::npos ? std::string() : book.products[chosen].code);
  }
  ImGui::SameLine();
  if (ImGui::Button(tr(cvt::kAdd))) {
    // The amount only has to parse here; the rules are CreateOpportunity's.
    f.errors.erase("client.opp.amount");
    CreateOpportunity o;
    if (check_money(f.errors, "client.opp.amount", f.opp_amount, o.expected_amount)) {
      o.client_id = c.meta.id;
      o.title = f.opp_title;
      o.step = f.opp_step;
      o.product_id = f.opp_product;
      o.opened_on = ctx.today;
      if (dispatch_for(ctx, c, "client.opp", o)) {
        f.opp_title.clear();
        f.opp_amount.clear();
        f.opp_product = RecordId{};
      }
    }
  }
  track("client.opp.add");
  error_line(f.errors, "client.opp.amount");
  record_refusals().draw(c.meta.id, "client.opp");
  draw_client_suggestions(ctx, c, pos);
}

void draw_tasks(UiContext& ctx, const Client& c, uint32_t pos) {
  RecordForms& f = ctx.state.client_view.records;
  const Book& book = ctx.ws.book();
  ImGui::SeparatorText(tr(cvt::kTasks));
  int n = 0;
  if (begin_list("##tasks", 6)) {
    ImGui::TableSetupColumn(tr(cvt::kDone));
    ImGui::TableSetupColumn(tr(cvt::kTitle), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr(cvt::kKind));
    ImGui::TableSetupColumn(tr(cvt::kDue));
    ImGui::TableSetupColumn(tr(cvt::kUrgent));
    ImGui::TableSetupColumn("##del");
    ImGui::TableHeadersRow();
    for (uint32_t i : ctx.ws.index().tasks_of(pos)) {
      const Task& t = book.tasks[i];
      if (t.meta.deleted) continue;
      push_record_id(t.meta.id);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      bool done = t.done_on.has_value();
      if (ImGui::Checkbox("##done", &done)) {
        if (done) dispatch_for(ctx, c, "client.task", CompleteTask{t.meta.id, ctx.today});
        else dispatch_for(ctx, c, "client.task", ReopenTask{t.meta.id});
      }
      track(("client.task." + std::to_string(n) + ".done").c_str());
      ImGui::TableNextColumn();
      if (t.done_on) ImGui::TextDisabled("%s", t.title.c_str());
      else ImGui::TextWrapped("%s", t.title.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(ui::label(t.kind));
      ImGui::TableNextColumn();
      if (!t.done_on && t.due < ctx.today) ImGui::TextColored(tone_vec4(Tone::bad), "%s", t.due.iso().c_str());
      else ImGui::TextUnformatted(t.due.iso().c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%s%s%s", t.urgent ? tr(cvt::kUrgent) : "", t.urgent && t.important ? " " : "",
                  t.important ? tr(cvt::kImportant) : "");
      ImGui::TableNextColumn();
      if (destructive_button(tr(cvt::kDelete), true)) request_delete(ctx.state.client_view, AnyRecord(t), t.title);
      track(("client.task." + std::to_string(n) + ".delete").c_str());
      ImGui::PopID();
      ++n;
    }
    ImGui::EndTable();
  }
  track("client.task.count", std::to_string(n));
  ImGui::SetNextItemWidth(280);
  ImGui::InputTextWithHint("##task_title", tr(cvt::kTitle), &f.task_title);
  track("client.task.title", f.task_title);
  ImGui::SameLine();
  enum_combo("client.task.kind", f.task_kind, 100);
  ImGui::SameLine();
  if (f.task_due.text.empty()) f.task_due.text = ctx.today.plus_days(1).iso();
  date_input("client.task.due", f.task_due, false, ctx.today, 110);
  ImGui::SameLine();
  ImGui::Checkbox(tr(cvt::kUrgent), &f.task_urgent);
  track("client.task.urgent");
  ImGui::SameLine();
  ImGui::Checkbox(tr(cvt::kImportant), &f.task_important);
  track("client.task.important");
  ImGui::SameLine();
  if (ImGui::Button(tr(cvt::kAdd))) {
    f.errors.erase("client.task.due");
    DateValue due;
    if (check_date(f.errors, "client.task.due", f.task_due, due)) {
      CreateTask t;
      t.client_id = c.meta.id;
      t.title = f.task_title;
      t.task_kind = f.task_kind;
      t.due = due.solar.value_or(Date{});
      t.urgent = f.task_urgent;
      t.important = f.task_important;
      if (dispatch_for(ctx, c, "client.task", t)) f.task_title.clear();
    }
  }
  track("client.task.add");
  error_line(f.errors, "client.task.due");
  record_refusals().draw(c.meta.id, "client.task");
}

void draw_complaints(UiContext& ctx, const Client& c, const RecordCache& cache) {
  RecordForms& f = ctx.state.client_view.records;
  const Book& book = ctx.ws.book();
  ImGui::SeparatorText(tr(cvt::kComplaints));
  int n = 0;
  if (!cache.complaints.empty() && begin_list("##complaints", 5)) {
    ImGui::TableSetupColumn(tr(cvt::kReceived));
    ImGui::TableSetupColumn(tr(cvt::kSummary), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr(cvt::kFacts), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr(cvt::kStatus));
    ImGui::TableSetupColumn("##del");
    ImGui::TableHeadersRow();
    for (uint32_t i : cache.complaints) {
      const Complaint& k = book.complaints[i];
      push_record_id(k.meta.id);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(k.received_on.iso().c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", k.summary.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", k.facts.c_str());
      ImGui::TableNextColumn();
      const std::optional<ComplaintStep> next = next_complaint_step(k);
      if (k.resolved_on || !next) {
        ImGui::TextUnformatted(tr(cvt::kResolved));
      } else {
        // The step done last, and a button for the next one: handling goes
        // in the order of docs/domain.md §6, one step at a time.
        ImGui::TextUnformatted(k.steps.empty() ? tr(cvt::kOpenState) : ui::label(k.steps.back().step));
        const std::string advance = std::string(tr(cvt::kNextStepIs)) + ui::label(*next);
        if (ImGui::SmallButton(advance.c_str())) {
          AdvanceComplaint step;
          step.complaint_id = k.meta.id;
          step.step = *next;
          step.date = ctx.today;
          dispatch_for(ctx, c, "client.complaint", step);
        }
        track(("client.complaint." + std::to_string(n) + ".advance").c_str(), ui::label(*next));
      }
      ImGui::TableNextColumn();
      if (destructive_button(tr(cvt::kDelete), true)) request_delete(ctx.state.client_view, AnyRecord(k), k.summary);
      track(("client.complaint." + std::to_string(n) + ".delete").c_str());
      ImGui::PopID();
      ++n;
    }
    ImGui::EndTable();
  }
  track("client.complaint.count", std::to_string(n));
  if (f.complaint_received.text.empty()) f.complaint_received.text = ctx.today.iso();
  date_input("client.complaint.received", f.complaint_received, false, ctx.today, 110);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(260);
  ImGui::InputTextWithHint("##c_summary", tr(cvt::kSummary), &f.complaint_summary);
  track("client.complaint.summary", f.complaint_summary);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - 90);
  ImGui::InputTextWithHint("##c_facts", tr(cvt::kFacts), &f.complaint_facts);
  track("client.complaint.facts", f.complaint_facts);
  ImGui::SameLine();
  if (ImGui::Button(tr(cvt::kAdd))) {
    f.errors.erase("client.complaint.received");
    DateValue received;
    if (check_date(f.errors, "client.complaint.received", f.complaint_received, received)) {
      AddComplaint k;
      k.client_id = c.meta.id;
      k.received_on = received.solar.value_or(Date{});
      k.summary = f.complaint_summary;
      k.facts = f.complaint_facts;
      if (dispatch_for(ctx, c, "client.complaint", k)) {
        f.complaint_summary.clear();
        f.complaint_facts.clear();
      }
    }
  }
  track("client.complaint.add");
  error_line(f.errors, "client.complaint.received");
  record_refusals().draw(c.meta.id, "client.complaint");
}

void draw_reports(UiContext& ctx, const Client& c, const RecordCache& cache) {
  RecordForms& f = ctx.state.client_view.records;
  const Book& book = ctx.ws.book();
  ImGui::SeparatorText(tr(cvt::kReports));
  int n = 0;
  if (!cache.reports.empty() && begin_list("##reports", 6)) {
    ImGui::TableSetupColumn(tr(cvt::kDate));
    ImGui::TableSetupColumn(tr(cvt::kKeyPoints), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr(cvt::kNeeds), ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn(tr(cvt::kNextActions), ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn(tr(cvt::kReview));
    ImGui::TableSetupColumn("##del");
    ImGui::TableHeadersRow();
    for (uint32_t i : cache.reports) {
      const CommunicationReport& r = book.communication_reports[i];
      push_record_id(r.meta.id);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(r.date.iso().c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", r.key_points.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", r.needs.c_str());
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s", r.next_actions.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(ui::label(r.review));
      ImGui::TableNextColumn();
      if (destructive_button(tr(cvt::kDelete), true)) request_delete(ctx.state.client_view, AnyRecord(r), r.date.iso());
      track(("client.report." + std::to_string(n) + ".delete").c_str());
      ImGui::PopID();
      ++n;
    }
    ImGui::EndTable();
  }
  track("client.report.count", std::to_string(n));
  label(cvt::kKeyPoints);
  multiline_field("client.report.points", f.report_points, 40);
  label(cvt::kNeeds);
  multiline_field("client.report.needs", f.report_needs, 40);
  label(cvt::kNextActions);
  multiline_field("client.report.actions", f.report_actions, 40);
  if (ImGui::Button(tr(cvt::kAdd))) {
    WriteCommunicationReport r;
    r.client_id = c.meta.id;
    r.date = ctx.today;
    r.key_points = f.report_points;
    r.needs = f.report_needs;
    r.next_actions = f.report_actions;
    if (dispatch_for(ctx, c, "client.report", r)) {
      f.report_points.clear();
      f.report_needs.clear();
      f.report_actions.clear();
    }
  }
  track("client.report.add");
  record_refusals().draw(c.meta.id, "client.report");
}

}  // namespace

void draw_records(UiContext& ctx, const Client& c, uint32_t pos) {
  const RecordCache& cache = cache_for(ctx.ws, c.meta.id);
  // Each section in its own ID scope: their buttons share labels (添加, 删除),
  // and one ID for four buttons makes three of them dead and one key press
  // fire all four.
  ImGui::PushID("opportunities");
  draw_opportunities(ctx, c, pos);
  ImGui::PopID();
  ImGui::PushID("tasks");
  draw_tasks(ctx, c, pos);
  ImGui::PopID();
  ImGui::PushID("complaints");
  draw_complaints(ctx, c, cache);
  ImGui::PopID();
  ImGui::PushID("reports");
  draw_reports(ctx, c, cache);
  ImGui::PopID();
}

}  // namespace rm::ui::cv
