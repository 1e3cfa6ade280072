// Complaints (投诉): every complaint of the book, open ones first with the
// next step of their handling and the day it is due (overdue in the "bad"
// tone), the form to take one down, and a complaint's page with the steps
// done (date, who, note) and the form for the next step — the order and the
// deadlines of docs/domain.md §6 (core/planner/complaint_deadlines.h).
#include "ui/screens/complaints.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <tuple>
#include <vector>

#include "app/commands/command.h"
#include "core/planner/complaint_deadlines.h"
#include "core/search/client_search.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/screens/clients.h"
#include "ui/strings/enum_labels.h"
#include "ui/strings/events_strings.h"
#include "ui/widgets/fit_width.h"
#include "ui/widgets/record_id_scope.h"
#include "ui/widgets/refusal_line.h"
#include "ui/widgets/wrapped_text.h"

namespace rm::ui {

namespace {
using namespace complaints_text;

bool run(UiContext& ctx, const Command& command) {
  const Result<int64_t> done = ctx.actions.dispatch(command);
  ctx.state.complaints.refusal = done.ok() ? std::nullopt : std::optional<Problem>(done.problem());
  return done.ok();
}

std::optional<Date> typed_date(const DateInputState& state) {
  DateValue value;
  if (parse_date_input(state, value) != DateError::none) return std::nullopt;
  return value.solar;
}

void refuse_date(UiContext& ctx) { ctx.state.complaints.refusal = Problem{"bad_date", "date", kBadDate.en, kBadDate.zh}; }

std::string client_name(const UiContext& ctx, const RecordId& id) {
  const uint32_t c = ctx.ws.index().client(id);
  return c == BookIndex::npos ? id.str() : ctx.ws.book().clients[c].name;
}

// "事实经过：…" / "Facts: …", the colon of the UI language (docs/ui-style.md "Text").
void labelled_text(const Text& what, const std::string& value) {
  char line[64];
  std::snprintf(line, sizeof line, tr(kLabelled), tr(what), "");
  wrapped_text(line + value);
}

const WorkingCalendar& calendar(UiContext& ctx) {
  return ctx.state.planner_figures.figures(ctx.ws, ctx.today).context->calendar();
}

// The client picker: the Clients screen's search (name, pinyin, phone) over
// its table, the first few matches as buttons.
void draw_client_picker(UiContext& ctx) {
  ComplaintsState& s = ctx.state.complaints;
  ImGui::SetNextItemWidth(300);
  ImGui::InputTextWithHint("##complaint_client_search", tr(kClientSearch), &s.client_search);
  track("complaints.form.client_search", s.client_search);
  ImGui::SameLine(0, 20);
  ImGui::AlignTextToFramePadding();
  const std::string chosen = s.client.empty() ? std::string() : client_name(ctx, s.client);
  if (s.client.empty())
    ImGui::TextDisabled("%s", tr(kNoClientChosen));
  else
    ImGui::Text(tr(kChosen), chosen.c_str());
  track("complaints.form.client", chosen);
  if (s.client_search.empty()) return;
  clients_detail::ensure_table(ctx);
  const ClientTable& table = ctx.state.clients.table;
  ClientFilter filter;
  filter.search = s.client_search;
  const std::vector<uint32_t> rows = filter_clients(table, filter);
  const size_t shown = std::min<size_t>(rows.size(), 8);
  for (size_t i = 0; i < shown; ++i) {
    const Client& c = ctx.ws.book().clients[table.rows()[rows[i]].client];
    if (i > 0) ImGui::SameLine();
    push_record_id(c.meta.id);
    if (ImGui::SmallButton(c.name.c_str())) {
      s.client = c.meta.id;
      s.client_search.clear();
    }
    ImGui::PopID();
    track(("complaints.form.pick." + std::to_string(i)).c_str(), c.name);
  }
}

void draw_take_form(UiContext& ctx) {
  ComplaintsState& s = ctx.state.complaints;
  ImGui::SeparatorText(tr(kTake));
  draw_client_picker(ctx);
  if (s.received.text.empty()) s.received.text = ctx.today.iso();
  date_input("complaints.form.received", s.received, false, ctx.today, 120);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(300);
  ImGui::InputTextWithHint("##complaint_summary", tr(kSummary), &s.summary);
  track("complaints.form.summary", s.summary);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(std::max(200.0f, ImGui::GetContentRegionAvail().x - 100));
  ImGui::InputTextWithHint("##complaint_facts", tr(kFacts), &s.facts);
  track("complaints.form.facts", s.facts);
  ImGui::SameLine();
  if (ImGui::Button(tr(kSave))) {
    if (const std::optional<Date> received = typed_date(s.received)) {
      AddComplaint add;
      add.client_id = s.client;
      add.received_on = *received;
      add.summary = s.summary;
      add.facts = s.facts;
      if (run(ctx, add)) {
        s.client = {};
        s.summary.clear();
        s.facts.clear();
        s.received = {};
      }
    } else {
      refuse_date(ctx);
    }
  }
  track("complaints.form.save");
}

struct Listed {
  const Complaint* complaint;
  std::optional<ComplaintNextStep> next;
};

void draw_list(UiContext& ctx, const std::vector<Listed>& list, bool open) {
  const char* prefix = open ? "complaints.open" : "complaints.resolved";
  if (list.empty()) {
    ImGui::TextDisabled("%s", tr(open ? kNoOpen : kNoResolved));
    return;
  }
  if (!ImGui::BeginTable(open ? "##open" : "##resolved", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH))
    return;
  ImGui::TableSetupColumn(tr(kReceived), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kClient), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kSummary), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr(kNextStep), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableSetupColumn(tr(kDue), ImGuiTableColumnFlags_WidthFixed, 0);
  ImGui::TableHeadersRow();
  int row = 0;
  for (const Listed& l : list) {
    const Complaint& k = *l.complaint;
    const std::string id = std::string(prefix) + "." + std::to_string(row++);
    push_record_id(k.meta.id);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(k.received_on.iso().c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(client_name(ctx, k.client_id).c_str());
    ImGui::TableNextColumn();
    if (ImGui::Selectable(k.summary.c_str())) {
      ctx.state.complaints.open = k.meta.id;
      ctx.state.complaints.refusal.reset();
      ctx.state.complaints.step_date = {};
    }
    track(id.c_str(), k.summary);
    ImGui::TableNextColumn();
    if (l.next) {
      ImGui::TextUnformatted(label(l.next->step));
      track((id + ".next").c_str(), std::string(code_of(l.next->step)));
    } else {
      ImGui::TextDisabled("—");
    }
    ImGui::TableNextColumn();
    if (l.next) {
      const bool overdue = l.next->overdue(ctx.today);
      const std::string due = l.next->due.iso();
      if (overdue) {
        ImGui::TextColored(tone_vec4(Tone::bad), "%s %s", due.c_str(), tr(kOverdue));
        track((id + ".overdue").c_str(), due);
      } else {
        ImGui::TextUnformatted(due.c_str());
      }
      track((id + ".due").c_str(), due);
    } else if (k.resolved_on) {
      ImGui::TextUnformatted(k.resolved_on->iso().c_str());
    }
    ImGui::PopID();
  }
  ImGui::EndTable();
}

void responsibility_combo(Responsibility& r) {
  ImGui::SetNextItemWidth(combo_width(label(r), 140));
  if (ImGui::BeginCombo("##responsibility", label(r))) {
    for (size_t i = 1; i < EnumCodes<Responsibility>::codes.size(); ++i) {  // not "undetermined"
      const auto v = static_cast<Responsibility>(i);
      if (ImGui::Selectable(label(v), v == r)) r = v;
      track(("complaint.next.responsibility." + std::string(code_of(v))).c_str());
    }
    ImGui::EndCombo();
  }
  track_framed("complaint.next.responsibility", label(r), true, std::string(code_of(r)));
}

void draw_next_step_form(UiContext& ctx, const Complaint& k, const ComplaintNextStep& next) {
  ComplaintsState& s = ctx.state.complaints;
  char heading[256];
  std::snprintf(heading, sizeof heading, tr(kNextStepIs), label(next.step), next.due.iso().c_str());
  if (next.overdue(ctx.today)) {
    ImGui::TextColored(tone_vec4(Tone::bad), "%s  %s", heading, tr(kOverdue));
    track("complaint.next.overdue", next.due.iso());
  } else {
    ImGui::TextUnformatted(heading);
  }
  track("complaint.next", std::string(code_of(next.step)));
  track("complaint.next.due", next.due.iso());
  if (s.step_date.text.empty()) s.step_date.text = ctx.today.iso();
  date_input("complaint.next.date", s.step_date, false, ctx.today, 120);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(220);
  ImGui::InputTextWithHint("##step_by", tr(kByHint), &s.step_by);
  track("complaint.next.by", s.step_by);
  if (next.step == ComplaintStep::determine_responsibility) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(kResponsibility));
    ImGui::SameLine();
    responsibility_combo(s.responsibility);
  }
  if (next.step == ComplaintStep::agree_remedy) {
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##remedy", tr(kRemedy), &s.remedy);
    track("complaint.next.remedy", s.remedy);
  }
  ImGui::SetNextItemWidth(std::max(200.0f, ImGui::GetContentRegionAvail().x - 160));
  ImGui::InputTextWithHint("##step_note", tr(kNote), &s.step_note);
  track("complaint.next.note", s.step_note);
  ImGui::SameLine();
  if (ImGui::Button(tr(kDoStep))) {
    if (const std::optional<Date> date = typed_date(s.step_date)) {
      AdvanceComplaint step;
      step.complaint_id = k.meta.id;
      step.step = next.step;
      step.date = *date;
      step.note = s.step_note;
      step.by = s.step_by;
      if (next.step == ComplaintStep::determine_responsibility) step.responsibility = s.responsibility;
      if (next.step == ComplaintStep::agree_remedy) step.remedy = s.remedy;
      if (run(ctx, step)) {
        s.step_note.clear();
        s.remedy.clear();
        s.step_date = {};
        s.step_by.clear();  // each step's default is the manager again
      }
    } else {
      refuse_date(ctx);
    }
  }
  track("complaint.next.save");
}

void draw_complaint_page(UiContext& ctx, const Complaint& k) {
  ComplaintsState& s = ctx.state.complaints;
  if (ImGui::Button(tr(kBack))) {
    s.open = {};
    s.refusal.reset();
    return;
  }
  track("complaint.back");
  ImGui::SeparatorText(k.summary.c_str());
  track("complaint.summary", k.summary);
  ImGui::Text("%s  ·  %s %s", client_name(ctx, k.client_id).c_str(), tr(kReceived), k.received_on.iso().c_str());
  if (!k.facts.empty()) labelled_text(kFacts, k.facts);
  if (k.responsibility != Responsibility::undetermined) {
    labelled_text(kResponsibility, label(k.responsibility));
    track("complaint.responsibility", std::string(code_of(k.responsibility)));
  }
  if (!k.remedy.empty()) labelled_text(kRemedy, k.remedy);

  ImGui::SeparatorText(tr(kStepsDone));
  track("complaint.steps", std::to_string(k.steps.size()));
  if (ImGui::BeginTable("##steps", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) {
    ImGui::TableSetupColumn(tr(kStep), ImGuiTableColumnFlags_WidthFixed, 0);
    ImGui::TableSetupColumn(tr(kDate), ImGuiTableColumnFlags_WidthFixed, 0);
    ImGui::TableSetupColumn(tr(kBy), ImGuiTableColumnFlags_WidthFixed, 0);
    ImGui::TableSetupColumn(tr(kNote), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < k.steps.size(); ++i) {
      const ComplaintStepDone& done = k.steps[i];
      const std::string id = "complaint.step." + std::to_string(i);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(label(done.step));
      track(id.c_str(), std::string(code_of(done.step)));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(done.date.iso().c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(done.by.c_str());
      track((id + ".by").c_str(), done.by);
      ImGui::TableNextColumn();
      wrapped_text(done.note);
    }
    ImGui::EndTable();
  }
  refusal_line("complaints.refusal", s.refusal);
  if (const std::optional<ComplaintNextStep> next = complaint_next_step_due(k, calendar(ctx))) {
    draw_next_step_form(ctx, k, *next);
  } else if (k.resolved_on) {
    char resolved[128];
    std::snprintf(resolved, sizeof resolved, tr(kResolvedOn), k.resolved_on->iso().c_str());
    ImGui::TextColored(tone_vec4(Tone::good), "%s", resolved);
    track("complaint.resolved", k.resolved_on->iso());
  }
}

}  // namespace

void draw_complaints(UiContext& ctx) {
  ComplaintsState& s = ctx.state.complaints;
  const Book& book = ctx.ws.book();
  if (!s.open.empty()) {
    for (const Complaint& k : book.complaints)
      if (k.meta.id == s.open && !k.meta.deleted) return draw_complaint_page(ctx, k);
    s.open = {};
  }
  ImGui::SeparatorText(tr(kComplaints));
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", tr(kIntro));
  ImGui::PopTextWrapPos();
  draw_take_form(ctx);
  refusal_line("complaints.refusal", s.refusal);

  const WorkingCalendar& cal = calendar(ctx);
  std::vector<Listed> open, resolved;
  for (const Complaint& k : book.complaints) {
    if (k.meta.deleted) continue;
    Listed l{&k, complaint_next_step_due(k, cal)};
    (l.next ? open : resolved).push_back(l);
  }
  // Overdue first, then by due date; resolved latest first.
  std::stable_sort(open.begin(), open.end(), [&](const Listed& a, const Listed& b) {
    return std::tuple(!a.next->overdue(ctx.today), a.next->due) < std::tuple(!b.next->overdue(ctx.today), b.next->due);
  });
  std::stable_sort(resolved.begin(), resolved.end(), [](const Listed& a, const Listed& b) {
    return b.complaint->resolved_on.value_or(Date{}) < a.complaint->resolved_on.value_or(Date{});
  });
  track("complaints.open.count", std::to_string(open.size()));
  track("complaints.resolved.count", std::to_string(resolved.size()));
  ImGui::SeparatorText(tr(kOpen));
  draw_list(ctx, open, true);
  ImGui::SeparatorText(tr(kResolvedList));
  draw_list(ctx, resolved, false);
}

}  // namespace rm::ui
