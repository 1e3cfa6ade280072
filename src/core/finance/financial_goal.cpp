#include "core/finance/financial_goal.h"

#include <array>

namespace rm {
namespace {

struct GoalText {
  std::string_view zh, en;
};

constexpr std::array<GoalText, 8> kGoals{{
    {"紧急备用金", "Emergency reserve"},
    {"购房", "Housing"},
    {"子女教育", "Children's education"},
    {"退休养老", "Retirement"},
    {"赡养父母", "Supporting parents"},
    {"保险保障", "Protection"},
    {"财富增值", "Wealth growth"},
    {"遗产规划", "Estate planning"},
}};

const GoalText* text(GoalKind kind) {
  const auto i = static_cast<size_t>(kind);
  return i < kGoals.size() ? &kGoals[i] : nullptr;
}

}  // namespace

// The codes are the file format's (EnumCodes<GoalKind>, financial_goal.h).
std::string_view goal_code(GoalKind kind) { return code_of(kind); }
std::string_view goal_name_zh(GoalKind kind) { return text(kind) ? text(kind)->zh : std::string_view{}; }
std::string_view goal_name_en(GoalKind kind) { return text(kind) ? text(kind)->en : std::string_view{}; }

std::optional<GoalKind> parse_goal_kind(std::string_view code) { return enum_from_code<GoalKind>(code); }

}  // namespace rm
