// Reports → 沟通报告: the communication report (客户沟通报告) written after a
// meeting or other significant contact (docs/domain.md §3 "Written reports"):
// pick the contact — meetings first, those still without a report before
// them (the duty core/planner/report_duties.cpp lists) — write the key
// points, the client's needs and questions and the next actions, save it
// (write_communication_report) and hand it to the supervisor
// (submit_for_review). Below, every report and plan with its review
// (reports_review.cpp).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "app/commands/command.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/screens/reports.h"
#include "ui/strings/report_strings.h"
#include "ui/widgets/refusal_line.h"

namespace rm::ui {

namespace {
using namespace report_text;

constexpr size_t kMaxContactsListed = 200;

struct ContactChoice {
  const Contact* contact = nullptr;
  bool meeting = false;
  bool reported = false;
};

// The owner's contacts: meetings without a report first, then other
// meetings, then the rest; newest first within each.
std::vector<ContactChoice> contact_choices(const Book& book) {
  std::unordered_set<RecordId> reported;
  for (const CommunicationReport& r : book.communication_reports)
    if (!r.meta.deleted && !r.contact_id.empty()) reported.insert(r.contact_id);
  const RecordId& owner = book.settings.owner_manager_id;
  std::vector<ContactChoice> out;
  for (const Contact& k : book.contacts) {
    if (k.meta.deleted || (!owner.empty() && !k.manager_id.empty() && k.manager_id != owner)) continue;
    out.push_back({&k, contact_kind(k) == ContactClass::meeting, reported.count(k.meta.id) > 0});
  }
  std::stable_sort(out.begin(), out.end(), [](const ContactChoice& a, const ContactChoice& b) {
    const auto rank = [](const ContactChoice& c) { return c.meeting ? (c.reported ? 1 : 0) : 2; };
    return std::tuple(rank(a), -a.contact->date.days()) < std::tuple(rank(b), -b.contact->date.days());
  });
  if (out.size() > kMaxContactsListed) out.resize(kMaxContactsListed);
  return out;
}

std::string choice_text(const Book& book, const BookIndex& index, const ContactChoice& c) {
  const uint32_t ci = index.client(c.contact->client_id);
  const std::string client = ci == BookIndex::npos ? std::string() : book.clients[ci].name;
  std::string kind = tr(c.meeting ? kMeeting : kOther);
  if (c.reported) kind += std::string(" · ") + tr(kHasReport);
  char line[512];
  std::snprintf(line, sizeof line, tr(kContactLine), c.contact->date.iso().c_str(), client.c_str(), kind.c_str());
  return line;
}

void multiline(const char* id, const Text& name, std::string& value, ReportDraft& d) {
  ImGui::TextUnformatted(tr(name));
  ImGui::PushID(id);
  if (ImGui::InputTextMultiline("##t", &value, ImVec2(-FLT_MIN, 3.5f * ImGui::GetTextLineHeightWithSpacing())))
    d.done = ReportDraft::Done::nothing;
  ImGui::PopID();
  track(id, value);
}

// Saves the draft; with SUBMIT also hands the new report in. The report is
// the newest draft of this contact (write_communication_report makes one).
void save(UiContext& ctx, const Contact& contact, bool submit) {
  ReportDraft& d = ctx.state.reports.report;
  const Result<int64_t> done = ctx.actions.dispatch(
      WriteCommunicationReport{contact.client_id, contact.meta.id, ctx.today, d.key_points, d.needs, d.next_actions});
  if (!done.ok()) {
    d.refusal = done.problem();
    return;
  }
  d.refusal.reset();
  d.done = ReportDraft::Done::saved;
  if (submit) {
    const auto& reports = ctx.ws.book().communication_reports;
    for (auto it = reports.rbegin(); it != reports.rend(); ++it) {
      if (it->meta.deleted || it->contact_id != contact.meta.id || it->review != ReviewState::draft) continue;
      const Result<int64_t> handed = ctx.actions.dispatch(SubmitForReview{it->meta.id});
      if (!handed.ok()) {
        d.refusal = handed.problem();
        return;
      }
      d.done = ReportDraft::Done::submitted;
      break;
    }
  }
  const RecordId keep = d.contact_id;
  const ReportDraft::Done what = d.done;
  d = ReportDraft{};
  d.contact_id = keep;
  d.done = what;
}
}  // namespace

void draw_reports_communication(UiContext& ctx) {
  const Book& book = ctx.ws.book();
  const BookIndex& index = ctx.ws.index();
  ReportDraft& d = ctx.state.reports.report;

  ImGui::SeparatorText(tr(kWriteReport));
  const std::vector<ContactChoice> choices = contact_choices(book);
  const ContactChoice* picked = nullptr;
  for (const ContactChoice& c : choices)
    if (c.contact->meta.id == d.contact_id) picked = &c;
  const std::string shown = picked ? choice_text(book, index, *picked) : std::string(tr(kNoContactPicked));
  ImGui::TextUnformatted(tr(kPickContact));
  ImGui::SetNextItemWidth(std::min(520.0f, ImGui::GetContentRegionAvail().x));
  if (ImGui::BeginCombo("##report_contact", shown.c_str(), ImGuiComboFlags_HeightLarge)) {
    for (size_t i = 0; i < choices.size(); ++i) {
      const std::string text = choice_text(book, index, choices[i]);
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::Selectable(text.c_str(), picked == &choices[i])) {
        d.contact_id = choices[i].contact->meta.id;
        d.done = ReportDraft::Done::nothing;
        d.refusal.reset();
      }
      track(("reports.comm.contact." + std::to_string(i)).c_str(), text);
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  track("reports.comm.contact", shown);

  multiline("reports.comm.key_points", kKeyPoints, d.key_points, d);
  multiline("reports.comm.needs", kNeeds, d.needs, d);
  multiline("reports.comm.next_actions", kNextActions, d.next_actions, d);
  ImGui::BeginDisabled(!picked);
  if (ImGui::Button(tr(kSaveReport)) && picked) {
    const Contact contact = *picked->contact;  // the save may move the book's records
    save(ctx, contact, false);
  }
  track("reports.comm.save");
  ImGui::SameLine();
  if (ImGui::Button(tr(kSaveAndSubmit)) && picked) {
    const Contact contact = *picked->contact;
    save(ctx, contact, true);
  }
  track("reports.comm.submit");
  ImGui::EndDisabled();
  if (d.done != ReportDraft::Done::nothing) {
    const bool submitted = d.done == ReportDraft::Done::submitted;
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(submitted ? kReportSubmitted : kReportSaved));
    track("reports.comm.done", submitted ? "submitted" : "saved");
  }
  refusal_line("reports.comm.error", d.refusal);

  draw_review(ctx, ctx.state.reports.review);
}

}  // namespace rm::ui
