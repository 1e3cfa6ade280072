#include "core/finance/financial_goal.h"

#include <array>

namespace rm {
namespace {

struct GoalText {
  std::string_view code, zh, en;
};

constexpr std::array<GoalText, 8> kGoals{{
    {"emergency_reserve", "紧急备用金", "Emergency reserve"},
    {"housing", "购房", "Housing"},
    {"children_education", "子女教育", "Children's education"},
    {"retirement", "退休养老", "Retirement"},
    {"support_parents", "赡养父母", "Supporting parents"},
    {"protection", "保险保障", "Protection"},
    {"wealth_growth", "财富增值", "Wealth growth"},
    {"estate_planning", "遗产规划", "Estate planning"},
}};

const GoalText* text(GoalKind kind) {
  const auto i = static_cast<size_t>(kind);
  return i < kGoals.size() ? &kGoals[i] : nullptr;
}

}  // namespace

std::string_view goal_code(GoalKind kind) { return text(kind) ? text(kind)->code : std::string_view{}; }
std::string_view goal_name_zh(GoalKind kind) { return text(kind) ? text(kind)->zh : std::string_view{}; }
std::string_view goal_name_en(GoalKind kind) { return text(kind) ? text(kind)->en : std::string_view{}; }

std::optional<GoalKind> parse_goal_kind(std::string_view code) {
  for (size_t i = 0; i < kGoals.size(); ++i)
    if (kGoals[i].code == code) return static_cast<GoalKind>(i);
  return std::nullopt;
}

}  // namespace rm
