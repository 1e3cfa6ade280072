// The 360° Plan tab (理财规划书, docs/domain.md §4 "How the product writes the
// plan"): the goals editor with the feasibility message as the goals are typed
// (it names the goal that makes the plan infeasible and the change that fixes
// it), the six ratios, the recommendations, the versions with their review
// state, Save (save_financial_plan: a plan handed in gets a new version),
// Submit for review, and the plan as an HTML file to download. The figures
// come from core/plan/plan_document.h, the same as the file and the CLI.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "core/plan/goal_opportunities.h"
#include "core/plan/plan_document.h"
#include "core/plan/plan_html.h"
#include "core/plan/plan_versions.h"
#include "ui/screens/client_view_parts.h"
#include "ui/strings/plan_strings.h"
#include "ui/widgets/refusal_line.h"

namespace rm::ui::cv {

namespace {

namespace pt = plan_text;

const Text& state_text(ReviewState s) {
  switch (s) {
    case ReviewState::draft: return pt::kDraft;
    case ReviewState::submitted: return pt::kSubmitted;
    case ReviewState::reviewed: return pt::kReviewed;
    case ReviewState::approved: return pt::kApproved;
    case ReviewState::returned: return pt::kReturned;
  }
  return pt::kDraft;
}

std::string printf3(const Text& t, const std::string& a, const std::string& b, const std::string& c) {
  char buf[512];
  std::snprintf(buf, sizeof buf, tr(t), a.c_str(), b.c_str(), c.c_str());
  return buf;
}

void load(PlanForm& f, const Workspace& ws, const Client& c) {
  f = PlanForm{};
  f.client_id = c.meta.id;
  f.revision = ws.revision();
  const FinancialPlan* p = latest_plan(ws.book(), c.meta.id);
  if (!p) return;
  f.plan_id = p->meta.id;
  for (const PlanGoal& g : goals_in_priority_order(p->goals))
    f.goals.push_back(PlanGoalRow{g.kind, g.name, g.amount ? format_yuan_edit(g.amount) : std::string(),
                                  g.year > 0 ? std::to_string(g.year) : std::string(), std::to_string(g.priority)});
  f.financial_position = p->financial_position;
  f.protection = p->protection;
  f.recommendations = p->recommendations;
  f.review_date = date_input_from(p->review_date);
}

// The typed goals that parse (for the live feasibility message); errors in E
// when CHECK, keyed by the field's automation id.
std::vector<PlanGoal> read_goals(const PlanForm& f, FormErrors* e) {
  std::vector<PlanGoal> out;
  for (size_t i = 0; i < f.goals.size(); ++i) {
    const PlanGoalRow& r = f.goals[i];
    const std::string id = "client.plan.goal" + std::to_string(i);
    PlanGoal g;
    g.kind = r.kind;
    g.name = r.name;
    bool ok = parse_yuan(r.amount, g.amount) == MoneyError::none;
    if (!ok && e) (*e)[id + ".amount"] = pt::kBadAmount;
    int year = 0;
    if (!r.year.empty() && !parse_int(r.year, 1900, 2200, year)) {
      ok = false;
      if (e) (*e)[id + ".year"] = pt::kBadYear;
    }
    g.year = year;
    int priority = static_cast<int>(i) + 1;
    if (!r.priority.empty() && !parse_int(r.priority, 1, 99, priority)) {
      ok = false;
      if (e) (*e)[id + ".priority"] = pt::kBadPriority;
    }
    g.priority = priority;
    if (ok || e) out.push_back(std::move(g));
  }
  return out;
}

void draw_versions(const std::vector<const FinancialPlan*>& versions) {
  ImGui::SeparatorText(tr(pt::kVersions));
  if (versions.empty()) {
    ImGui::TextDisabled("%s", tr(pt::kNoPlan));
    track("client.plan.versions", "0");
    return;
  }
  track("client.plan.versions", std::to_string(versions.size()));
  if (!ImGui::BeginTable("##plan_versions", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
  ImGui::TableSetupColumn(tr(pt::kVersion));
  ImGui::TableSetupColumn(tr(pt::kCreated));
  ImGui::TableSetupColumn(tr(pt::kState));
  ImGui::TableSetupColumn(tr(pt::kReviewDate));
  ImGui::TableHeadersRow();
  for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
    const FinancialPlan& p = **it;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    char v[48];
    std::snprintf(v, sizeof v, tr(pt::kVersionLine), p.version);
    ImGui::TextUnformatted(v);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(p.created_on.iso().c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr(state_text(p.review)));
    track(("client.plan.version." + std::to_string(p.version)).c_str(), std::string(code_of(p.review)));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(p.review_date.iso().c_str());
  }
  ImGui::EndTable();
}

void draw_goals(PlanForm& f) {
  ImGui::SeparatorText(tr(pt::kGoals));
  if (f.goals.empty()) ImGui::TextDisabled("%s", tr(pt::kNoGoals));
  std::optional<size_t> remove;
  if (!f.goals.empty() &&
      ImGui::BeginTable("##plan_goals", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                               ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn(tr(pt::kKind), ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn(tr(pt::kName), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr(pt::kAmount), ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn(tr(pt::kYear), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableSetupColumn(tr(pt::kPriority), ImGuiTableColumnFlags_WidthStretch, 1);
    ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableHeadersRow();
    const bool zh = language() == Language::Chinese;
    for (size_t i = 0; i < f.goals.size(); ++i) {
      PlanGoalRow& r = f.goals[i];
      const std::string id = "client.plan.goal" + std::to_string(i);
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::SetNextItemWidth(-FLT_MIN);
      const std::string_view shown = zh ? goal_name_zh(r.kind) : goal_name_en(r.kind);
      if (ImGui::BeginCombo("##kind", std::string(shown).c_str())) {
        for (size_t k = 0; k < EnumCodes<GoalKind>::codes.size(); ++k) {
          const GoalKind kind = static_cast<GoalKind>(k);
          const std::string_view name = zh ? goal_name_zh(kind) : goal_name_en(kind);
          if (ImGui::Selectable(std::string(name).c_str(), kind == r.kind)) {
            // A goal named after its kind follows the kind.
            if (r.name.empty() || r.name == goal_name_zh(r.kind)) r.name = std::string(goal_name_zh(kind));
            r.kind = kind;
            f.dirty = true;
          }
          track((id + ".kind." + std::string(EnumCodes<GoalKind>::codes[k])).c_str());
        }
        ImGui::EndCombo();
      }
      track_framed((id + ".kind").c_str(), std::string(shown).c_str(), true, std::string(goal_code(r.kind)));
      ImGui::TableNextColumn();
      f.dirty |= text_field(id + ".name", r.name, &f.errors);
      ImGui::TableNextColumn();
      f.dirty |= money_field(id + ".amount", r.amount, &f.errors);
      ImGui::TableNextColumn();
      f.dirty |= text_field(id + ".year", r.year, &f.errors);
      ImGui::TableNextColumn();
      f.dirty |= text_field(id + ".priority", r.priority, &f.errors);
      ImGui::TableNextColumn();
      if (ImGui::SmallButton(tr(pt::kRemove))) remove = i;
      track((id + ".remove").c_str());
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (remove) {
    f.goals.erase(f.goals.begin() + static_cast<std::ptrdiff_t>(*remove));
    f.errors.clear();
    f.dirty = true;
  }
  if (ImGui::Button(tr(pt::kAddGoal))) {
    PlanGoalRow r;
    r.priority = std::to_string(f.goals.size() + 1);
    r.name = std::string(goal_name_zh(r.kind));
    f.goals.push_back(std::move(r));
    f.dirty = true;
  }
  track("client.plan.goal.add");
}

void draw_feasibility(const PlanFeasibility& feas) {
  ImGui::SeparatorText(tr(pt::kFeasibility));
  const bool zh = language() == Language::Chinese;
  const std::string& text = zh ? feas.zh : feas.en;
  ImGui::PushTextWrapPos(0);
  if (feas.judged && !feas.feasible) {
    // Prominent: the one thing the manager must change before the plan stands.
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.55f, 0.10f, 0.08f, 0.12f));
    ImGui::BeginChild("##infeasible", ImVec2(0, 0), ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_Border);
    ImGui::TextColored(tone_vec4(Tone::bad), "%s", text.c_str());
    ImGui::EndChild();
    ImGui::PopStyleColor();
  } else if (feas.judged) {
    ImGui::TextColored(tone_vec4(Tone::good), "%s", text.c_str());
  } else {
    ImGui::TextDisabled("%s", text.c_str());
  }
  ImGui::PopTextWrapPos();
  track("client.plan.feasibility", feas.zh + "\n" + feas.en);
  track("client.plan.feasible", !feas.judged ? "unjudged" : feas.feasible ? "yes" : "no");
}

std::string two_decimals(const RatioValue& v) {
  if (!v.defined()) return "—";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v.value());  // display only (household_ratios.h)
  return buf;
}

void draw_ratios(const PlanDocument& d) {
  ImGui::SeparatorText(tr(pt::kRatios));
  if (!ImGui::BeginTable("##plan_ratios", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
  ImGui::TableSetupColumn(tr(pt::kRatio));
  ImGui::TableSetupColumn(tr(pt::kValue));
  ImGui::TableSetupColumn(tr(pt::kVerdict));
  ImGui::TableHeadersRow();
  const HouseholdRatios& r = d.ratios;
  const RatioValue* values[6] = {&r.solvency, &r.debt, &r.debt_to_income, &r.liquidity, &r.savings, &r.investment};
  const auto verdict = [](RatioVerdict v) -> const Text& {
    return v == RatioVerdict::healthy ? pt::kHealthy : v == RatioVerdict::unhealthy ? pt::kUnhealthy : pt::kUndefined;
  };
  const auto grade = [](RatioGrade g) -> const Text& {
    return g == RatioGrade::good ? pt::kGood : g == RatioGrade::fair ? pt::kFair : g == RatioGrade::poor ? pt::kPoor
                                                                                                           : pt::kUndefined;
  };
  const Text* judged[6] = {&verdict(r.solvency_verdict), &verdict(r.debt_verdict), &verdict(r.debt_to_income_verdict),
                           &verdict(r.liquidity_verdict), &grade(r.savings_grade), &grade(r.investment_grade)};
  const bool zh = language() == Language::Chinese;
  for (size_t i = 0; i < 6; ++i) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(std::string(zh ? ratio_name_zh(i) : ratio_name_en(i)).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(two_decimals(*values[i]).c_str());
    ImGui::TableNextColumn();
    const bool bad = judged[i] == &pt::kUnhealthy || judged[i] == &pt::kPoor;
    ImGui::TextColored(bad ? tone_vec4(Tone::bad) : tone_vec4(Tone::good), "%s", tr(*judged[i]));
    track(("client.plan.ratio." + std::to_string(i)).c_str(), std::string(ratio_name_en(i)) + ": " + two_decimals(*values[i]));
  }
  ImGui::EndTable();
}

void draw_recommendations(const PlanDocument& d) {
  ImGui::SeparatorText(tr(pt::kRecommendations));
  const bool zh = language() == Language::Chinese;
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(printf3(pt::kEmergency, format_yuan(d.emergency.target_min), format_yuan(d.emergency.liquid),
                                 format_yuan(d.emergency.gap))
                             .c_str());
  track("client.plan.emergency_gap", std::to_string(d.emergency.gap));
  ImGui::TextUnformatted(printf3(pt::kPremium, format_yuan(d.protection.recommended_premium),
                                 format_yuan(d.protection.current_premium), format_yuan(d.protection.gap))
                             .c_str());
  track("client.plan.premium_gap", std::to_string(d.protection.gap));
  if (d.main_earner) ImGui::TextDisabled("%s", format(pt::kMainEarner, d.main_earner->name.c_str()).c_str());
  ImGui::TextUnformatted(format(pt::kAllocation, format_yuan(d.investable).c_str()).c_str());
  if (d.allocation.empty()) ImGui::TextColored(tone_vec4(Tone::warn), "%s",
                                               (zh ? d.allocation_none_zh : d.allocation_none_en).c_str());
  ImGui::PopTextWrapPos();
  if (!d.allocation.empty() &&
      ImGui::BeginTable("##plan_allocation", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                                    ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn(tr(pt::kCategory), ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn(tr(pt::kShare), ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableSetupColumn(tr(pt::kAmount), ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(tr(pt::kProducts), ImGuiTableColumnFlags_WidthStretch, 4);
    ImGui::TableHeadersRow();
    for (const AllocationLine& l : d.allocation) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(std::string(zh ? allocation_name_zh(l.cls) : allocation_name_en(l.cls)).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d%%", l.percent);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(format_yuan(l.amount).c_str());
      ImGui::TableNextColumn();
      std::string products;
      for (const Product* p : l.pick.products) products += (products.empty() ? "" : "、") + p->name;
      ImGui::PushTextWrapPos(0);
      if (products.empty()) ImGui::TextColored(tone_vec4(Tone::warn), "%s", (zh ? l.pick.none_zh : l.pick.none_en).c_str());
      else ImGui::TextUnformatted(products.c_str());
      ImGui::PopTextWrapPos();
      static constexpr const char* kClassIds[] = {"cash", "fixed_income", "balanced", "equity"};
      track((std::string("client.plan.allocation.") + kClassIds[static_cast<size_t>(l.cls)]).c_str(),
            std::to_string(l.percent) + "%: " + products);
    }
    ImGui::EndTable();
  }
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted((zh ? d.surplus_zh : d.surplus_en).c_str());
  ImGui::PopTextWrapPos();
}

}  // namespace

void draw_plan(UiContext& ctx, const Client& c, uint32_t pos) {
  PlanForm& f = ctx.state.client_view.plan;
  const Workspace& ws = ctx.ws;
  if (!f.dirty && (f.client_id != c.meta.id || f.revision != ws.revision())) load(f, ws, c);
  const std::vector<const FinancialPlan*> versions = plan_versions(ws.book(), c.meta.id);
  const FinancialPlan* latest = versions.empty() ? nullptr : versions.back();
  const PlanDocument doc = plan_document(ws.book(), ws.index(), pos, latest, ctx.today);

  // Goals the old wizard filed as opportunities: one button moves them here.
  if (const size_t n = wizard_goal_opportunities(ws.book(), ws.index(), pos).size(); n > 0) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(tone_vec4(Tone::warn), "%s", tr(pt::kMigrateNote));
    ImGui::PopTextWrapPos();
    char button[160];
    std::snprintf(button, sizeof button, tr(pt::kMigrate), static_cast<int>(n));
    ImGui::BeginDisabled(f.dirty);
    if (ImGui::Button(button)) {
      if (Result<int64_t> r = ctx.actions.dispatch(MoveGoalOpportunitiesToPlans{c.meta.id}); r) {
        f.refusal.reset();
        set_flash(ctx.state.client_view, tr(pt::kMigrated));
      } else {
        f.refusal = r.problem();
      }
    }
    ImGui::EndDisabled();
    track("client.plan.migrate", std::to_string(n));
  }

  draw_goals(f);
  const std::vector<PlanGoal> typed = goals_in_priority_order(read_goals(f, nullptr));
  draw_feasibility(plan_feasibility(typed, doc.balance, doc.income, doc.level, ctx.today));

  ImGui::SeparatorText(tr(pt::kTexts));
  label(pt::kPosition);
  f.dirty |= multiline_field("client.plan.position", f.financial_position, 44);
  label(pt::kProtection);
  f.dirty |= multiline_field("client.plan.protection", f.protection, 44);
  label(pt::kAdvice);
  f.dirty |= multiline_field("client.plan.recommendations", f.recommendations, 44);
  label(pt::kReviewDate);
  f.dirty |= date_input("client.plan.review_date", f.review_date, false, ctx.today);
  error_line(f.errors, "client.plan.review_date");

  // Save / submit / download.
  const bool handed_in = latest && !plan_edited_in_place(*latest);
  if (handed_in) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", tr(pt::kNewVersionNote));
    ImGui::PopTextWrapPos();
  }
  ImGui::BeginDisabled(!f.dirty);
  if (ImGui::Button(tr(handed_in ? pt::kSaveNewVersion : pt::kSave))) {
    f.errors.clear();
    SaveFinancialPlan command;
    command.plan_id = f.plan_id;
    command.client_id = c.meta.id;
    command.goals = read_goals(f, &f.errors);
    command.financial_position = f.financial_position;
    command.protection = f.protection;
    command.recommendations = f.recommendations;
    command.risk_level = latest ? latest->risk_level : std::nullopt;
    DateValue review;
    if (check_date(f.errors, "client.plan.review_date", f.review_date, review)) command.review_date = review.solar;
    if (f.errors.empty()) {
      if (Result<int64_t> r = ctx.actions.dispatch(command); r) {
        f.dirty = false;
        f.refusal.reset();
        set_flash(ctx.state.client_view, tr(pt::kSaved));
      } else {
        f.refusal = r.problem();
      }
    }
  }
  ImGui::EndDisabled();
  track("client.plan.save");
  ImGui::SameLine();
  const bool can_submit = latest && !f.dirty &&
                          (latest->review == ReviewState::draft || latest->review == ReviewState::returned);
  ImGui::BeginDisabled(!can_submit);
  if (ImGui::Button(tr(pt::kSubmit)) && latest) {
    if (Result<int64_t> r = ctx.actions.dispatch(SubmitForReview{latest->meta.id}); r) {
      f.refusal.reset();
      set_flash(ctx.state.client_view, tr(pt::kSubmittedFlash));
    } else {
      f.refusal = r.problem();
    }
  }
  ImGui::EndDisabled();
  track("client.plan.submit");
  ImGui::SameLine();
  if (ImGui::Button(tr(pt::kDownload)))
    ctx.actions.download("financial-plan-" + (doc.version > 0 ? "v" + std::to_string(doc.version) + "-" : std::string()) +
                             ctx.today.iso() + ".html",
                         "text/html;charset=utf-8", plan_html(doc));
  track("client.plan.download");
  if (f.dirty) {
    ImGui::SameLine();
    ImGui::TextColored(tone_vec4(Tone::warn), "%s", tr(pt::kUnsaved));
  }
  track("client.plan.state", latest ? std::string(code_of(latest->review)) : std::string());
  refusal_line("client.plan.refusal", f.refusal);

  draw_ratios(doc);
  draw_recommendations(doc);
  draw_versions(versions);
}

}  // namespace rm::ui::cv
