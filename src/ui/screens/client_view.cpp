// The Client 360° view: header (who, tier, life stage, risk level), the
// section bar, save / discard / leave handling, and the confirmation of
// deletions. Each section draws in its own client_view_*.cpp.
//
// Editing model: the profile and the household forms hold a COPY of the
// record (and the text the person typed) in ClientViewState. They reload from
// the book whenever the book's revision moves and they hold no edits (so an
// undo shows at once). Save reads both and dispatches ONE UpdateClientProfile
// (app/commands/client_commands.h); nothing is sent while a field does not
// parse, and the command's refusal is shown as the flash line.
#include "ui/screens/client_view.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/finance/life_stage.h"
#include "core/risk/assessment_validity.h"
#include "core/risk/client_suitability.h"
#include "ui/app_ui.h"
#include "ui/palette.h"
#include "ui/screens/client_view_parts.h"
#include "ui/strings/action_strings.h"
#include "ui/strings/plan_strings.h"
#include "ui/strings/review_strings.h"
#include "ui/widgets/destructive.h"
#include "ui/widgets/refusal_line.h"

namespace rm::ui {

namespace {

struct SectionItem {
  ClientSection section;
  const Text* label;
  const char* id;
};
const SectionItem kSections[] = {
    {ClientSection::profile, &cvt::kSecProfile, "client.tab.profile"},
    {ClientSection::finances, &cvt::kSecFinances, "client.tab.finances"},
    {ClientSection::holdings, &cvt::kSecHoldings, "client.tab.holdings"},
    {ClientSection::risk, &cvt::kSecRisk, "client.tab.risk"},
    {ClientSection::timeline, &cvt::kSecTimeline, "client.tab.timeline"},
    {ClientSection::records, &cvt::kSecRecords, "client.tab.records"},
    {ClientSection::plan, &plan_text::kTab, "client.tab.plan"},
};

// Typed and not yet added: the record forms' text fields. Dates and choices
// alone are not a draft (they start filled in).
bool contact_typed(const RecordForms& f) { return !f.contact_notes.empty() || !f.contact_next.empty(); }
bool records_typed(const RecordForms& f) {
  return !f.opp_title.empty() || !f.opp_amount.empty() || !f.task_title.empty() || !f.complaint_summary.empty() ||
         !f.complaint_facts.empty() || !f.report_points.empty() || !f.report_needs.empty() ||
         !f.report_actions.empty();
}

bool section_dirty(const ClientViewState& s, ClientSection section) {
  switch (section) {
    case ClientSection::profile: return s.profile.dirty;
    case ClientSection::finances: return s.finance.dirty;
    case ClientSection::timeline: return contact_typed(s.records);
    case ClientSection::records: return records_typed(s.records);
    case ClientSection::plan: return s.plan.dirty;
    case ClientSection::holdings:
    case ClientSection::risk: return false;
  }
  return false;
}

// The client whose edits are held (empty when none are).
RecordId drafts_client(const ClientViewState& s) {
  if (s.profile.dirty) return s.profile.client_id;
  if (s.finance.dirty) return s.finance.client_id;
  if (contact_typed(s.records) || records_typed(s.records)) return s.records.client_id;
  if (s.plan.dirty) return s.plan.client_id;
  return {};
}

void discard_forms(ClientViewState& s) {
  s.profile = ProfileForm{};
  s.finance = FinanceForm{};
  s.records = RecordForms{};
  s.plan = PlanForm{};
}

// Reads the dirty forms and saves them with one UpdateClientProfile: the
// command decides what a saved profile may be (and makes the household the
// first figures need); the forms only flag what does not parse.
void save(UiContext& ctx, const Client& c) {
  ClientViewState& s = ctx.state.client_view;
  if (!s.profile.dirty && !s.finance.dirty) return;
  UpdateClientProfile command;
  command.client_id = c.meta.id;
  bool ok = true;
  if (s.profile.dirty) {
    Client client = c;
    ok &= cv::validate_profile(s.profile, ctx.today, ctx.ws.actor(), client);
    command.client = std::move(client);
  }
  if (s.finance.dirty) {
    Household household;
    ok &= cv::validate_finances(s.finance, household);
    command.household = std::move(household);
  }
  if (!ok) {
    char buf[160];
    std::snprintf(buf, sizeof buf, tr(cvt::kFixErrors),
                  static_cast<int>(s.profile.errors.size() + s.finance.errors.size()));
    cv::set_flash(s, buf, true);
    return;
  }
  if (Result<int64_t> r = ctx.actions.dispatch(command); !r) {
    cv::set_flash(s, refusal_text(r.problem()), true);
    return;
  }
  discard_forms(s);
  cv::set_flash(s, tr(cvt::kSaved));
}

void draw_header(UiContext& ctx, const Client& c, uint32_t pos) {
  ClientViewState& s = ctx.state.client_view;
  const Workspace& ws = ctx.ws;
  ImGui::Text("%s", c.name.c_str());
  track("client.name", c.name);
  ImGui::SameLine();
  // Tier by the active policy (a manual override wins and is said so).
  const TierFacts facts = tier_facts(c, ctx.today);
  const TierPolicy& tiers = cv::active_policy(ws).tiers;
  const TierAssignment tier = assign_tier(tiers, facts, c.tier_override);
  const TierRule* rule = find_tier(tiers, tier.tier);
  const std::string tier_text =
      rule ? (language() == Language::Chinese ? rule->name_zh : rule->name_en) : std::string(tr(cvt::kTierNone));
  ImGui::TextDisabled("| %s: %s", tr(cvt::kTier), tier_text.c_str());
  track("client.tier", tier.tier);
  if (facts.age) {
    ImGui::SameLine();
    ImGui::TextDisabled("| %s: %d", tr(cvt::kAge), *facts.age);
    const uint32_t h = c.household_id.empty() ? BookIndex::npos : ws.index().household(c.household_id);
    const Household* household =
        h == BookIndex::npos || ws.book().households[h].meta.deleted ? nullptr : &ws.book().households[h];
    if (const std::optional<LifeStage> stage = life_stage(life_stage_facts(c, household, facts.age, ctx.today))) {
      ImGui::SameLine();
      const std::string_view name =
          language() == Language::Chinese ? life_stage_name_zh(*stage) : life_stage_name_en(*stage);
      ImGui::TextDisabled("| %s: %.*s", tr(cvt::kLifeStage), static_cast<int>(name.size()), name.data());
      track("client.life_stage", std::string(life_stage_code(*stage)));
    }
  }
  ImGui::SameLine();
  if (const RiskAssessment* a = latest_assessment(ws.book(), ws.index(), pos, ctx.today)) {
    const bool valid = assessment_valid(a->date, ctx.today);
    ImGui::TextDisabled("| %s: %.*s %s %s%s", tr(cvt::kRiskLevel), static_cast<int>(risk_code(a->level).size()),
                        risk_code(a->level).data(), tr(cvt::kValidUntil), a->valid_until.iso().c_str(),
                        valid ? "" : (std::string(" (") + tr(cvt::kExpired) + ")").c_str());
    track("client.risk_level", std::string(risk_code(a->level)));
  } else {
    ImGui::TextDisabled("| %s: %s", tr(cvt::kRiskLevel), tr(cvt::kNotAssessed));
    track("client.risk_level", "");
  }
  if (c.meta.demo) {
    ImGui::SameLine();
    ImGui::TextDisabled("[%s]", tr(cvt::kDemo));
  }

  // Actions.
  if (ImGui::Button(tr(cvt::kBack))) {
    if (client_view_has_unsaved(s)) {
      s.leave_prompt = true;
      s.pending_back = true;
    } else {
      ctx.state.screen = Screen::Clients;
    }
  }
  track("client.back");
  ImGui::SameLine();
  // Save and Discard act on the profile and the household; a record form has
  // its own 添加 button.
  const bool dirty = s.profile.dirty || s.finance.dirty;
  ImGui::BeginDisabled(!dirty);
  if (ImGui::Button(tr(cvt::kSave))) save(ctx, c);
  track("client.save");
  ImGui::SameLine();
  if (ImGui::Button(tr(cvt::kDiscard))) {
    discard_forms(s);
    s.flash.clear();
  }
  track("client.discard");
  ImGui::EndDisabled();
  destructive_gap();
  if (destructive_button(tr(cvt::kDeleteClient))) cv::request_delete(s, AnyRecord(c), c.name);
  track("client.delete");
  if (client_view_has_unsaved(s)) {
    ImGui::SameLine();
    ImGui::TextColored(tone_vec4(Tone::warn), "%s", tr(cvt::kUnsaved));
    track("client.unsaved");
  }
  if (!s.flash.empty()) {
    ImGui::SameLine();
    if (s.flash_error) ImGui::TextColored(tone_vec4(Tone::bad), "%s", s.flash.c_str());
    else ImGui::TextDisabled("%s", s.flash.c_str());
    track("client.flash", s.flash);
  }
}

void draw_section_bar(ClientViewState& s) {
  for (const SectionItem& item : kSections) {
    ImGui::PushID(item.id);
    const float w = ImGui::CalcTextSize(tr(*item.label)).x + 24;
    if (ImGui::Selectable(tr(*item.label), s.section == item.section, 0, ImVec2(w, 26)) &&
        s.section != item.section) {
      if (section_dirty(s, s.section)) {
        s.leave_prompt = true;
        s.pending_section = item.section;
      } else {
        s.section = item.section;
      }
    }
    track(item.id);
    ImGui::PopID();
    ImGui::SameLine();
  }
  ImGui::NewLine();
  ImGui::Separator();
}

void draw_leave_prompt(UiContext& ctx) {
  ClientViewState& s = ctx.state.client_view;
  if (s.leave_prompt && !ImGui::IsPopupOpen("##leave")) ImGui::OpenPopup("##leave");
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal("##leave", nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
    ImGui::TextUnformatted(tr(cvt::kLeaveTitle));
    ImGui::Separator();
    ImGui::TextUnformatted(tr(cvt::kLeaveBody));
    bool keep = ImGui::Button(tr(action_text::kKeepEditing));
    track("client.leave.keep");
    ImGui::SameLine();
    const bool discard = ImGui::Button(tr(action_text::kDiscardChanges));
    track("client.leave.discard");
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) keep = true;
    if (keep) {
      // Back to the client whose edits these are, on the screen that holds them.
      if (const RecordId owner = drafts_client(s); !owner.empty()) s.client_id = owner;
      ctx.state.screen = Screen::ClientView;
      s.pending_section.reset();
      s.pending_back = false;
      s.leave_prompt = false;
      ImGui::CloseCurrentPopup();
    } else if (discard) {
      discard_forms(s);
      if (s.pending_section) s.section = *s.pending_section;
      if (s.pending_back) ctx.state.screen = Screen::Clients;
      s.pending_section.reset();
      s.pending_back = false;
      s.leave_prompt = false;
      s.flash.clear();
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
  }
}

void draw_delete_confirm(UiContext& ctx) {
  ClientViewState& s = ctx.state.client_view;
  if (s.pending_delete && !ImGui::IsPopupOpen("###confirm_delete")) open_confirm("confirm_delete");
  const bool client = s.pending_delete && std::holds_alternative<Client>(*s.pending_delete);
  const ConfirmText text{tr(client ? cvt::kDeleteClient : cvt::kConfirmDeleteTitle),
                         cv::format(cvt::kConfirmDeleteBody, s.pending_delete_label.c_str()), tr(cvt::kDelete), true,
                         "client.confirm.delete", "client.confirm.cancel"};
  const Confirm choice = confirm_destructive("confirm_delete", text);
  if (choice == Confirm::confirmed && s.pending_delete) {
    if (const std::optional<DeleteRecord> command = delete_record_of(*s.pending_delete)) {
      if (Result<int64_t> r = ctx.actions.dispatch(*command); !r) {
        cv::set_flash(s, refusal_text(r.problem()), true);
      } else {
        if (client) discard_forms(s);
        // Every deletion says how to take it back (docs/ui-style.md "Destructive actions").
        cv::set_flash(s, cv::format(cvt::kDeletedCanUndo, s.pending_delete_label.c_str()));
      }
    }
  }
  if (choice != Confirm::none) s.pending_delete.reset();
}

}  // namespace

bool client_view_has_unsaved(const ClientViewState& s) {
  for (const SectionItem& item : kSections)
    if (section_dirty(s, item.section)) return true;
  return false;
}

void draw_client_view(UiContext& ctx) {
  ClientViewState& s = ctx.state.client_view;
  const Workspace& ws = ctx.ws;
  if (s.start_new_client) {
    s.start_new_client = false;
    start_new_client_wizard(s.wizard);
  }
  if (s.wizard.active) {
    draw_new_client_wizard(ctx);
    return;
  }
  // Another client was opened while a form holds edits of the previous one.
  if (client_view_has_unsaved(s) && drafts_client(s) != s.client_id && !s.leave_prompt) s.leave_prompt = true;

  const uint32_t pos = s.client_id.empty() ? BookIndex::npos : ws.index().client(s.client_id);
  if (pos == BookIndex::npos || ws.book().clients[pos].meta.deleted) {
    ImGui::TextWrapped("%s", tr(s.client_id.empty() ? cvt::kNoClient : cvt::kClientGone));
    track("client.gone", s.client_id.empty() ? "" : "deleted");
    if (!s.flash.empty() && !s.client_id.empty()) {
      ImGui::TextDisabled("%s", s.flash.c_str());
      track("client.flash", s.flash);
    }
    // Not a dead end: the deletion can be taken back while it is the last
    // step, and the list is one click away.
    if (!s.client_id.empty() && pos != BookIndex::npos && ws.can_undo() &&
        ws.undo_command() == DeleteRecord::kind) {
      if (ImGui::Button(tr(cvt::kUndoDelete))) {
        ctx.actions.undo();
        s.flash.clear();
      }
      track("client.undo_delete");
      ImGui::SameLine();
    }
    if (!s.client_id.empty()) {
      if (ImGui::Button(tr(cvt::kBack))) ctx.state.screen = Screen::Clients;
      track("client.back");
      ImGui::SameLine();
    }
    if (ImGui::Button(tr(cvt::kNewClient))) start_new_client_wizard(s.wizard);
    track("client.new");
    draw_leave_prompt(ctx);
    return;
  }
  const Client& c = ws.book().clients[pos];
  if (!s.leave_prompt) {
    if (!s.profile.dirty && (s.profile.client_id != c.meta.id || s.profile.revision != ws.revision()))
      cv::load_profile(s.profile, ws, c);
    if (!s.finance.dirty && (s.finance.client_id != c.meta.id || s.finance.revision != ws.revision()))
      cv::load_finances(s.finance, ws, c);
    // Record forms belong to the client on screen from their first keystroke.
    if (!contact_typed(s.records) && !records_typed(s.records)) s.records.client_id = c.meta.id;
  }

  // Ctrl+S saves; Esc (outside a field and a dialog) cancels the edits.
  if (!s.leave_prompt && !s.pending_delete) {
    if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_S)) save(ctx, c);
    if (client_view_has_unsaved(s) && !ImGui::IsAnyItemActive() && ImGui::IsKeyPressed(ImGuiKey_Escape, false) &&
        !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
      discard_forms(s);
      s.flash.clear();
    }
  }

  draw_header(ctx, c, pos);
  // The supervisor's review touched this client: said while it is on screen,
  // and the badge in the list goes.
  const std::vector<RecordId>& news = ws.review_news().clients;
  if (std::binary_search(news.begin(), news.end(), c.meta.id)) {
    ctx.state.review_seen.insert(c.meta.id);
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(tone_vec4(Tone::bad), "● %s", tr(review_text::kClientNews));
    ImGui::PopTextWrapPos();
    track("client.review_news");
  }
  draw_conflicts(ctx, c.meta.id, "client.conflict");
  draw_section_bar(s);
  ImGui::BeginChild("##section", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NavFlattened);
  if (s.profile.client_id == c.meta.id && s.finance.client_id == c.meta.id) {
    switch (s.section) {
      case ClientSection::profile: cv::draw_profile(ctx, c); break;
      case ClientSection::finances: cv::draw_finances(ctx, c); break;
      case ClientSection::holdings: cv::draw_holdings(ctx, c, pos); break;
      case ClientSection::risk: cv::draw_risk(ctx, c, pos); break;
      case ClientSection::timeline: cv::draw_timeline(ctx, c, pos); break;
      case ClientSection::records: cv::draw_records(ctx, c, pos); break;
      case ClientSection::plan: cv::draw_plan(ctx, c, pos); break;
    }
  }
  ImGui::EndChild();
  draw_leave_prompt(ctx);
  draw_delete_confirm(ctx);
}

}  // namespace rm::ui
