// A household's goals, quantified as the plan requires (docs/domain.md §4: amount and
// year, prioritised — emergency reserve, housing, children's education,
// retirement, speculative/other). The enum order is that priority.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/model/codes.h"
#include "core/money.h"

namespace rm {

enum class GoalKind {
  emergency_reserve,
  housing,
  children_education,
  retirement,
  support_parents,
  protection,
  wealth_growth,  // the documents' "speculative/other"
  estate_planning,  // 000, later life: 遗产规划
};

template <>
struct EnumCodes<GoalKind> {
  static constexpr auto codes =
      std::to_array<std::string_view>({"emergency_reserve", "housing", "children_education", "retirement",
                                       "support_parents", "protection", "wealth_growth", "estate_planning"});
};

std::string_view goal_code(GoalKind kind);  // "children_education"
std::optional<GoalKind> parse_goal_kind(std::string_view code);
std::string_view goal_name_zh(GoalKind kind);
std::string_view goal_name_en(GoalKind kind);

struct FinancialGoal {
  GoalKind kind = GoalKind::wealth_growth;
  std::string label;  // the client's own words: "女儿出国留学"
  Fen amount = 0;     // needed in the target year, in that year's money
  int target_year = 0;
};

}  // namespace rm
