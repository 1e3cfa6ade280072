#include "core/finance/life_stage.h"

#include <algorithm>
#include <array>

namespace rm {
namespace {

struct StageText {
  std::string_view code, zh, en;
};

constexpr std::array<StageText, 5> kStages{{
    {"single", "单身期", "Single"},
    {"formation", "家庭形成期", "Family formation"},
    {"growth", "家庭成长期", "Family growth"},
    {"maturity", "家庭成熟期", "Family maturity"},
    {"retirement", "老年期", "Later life"},
}};

const StageText* text(LifeStage s) {
  const auto i = static_cast<size_t>(s);
  return i < kStages.size() ? &kStages[i] : nullptr;
}

}  // namespace

std::string_view life_stage_code(LifeStage s) { return text(s) ? text(s)->code : std::string_view{}; }
std::string_view life_stage_name_zh(LifeStage s) { return text(s) ? text(s)->zh : std::string_view{}; }
std::string_view life_stage_name_en(LifeStage s) { return text(s) ? text(s)->en : std::string_view{}; }

std::optional<LifeStage> life_stage(const LifeStageFacts& f) {
  if (!f.age || *f.age < 20) return std::nullopt;
  const int age = *f.age;
  if (age >= 60) return LifeStage::retirement;
  if (age >= 50) return f.dependent_children > 0 ? LifeStage::growth : LifeStage::maturity;
  if (age >= 35) return LifeStage::growth;
  if (age >= 30) return LifeStage::formation;
  return f.married || f.children > 0 ? LifeStage::formation : LifeStage::single;
}

LifeStageFacts life_stage_facts(const Client& client, const Household* household, std::optional<int> age,
                                Date today) {
  LifeStageFacts f;
  f.age = age;
  f.married = client.marital_status == MaritalStatus::married;
  f.children = client.children;
  int listed = 0;
  if (household)
    for (const HouseholdMember& m : household->members) {
      if (m.relation != Relation::child) continue;
      ++listed;
      const int child_age = m.birthday ? whole_years_between(*m.birthday, today) : m.age;
      if (child_age < 22) ++f.dependent_children;
    }
  f.dependent_children += std::max(0, client.children - listed);
  return f;
}

std::vector<GoalKind> typical_goals(LifeStage stage) {
  switch (stage) {
    case LifeStage::single:
      return {GoalKind::emergency_reserve, GoalKind::housing, GoalKind::wealth_growth};
    case LifeStage::formation:
      return {GoalKind::emergency_reserve, GoalKind::housing, GoalKind::protection,
              GoalKind::children_education};
    case LifeStage::growth:
      return {GoalKind::children_education, GoalKind::retirement, GoalKind::support_parents,
              GoalKind::protection};
    case LifeStage::maturity:
      return {GoalKind::retirement};
    case LifeStage::retirement:
      return {GoalKind::retirement, GoalKind::estate_planning};
  }
  return {};
}

}  // namespace rm
