#include "core/finance/life_stage.h"

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
    {"retirement", "退休期", "Retirement"},
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
      return {GoalKind::retirement, GoalKind::protection, GoalKind::wealth_growth};
    case LifeStage::retirement:
      return {GoalKind::retirement, GoalKind::protection, GoalKind::emergency_reserve};
  }
  return {};
}

}  // namespace rm
