// Settings → Policy: which rule set the book runs under, and the editor of the
// book's own copies (docs/domain.md, "Policies"). The screen keeps a draft of
// the active own policy while the user types; Save sends it whole as one
// save_policy command, whose refusal names the tier or rule at fault.
#include <imgui.h>

#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "app/commands/policy_commands.h"
#include "core/model/book_stats.h"
#include "core/policy/policy_presets.h"
#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/app_ui.h"
#include "ui/screens/client_view_parts.h"
#include "ui/screens/settings.h"
#include "ui/strings/settings_strings.h"
#include "ui/widgets/refusal_line.h"

namespace rm::ui {
namespace {
using namespace settings_text;

bool chinese() { return language() == Language::Chinese; }
const std::string& name_of(const Policy& p) { return chinese() || p.name_en.empty() ? p.name_zh : p.name_en; }

std::string id_of(const char* prefix, size_t i, const char* field) {
  return std::string(prefix) + std::to_string(i) + "." + field;
}

void load_draft(PolicyEditor& e, const Policy& p, uint64_t revision) {
  const bool saved = e.saved && e.policy_id == p.id;
  e = PolicyEditor{};
  e.policy_id = p.id;
  e.revision = revision;
  e.draft = p;
  for (const TierRule& t : p.tiers.tiers) {
    e.min_text.push_back(cv::yuan_edit_text(t.min_assets));
    e.max_text.push_back(t.max_assets ? cv::yuan_edit_text(*t.max_assets) : std::string());
  }
  for (const ContactRule& r : p.contacts.rules) {
    std::string tiers;
    for (const std::string& t : r.tiers) tiers += (tiers.empty() ? "" : ", ") + t;
    e.rule_tiers.push_back(tiers);
  }
  e.saved = saved;
}

std::vector<std::string> split_codes(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  for (const char c : text + ",") {
    if (c == ',' || c == ' ' || c == ';') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  return out;
}

// An integer cell of a table: true when the user changed it.
bool int_cell(const std::string& id, int& value, float width = 56) {
  ImGui::SetNextItemWidth(width);
  ImGui::PushID(id.c_str());
  const bool changed = ImGui::InputInt("##n", &value, 0, 0);
  ImGui::PopID();
  track(id.c_str(), std::to_string(value));
  return changed;
}

bool text_cell(const std::string& id, std::string& value, float width) {
  ImGui::SetNextItemWidth(width);
  ImGui::PushID(id.c_str());
  const bool changed = ImGui::InputText("##t", &value);
  ImGui::PopID();
  track(id.c_str(), value);
  return changed;
}

const Text& period_label(RulePeriod p) {
  switch (p) {
    case RulePeriod::year: return kPeriodYear;
    case RulePeriod::quarter: return kPeriodQuarter;
    case RulePeriod::month: return kPeriodMonth;
    case RulePeriod::week: return kPeriodWeek;
    case RulePeriod::days_after_event: break;
  }
  return kPeriodEvent;
}

void draw_chooser(UiContext& ctx) {
  const Book& book = ctx.ws.book();
  const Policy& active = active_policy(book);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(kPolicyActive));
  ImGui::SameLine(170);
  ImGui::SetNextItemWidth(360);
  PolicyEditor& e = ctx.state.settings.policy;
  if (ImGui::BeginCombo("##policy", name_of(active).c_str())) {
    auto option = [&](const Policy& p, const Text& kind) {
      const std::string text = name_of(p) + "  (" + tr(kind) + ")";
      if (ImGui::Selectable(text.c_str(), p.id == active.id) && p.id != active.id) {
        Result<int64_t> done = ctx.actions.dispatch(SetActivePolicy{p.id});
        e.refusal = done.ok() ? std::nullopt : std::optional<Problem>(done.problem());
      }
      track(("settings.policy.option." + p.id).c_str(), text);
    };
    for (const Policy& p : preset_policies()) option(p, kPolicyPreset);
    for (const Policy& p : book.settings.policies) option(p, kPolicyOwn);
    ImGui::EndCombo();
  }
  track_framed("settings.policy.active", name_of(active).c_str(), true, active.id);
  ImGui::SameLine();
  if (ImGui::Button(tr(kPolicyCopy))) {
    Result<int64_t> done = ctx.actions.dispatch(CopyPolicy{active.id, "", ""});
    e.refusal = done.ok() ? std::nullopt : std::optional<Problem>(done.problem());
  }
  track("settings.policy.copy");

  // Own policies not in use can go.
  bool listed = false;
  for (const Policy& p : book.settings.policies) {
    if (p.id == active.id) continue;
    if (!listed) {
      ImGui::TextDisabled("%s", tr(kPolicyOwnList));
      listed = true;
    }
    ImGui::SameLine();
    ImGui::TextUnformatted(name_of(p).c_str());
    ImGui::SameLine();
    ImGui::PushID(p.id.c_str());
    if (ImGui::SmallButton(tr(kPolicyDelete))) {
      Result<int64_t> done = ctx.actions.dispatch(DeletePolicy{p.id});
      e.refusal = done.ok() ? std::nullopt : std::optional<Problem>(done.problem());
    }
    ImGui::PopID();
    track(("settings.policy.delete." + p.id).c_str());
  }
}

void draw_tiers(PolicyEditor& e, bool& edited) {
  ImGui::SeparatorText(tr(kPolicyTiers));
  std::vector<TierRule>& tiers = e.draft.tiers.tiers;
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit;
  size_t remove = tiers.size();
  if (ImGui::BeginTable("##tiers", 7, flags)) {
    for (const Text* h : {&kTierCode, &kTierName, &kTierMin, &kTierMax, &kTierApproval, &kTierService})
      ImGui::TableSetupColumn(tr(*h));
    ImGui::TableSetupColumn("##remove");
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < tiers.size(); ++i) {
      TierRule& t = tiers[i];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      edited |= text_cell(id_of("settings.policy.tier.", i, "code"), t.code, 80);
      ImGui::TableNextColumn();
      edited |= text_cell(id_of("settings.policy.tier.", i, "name"), chinese() ? t.name_zh : t.name_en, 110);
      ImGui::TableNextColumn();
      edited |= text_cell(id_of("settings.policy.tier.", i, "min"), e.min_text[i], 110);
      ImGui::TableNextColumn();
      edited |= text_cell(id_of("settings.policy.tier.", i, "max"), e.max_text[i], 110);
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(kTierOpen));
      ImGui::TableNextColumn();
      edited |= text_cell(id_of("settings.policy.tier.", i, "approval"),
                          chinese() ? t.approval_level_zh : t.approval_level_en, 110);
      ImGui::TableNextColumn();
      edited |= text_cell(id_of("settings.policy.tier.", i, "service"),
                          chinese() ? t.service_model_zh : t.service_model_en, 150);
      ImGui::TableNextColumn();
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::SmallButton(tr(kRemove2))) remove = i;
      ImGui::PopID();
      track(id_of("settings.policy.tier.", i, "remove").c_str());
    }
    ImGui::EndTable();
  }
  if (remove < tiers.size()) {
    tiers.erase(tiers.begin() + static_cast<std::ptrdiff_t>(remove));
    e.min_text.erase(e.min_text.begin() + static_cast<std::ptrdiff_t>(remove));
    e.max_text.erase(e.max_text.begin() + static_cast<std::ptrdiff_t>(remove));
    edited = true;
  }
  if (ImGui::Button(tr(kAddTier))) {
    TierRule t;
    t.code = "tier_" + std::to_string(tiers.size() + 1);
    t.name_zh = t.name_en = t.code;
    if (!tiers.empty()) t.min_assets = tiers.back().max_assets.value_or(tiers.back().min_assets);
    tiers.push_back(t);
    e.min_text.push_back(cv::yuan_edit_text(t.min_assets));
    e.max_text.emplace_back();
    edited = true;
  }
  track("settings.policy.tier.add");
}

void draw_rule(PolicyEditor& e, size_t i, bool& edited, size_t& remove) {
  ContactRule& r = e.draft.contacts.rules[i];
  ImGui::PushID(static_cast<int>(i));
  ImGui::Separator();
  edited |= text_cell(id_of("settings.policy.rule.", i, "name"), chinese() ? r.name_zh : r.name_en, 420);
  ImGui::SameLine();
  if (ImGui::SmallButton(tr(kRemove2))) remove = i;
  track(id_of("settings.policy.rule.", i, "remove").c_str());
  if (r.kind == RuleKind::risk_reassessment) {
    ImGui::TextDisabled(tr(kRuleAssessment), r.valid_months);
    ImGui::PopID();
    return;
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(kRulePeriod));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(120);
  if (ImGui::BeginCombo("##period", tr(period_label(r.period)))) {
    for (const RulePeriod p : {RulePeriod::year, RulePeriod::quarter, RulePeriod::month, RulePeriod::week}) {
      if (ImGui::Selectable(tr(period_label(p)), p == r.period) && p != r.period) {
        r.period = p;
        edited = true;
      }
      track((id_of("settings.policy.rule.", i, "period.") + std::string(code_of(p))).c_str());
    }
    ImGui::EndCombo();
  }
  track_framed(id_of("settings.policy.rule.", i, "period").c_str(), tr(period_label(r.period)), true,
               std::string(code_of(r.period)));
  if (r.period == RulePeriod::days_after_event) {
    ImGui::SameLine();
    ImGui::TextUnformatted(tr(kRuleWindow));
    ImGui::SameLine();
    edited |= int_cell(id_of("settings.policy.rule.", i, "window"), r.window_days);
  }
  ImGui::SameLine();
  ImGui::TextUnformatted(tr(kRuleTiers));
  ImGui::SameLine();
  edited |= text_cell(id_of("settings.policy.rule.", i, "tiers"), e.rule_tiers[i], 180);
  ImGui::TextDisabled("%s", tr(kRuleCounts));
  size_t drop = r.alternatives.size();
  for (size_t k = 0; k < r.alternatives.size(); ++k) {
    ContactCounts& c = r.alternatives[k];
    ImGui::PushID(static_cast<int>(k));
    if (k > 0) {
      ImGui::TextDisabled("%s", tr(kRuleOr));
      ImGui::SameLine();
    }
    const std::string base = "settings.policy.rule." + std::to_string(i) + ".alt." + std::to_string(k) + ".";
    int* counts[] = {&c.services, &c.proactive, &c.meetings, &c.calls, &c.messages};
    const char* keys[] = {"services", "proactive", "meetings", "calls", "messages"};
    for (size_t n = 0; n < 5; ++n) {
      if (n > 0 || k > 0) ImGui::SameLine();
      edited |= int_cell(base + keys[n], *counts[n]);
    }
    if (r.alternatives.size() > 1) {
      ImGui::SameLine();
      if (ImGui::SmallButton(tr(kRemove2))) drop = k;
      track((base + "remove").c_str());
    }
    ImGui::PopID();
  }
  if (drop < r.alternatives.size()) {
    r.alternatives.erase(r.alternatives.begin() + static_cast<std::ptrdiff_t>(drop));
    edited = true;
  }
  if (ImGui::SmallButton(tr(kAddAlternative))) {
    r.alternatives.push_back({.services = 1});
    edited = true;
  }
  track(id_of("settings.policy.rule.", i, "alt.add").c_str());
  ImGui::PopID();
}

void draw_rules(PolicyEditor& e, bool& edited) {
  ImGui::SeparatorText(tr(kPolicyRules));
  std::vector<ContactRule>& rules = e.draft.contacts.rules;
  size_t remove = rules.size();
  for (size_t i = 0; i < rules.size(); ++i) draw_rule(e, i, edited, remove);
  if (remove < rules.size()) {
    rules.erase(rules.begin() + static_cast<std::ptrdiff_t>(remove));
    e.rule_tiers.erase(e.rule_tiers.begin() + static_cast<std::ptrdiff_t>(remove));
    edited = true;
  }
  if (ImGui::Button(tr(kAddRule))) {
    ContactRule r;
    for (int n = static_cast<int>(rules.size()) + 1;; ++n) {
      r.id = e.draft.id + ".rule_" + std::to_string(n);
      bool taken = false;
      for (const ContactRule& other : rules) taken |= other.id == r.id;
      if (!taken) break;
    }
    r.name_zh = kNewRuleZh.zh;
    r.name_en = kNewRuleZh.en;
    r.alternatives = {{.services = 1}};
    rules.push_back(r);
    e.rule_tiers.emplace_back();
    edited = true;
  }
  track("settings.policy.rule.add");
}

// Which holidays get a greeting (docs/domain.md §2, "Greeting days"): one
// checkbox per festival the calendar knows, in calendar order.
void draw_greeting_days(PolicyEditor& e, bool& edited) {
  ImGui::SeparatorText(tr(kGreetingDays));
  std::vector<HolidayKind>& days = e.draft.contacts.greeting_holidays;
  const auto& codes = EnumCodes<HolidayKind>::codes;
  for (size_t i = 0; i < codes.size(); ++i) {
    const HolidayKind kind = static_cast<HolidayKind>(i);
    const HolidayNames names = holiday_names(kind);
    bool on = std::find(days.begin(), days.end(), kind) != days.end();
    if (i % 5 != 0) ImGui::SameLine(static_cast<float>(i % 5) * 150.0f);
    const std::string id = "settings.policy.greeting." + std::string(names.code);
    ImGui::PushID(id.c_str());
    if (ImGui::Checkbox(std::string(chinese() ? names.zh : names.en).c_str(), &on)) {
      if (on) {
        days.push_back(kind);
        std::sort(days.begin(), days.end());
      } else {
        std::erase(days, kind);
      }
      edited = true;
    }
    ImGui::PopID();
    track(id.c_str(), on ? "on" : "off");
  }
}

void draw_capacity(PolicyEditor& e, const DailyCapacity& derived, bool& edited) {
  ImGui::SeparatorText(tr(kPolicyCapacity));
  CapacityPolicy& c = e.draft.capacity;
  char line[256];
  std::snprintf(line, sizeof line, tr(kDailyCapacity), derived.meetings, derived.calls, derived.messages);
  ImGui::TextUnformatted(line);
  edited |= int_cell("settings.policy.daily.meetings", c.daily.meetings);
  ImGui::SameLine();
  edited |= int_cell("settings.policy.daily.calls", c.daily.calls);
  ImGui::SameLine();
  edited |= int_cell("settings.policy.daily.messages", c.daily.messages);
  ImGui::TextUnformatted(tr(kWorkingCalendar));
  edited |= int_cell("settings.policy.working_days", c.working_days_per_week);
  ImGui::SameLine();
  edited |= int_cell("settings.policy.working_weeks", c.working_weeks_per_year);
  ImGui::TextUnformatted(tr(kMaxClients));
  edited |= int_cell("settings.policy.max_clients", c.max_clients_per_manager, 80);
  if (c.staffing.empty()) return;
  ImGui::TextUnformatted(tr(kStaffing));
  for (size_t i = 0; i < c.staffing.size(); ++i) {
    StaffingRatio& s = c.staffing[i];
    const TierRule* t = find_tier(e.draft.tiers, s.tier);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(t ? (chinese() ? t->name_zh : t->name_en).c_str() : s.tier.c_str());
    ImGui::SameLine(170);
    edited |= int_cell(id_of("settings.policy.staffing.", i, "manager"), s.clients_per_manager, 80);
    ImGui::SameLine();
    edited |= int_cell(id_of("settings.policy.staffing.", i, "advisor"), s.clients_per_advisor, 80);
  }
}

// The typed amounts and tier lists into the draft; false (and a message)
// when an amount does not read.
bool take_texts(PolicyEditor& e) {
  std::vector<TierRule>& tiers = e.draft.tiers.tiers;
  for (size_t i = 0; i < tiers.size(); ++i) {
    Fen v = 0;
    if (cv::parse_yuan(e.min_text[i], v) != cv::MoneyError::none) return false;
    tiers[i].min_assets = v;
    if (e.max_text[i].empty()) {
      tiers[i].max_assets.reset();
    } else {
      if (cv::parse_yuan(e.max_text[i], v) != cv::MoneyError::none) return false;
      tiers[i].max_assets = v;
    }
  }
  for (size_t i = 0; i < e.draft.contacts.rules.size(); ++i) e.draft.contacts.rules[i].tiers = split_codes(e.rule_tiers[i]);
  return true;
}

}  // namespace

void draw_policy(UiContext& ctx) {
  ImGui::SeparatorText(tr(kPolicy));
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s", tr(kPolicyNote));
  ImGui::PopTextWrapPos();
  draw_chooser(ctx);
  PolicyEditor& e = ctx.state.settings.policy;
  refusal_line("settings.policy.error", e.refusal);

  const Book& book = ctx.ws.book();
  const Policy& active = active_policy(book);
  bool own = false;
  for (const Policy& p : book.settings.policies) own |= p.id == active.id;
  if (!own) return;
  // Follows the book (an undo, an import) until the user types.
  if (e.policy_id != active.id || (!e.edited && e.revision != ctx.ws.revision())) load_draft(e, active, ctx.ws.revision());

  bool edited = false;
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(kPolicyNameZh));
  ImGui::SameLine(170);
  edited |= text_cell("settings.policy.name_zh", e.draft.name_zh, 320);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(kPolicyNameEn));
  ImGui::SameLine(170);
  edited |= text_cell("settings.policy.name_en", e.draft.name_en, 320);
  draw_tiers(e, edited);
  draw_rules(e, edited);
  draw_greeting_days(e, edited);
  draw_capacity(e, ctx.state.planner_figures.figures(ctx.ws, ctx.today).agenda.capacity, edited);
  if (edited) {
    e.edited = true;
    e.saved = false;
  }

  ImGui::Spacing();
  if (!e.error.empty()) ImGui::TextColored(tone_vec4(Tone::bad), "%s", e.error.c_str());
  refusal_line("settings.policy.save_error", e.save_refusal);
  ImGui::BeginDisabled(!e.edited);
  if (ImGui::Button(tr(kSavePolicy))) {
    e.error.clear();
    e.save_refusal.reset();
    if (!take_texts(e)) {
      e.error = tr(kBadAmount);
    } else {
      Result<int64_t> done = ctx.actions.dispatch(SavePolicy{e.draft});
      if (done.ok()) {
        e.edited = false;
        e.saved = true;
        e.revision = 0;  // reload from the book
      } else {
        e.save_refusal = done.problem();
      }
    }
  }
  track("settings.policy.save");
  ImGui::SameLine();
  if (ImGui::Button(tr(kDiscardPolicy))) load_draft(e, active, ctx.ws.revision());
  track("settings.policy.discard");
  ImGui::EndDisabled();
  if (e.saved) {
    ImGui::SameLine();
    ImGui::TextColored(tone_vec4(Tone::good), "%s", tr(kPolicySaved));
    track("settings.policy.saved");
  }
}

}  // namespace rm::ui
