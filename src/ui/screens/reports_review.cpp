// The review on the Reports screen (docs/commands.md, "Review"): every
// communication report and financial plan with where its review stands; the
// one chosen is read in full with its comments, and the user acts on it —
// the manager hands in her own (submit_for_review); a supervisor
// (set_own_role) comments, approves or returns with a reason. Each action is
// one command, as from the JS hook or the CLI.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "app/commands/command.h"
#include "core/model/person_name.h"
#include "core/money.h"
#include "core/risk/risk_profile.h"
#include "sync/review.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/screens/reports.h"
#include "ui/strings/enum_labels.h"
#include "ui/strings/review_strings.h"
#include "ui/widgets/record_id_scope.h"
#include "ui/widgets/refusal_line.h"

namespace rm::ui {

namespace {
using namespace review_text;

// One row of the list: a report or a plan, and what the list shows of it.
struct ReviewItem {
  const CommunicationReport* report = nullptr;
  const FinancialPlan* plan = nullptr;
  const RecordId& id() const { return report ? report->meta.id : plan->meta.id; }
  const RecordId& client_id() const { return report ? report->client_id : plan->client_id; }
  const RecordId& manager_id() const { return report ? report->manager_id : plan->manager_id; }
  Date date() const { return report ? report->date : plan->created_on; }
  ReviewState state() const { return report ? report->review : plan->review; }
  int round() const { return report ? report->review_round : plan->review_round; }
  bool changed() const { return report ? changed_since_approval(*report) : changed_since_approval(*plan); }
};

bool awaits_review(ReviewState s) { return s == ReviewState::submitted || s == ReviewState::reviewed; }

std::vector<ReviewItem> items_of(const Book& book, const BookIndex& index, const ReviewPanel& panel,
                                 const RecordId& owner, bool supervisor) {
  std::vector<ReviewItem> out;
  auto keep = [&](const ReviewItem& item) {
    if (!panel.search.empty()) {
      const uint32_t ci = index.client(item.client_id());
      if (ci == BookIndex::npos || book.clients[ci].name.find(panel.search) == std::string::npos) return false;
    }
    switch (panel.filter) {
      case ReviewFilter::all: return true;
      case ReviewFilter::awaiting_me: return supervisor && awaits_review(item.state());
      case ReviewFilter::mine: return item.manager_id() == owner;
    }
    return true;
  };
  for (const CommunicationReport& r : book.communication_reports)
    if (!r.meta.deleted && keep(ReviewItem{&r, nullptr})) out.push_back(ReviewItem{&r, nullptr});
  for (const FinancialPlan& p : book.financial_plans)
    if (!p.meta.deleted && keep(ReviewItem{nullptr, &p})) out.push_back(ReviewItem{nullptr, &p});
  std::stable_sort(out.begin(), out.end(), [](const ReviewItem& a, const ReviewItem& b) { return b.date() < a.date(); });
  return out;
}

std::string state_text(const ReviewItem& item) {
  std::string s = label(item.state());
  if (item.round() > 0) {
    char buf[64];
    std::snprintf(buf, sizeof buf, tr(kRound), item.round() + 1);
    s += " · " + std::string(buf);
  }
  if (item.changed()) s += " · " + std::string(tr(kChangedSinceApproval));
  return s;
}

void labelled_text(const Text& name, const std::string& text, const char* id) {
  if (text.empty()) return;
  ImGui::TextDisabled("%s", tr(name));
  ImGui::Indent();
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Unindent();
  track(id, text);
}

void draw_content(const ReviewItem& item) {
  if (const CommunicationReport* r = item.report) {
    labelled_text(kKeyPoints, r->key_points, "reports.review.key_points");
    labelled_text(kNeeds, r->needs, "reports.review.needs");
    labelled_text(kNextActions, r->next_actions, "reports.review.next_actions");
    return;
  }
  const FinancialPlan& p = *item.plan;
  std::string goals;
  for (const PlanGoal& g : p.goals) {
    char buf[256];
    // A goal from the new-client wizard may not have its year yet (docs/domain.md §4).
    if (g.year > 0) std::snprintf(buf, sizeof buf, tr(kGoalLine), g.name.c_str(), format_yuan(g.amount).c_str(), g.year);
    else std::snprintf(buf, sizeof buf, tr(kGoalLineNoYear), g.name.c_str(), format_yuan(g.amount).c_str());
    goals += (goals.empty() ? "" : "\n") + std::string(buf);
  }
  labelled_text(kGoals, goals, "reports.review.goals");
  labelled_text(kPosition, p.financial_position, "reports.review.position");
  labelled_text(kProtection, p.protection, "reports.review.protection");
  if (p.risk_level) labelled_text(kRiskLevel, std::string(risk_code(*p.risk_level)), "reports.review.risk_level");
  labelled_text(kRecommendations, p.recommendations, "reports.review.recommendations");
}

template <class R>
void draw_review_state(const Book& book, const BookIndex& index, const R& r) {
  if (!r.reviewer_id.empty() && r.reviewed_on) {
    const std::string who = person_name(book, index, r.reviewer_id), on = r.reviewed_on->iso();
    ImGui::Text(tr(kReviewedBy), who.c_str(), on.c_str());
  }
  if (r.review == ReviewState::returned && !r.return_reason.empty()) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(tone_vec4(Tone::bad), tr(kReturnReason), r.return_reason.c_str());
    ImGui::PopTextWrapPos();
    track("reports.review.return_reason_shown", r.return_reason);
  }
}

void draw_comments(const Book& book, const BookIndex& index, const RecordId& subject) {
  std::vector<const ReviewComment*> comments;
  for (const ReviewComment& c : book.review_comments)
    if (!c.meta.deleted && c.subject_id == subject) comments.push_back(&c);
  std::stable_sort(comments.begin(), comments.end(), [](auto* a, auto* b) { return a->date < b->date; });
  ImGui::TextDisabled(tr(kComments), static_cast<int>(comments.size()));
  track("reports.review.comments", std::to_string(comments.size()));
  if (comments.empty()) ImGui::TextDisabled("%s", tr(kNoComments));
  int n = 0;
  for (const ReviewComment* c : comments) {
    const std::string who = person_name(book, index, c->author_id);
    ImGui::PushTextWrapPos(0);
    ImGui::Text("%s  %s：%s", c->date.iso().c_str(), who.c_str(), c->text.c_str());
    ImGui::PopTextWrapPos();
    track(("reports.review.comment." + std::to_string(n++)).c_str(), c->text);
  }
}

// The command's answer: a refusal stays on screen; success clears what was typed.
void answer(ReviewPanel& panel, const Result<int64_t>& done, std::string* typed = nullptr) {
  if (done.ok()) {
    panel.refusal.reset();
    if (typed) typed->clear();
  } else {
    panel.refusal = done.problem();
  }
}

void draw_actions(UiContext& ctx, ReviewPanel& panel, const ReviewItem& item, bool mine, bool supervisor) {
  if (mine) {
    if (ImGui::Button(tr(kSubmit))) answer(panel, ctx.actions.dispatch(SubmitForReview{item.id()}));
    track("reports.review.submit");
  }
  if (!supervisor) {
    if (!mine) ImGui::TextDisabled("%s", tr(kSupervisorOnly));
    return;
  }
  ImGui::SetNextItemWidth(420);
  ImGui::InputTextWithHint("##comment", tr(kComment), &panel.comment);
  track("reports.review.comment", panel.comment);
  ImGui::SameLine();
  if (ImGui::Button(tr(kAddComment)))
    answer(panel, ctx.actions.dispatch(CommentOnReview{item.id(), panel.comment}), &panel.comment);
  track("reports.review.comment.add");
  if (ImGui::Button(tr(kApprove))) answer(panel, ctx.actions.dispatch(Approve{item.id(), {}}));
  track("reports.review.approve");
  ImGui::SetNextItemWidth(420);
  ImGui::InputTextWithHint("##return_reason", tr(kReturnWhy), &panel.return_reason);
  track("reports.review.reason", panel.return_reason);
  ImGui::SameLine();
  if (ImGui::Button(tr(kReturn)))
    answer(panel, ctx.actions.dispatch(ReturnForChanges{item.id(), panel.return_reason}), &panel.return_reason);
  track("reports.review.return");
}

}  // namespace

void draw_review(UiContext& ctx, ReviewPanel& panel) {
  const Book& book = ctx.ws.book();
  const BookIndex& index = ctx.ws.index();
  const RecordId& owner = book.settings.owner_manager_id;
  const bool supervisor = own_supervisor(book) != nullptr;

  ImGui::SeparatorText(tr(kReview));
  constexpr std::pair<ReviewFilter, const Text*> kFilters[] = {
      {ReviewFilter::all, &kShowAll}, {ReviewFilter::awaiting_me, &kShowAwaiting}, {ReviewFilter::mine, &kShowMine}};
  constexpr const char* kFilterIds[] = {"reports.review.filter.all", "reports.review.filter.awaiting",
                                        "reports.review.filter.mine"};
  for (size_t i = 0; i < std::size(kFilters); ++i) {
    if (i) ImGui::SameLine();
    if (ImGui::RadioButton(tr(*kFilters[i].second), panel.filter == kFilters[i].first)) panel.filter = kFilters[i].first;
    track(kFilterIds[i], panel.filter == kFilters[i].first ? "on" : "off");
  }

  ImGui::SetNextItemWidth(220);
  ImGui::InputTextWithHint("##review_search", tr(kSearchClient), &panel.search);
  track("reports.review.search", panel.search);
  const std::vector<ReviewItem> items = items_of(book, index, panel, owner, supervisor);
  track("reports.review.count", std::to_string(items.size()));
  const ReviewItem* chosen = nullptr;
  if (items.empty()) {
    ImGui::TextDisabled("%s", tr(kNothingToShow));
  } else if (ImGui::BeginTable("##review", 5,
                               ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                   ImGuiTableFlags_SizingFixedFit,
                               ImVec2(0, std::min(10.5f, static_cast<float>(items.size()) + 1.5f) *
                                             ImGui::GetFrameHeightWithSpacing()))) {
    for (const Text* t : {&kDate, &kManager, &kClient, &kWhat, &kState}) ImGui::TableSetupColumn(tr(*t));
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableHeadersRow();
    for (size_t row = 0; row < items.size(); ++row) {
      const ReviewItem& item = items[row];
      const uint32_t ci = index.client(item.client_id());
      const std::string client = ci == BookIndex::npos ? std::string() : book.clients[ci].name;
      const std::string id = "reports.review." + std::to_string(row);
      push_record_id(item.id());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const bool selected = item.id() == panel.selected;
      if (selected) chosen = &item;
      // News from the supervisor's review (an import), not read yet.
      const bool news = review_news_unseen(ctx.state, ctx.ws, item.id(), false);
      const std::string date = (news ? "● " : "") + item.date().iso();
      if (ImGui::Selectable(date.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns) && !selected) {
        panel = ReviewPanel{panel.filter, panel.search, item.id(), {}, {}, {}};
        chosen = &item;
      }
      track(id.c_str(), client + (item.report ? " report " : " plan ") + std::string(code_of(item.state())));
      if (news) track((id + ".news").c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(person_name(book, index, item.manager_id()).c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(client.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(tr(item.report ? kReport : kPlan));
      ImGui::TableNextColumn();
      const std::string state = state_text(item);
      if (item.state() == ReviewState::returned || item.changed())
        ImGui::TextColored(tone_vec4(Tone::bad), "%s", state.c_str());
      else if (item.state() == ReviewState::approved)
        ImGui::TextColored(tone_vec4(Tone::good), "%s", state.c_str());
      else
        ImGui::TextUnformatted(state.c_str());
      ImGui::PopID();
    }
    ImGui::EndTable();
  }

  // The item read stays open when an action takes it out of the list (an
  // approval leaves "awaiting my review").
  std::optional<ReviewItem> kept;
  if (!chosen && !panel.selected.empty()) {
    for (const CommunicationReport& r : book.communication_reports)
      if (!r.meta.deleted && r.meta.id == panel.selected) kept = ReviewItem{&r, nullptr};
    for (const FinancialPlan& p : book.financial_plans)
      if (!p.meta.deleted && p.meta.id == panel.selected) kept = ReviewItem{nullptr, &p};
    if (kept) chosen = &*kept;
  }
  if (!chosen) {
    if (!items.empty()) ImGui::TextDisabled("%s", tr(kPickOne));
    return;
  }
  const ReviewItem& item = *chosen;
  ctx.state.review_seen.insert(item.id());
  ImGui::Separator();
  const uint32_t ci = index.client(item.client_id());
  ImGui::Text("%s · %s · %s", tr(item.report ? kReport : kPlan),
              ci == BookIndex::npos ? "" : book.clients[ci].name.c_str(), state_text(item).c_str());
  track("reports.review.state", std::string(code_of(item.state())) + (item.changed() ? " changed" : ""));
  if (item.report) draw_review_state(book, index, *item.report);
  else draw_review_state(book, index, *item.plan);
  draw_content(item);
  draw_comments(book, index, item.id());
  draw_actions(ctx, panel, item, item.manager_id() == owner, supervisor);
  refusal_line("reports.review.error", panel.refusal);
}

}  // namespace rm::ui
