// The plan's feasibility message (docs/domain.md §4, "How the product writes
// the plan"): when the goals need more than the return recommended for the
// risk level, it names the goal that makes the plan infeasible and a change
// that makes it feasible — each proposal is checked here by running the
// funding walk (goals_funded_at) again with it, and shown to be the least
// change that does.
#include <catch_amalgamated.hpp>

#include "core/plan/plan_document.h"

using namespace rm;

namespace {

constexpr int kYear = 2026;
const Date kToday = Date::from_ymd(kYear, 12, 3);

struct Family {
  BalanceSheet balance;
  IncomeStatement income;
};

Family family() {
  Family h;
  h.balance.cash_and_deposits = yuan(500'000);
  h.income.pretax_income = yuan(260'000);
  h.income.aftertax_income = yuan(200'000);
  h.income.living_expenses = yuan(120'000);  // emergency minimum 30,000 kept aside
  return h;
}

PlanGoal goal(GoalKind kind, const char* name, Fen amount, int year, int priority) {
  PlanGoal g;
  g.kind = kind;
  g.name = name;
  g.amount = amount;
  g.year = year;
  g.priority = priority;
  return g;
}

// The inputs with goal I (into the plan's goals) changed by CHANGE.
template <class F>
bool funded_with(const PlanFeasibility& f, size_t plan_goal, F&& change) {
  FeasibilityInputs in = f.inputs;
  for (size_t i = 0; i < f.goal_of_input.size(); ++i)
    if (f.goal_of_input[i] == plan_goal) change(in, in.goals[i]);
  return goals_funded_at(in, f.recommended_bp);
}

}  // namespace

TEST_CASE("an infeasible plan names its goal, and each proposed change makes it feasible", "[plan]") {
  const Family h = family();
  const std::vector<PlanGoal> goals{goal(GoalKind::children_education, "女儿读大学", yuan(300'000), 2030, 1),
                                    goal(GoalKind::retirement, "五十五岁退休", yuan(2'000'000), 2035, 2)};
  const PlanFeasibility f = plan_feasibility(goals, h.balance, h.income, RiskLevel::C3, kToday);
  REQUIRE(f.judged);
  CHECK_FALSE(f.feasible);
  CHECK(f.recommended_bp == ReturnTable{}.of(RiskLevel::C3));
  REQUIRE(f.required_bp);
  CHECK(*f.required_bp > f.recommended_bp);
  REQUIRE(f.fix);
  CHECK(f.fix->goal == 1);  // the education goal alone is feasible: retirement is the one
  CHECK(f.zh.find("五十五岁退休") != std::string::npos);
  CHECK(f.en.find("五十五岁退休") != std::string::npos);
  CHECK(f.zh.find("女儿读大学") == std::string::npos);
  CHECK_FALSE(goals_funded_at(f.inputs, f.recommended_bp));

  // Lower it to X: feasible at X, not a fen above.
  REQUIRE(f.fix->amount);
  CHECK(*f.fix->amount > 0);
  CHECK(*f.fix->amount < yuan(2'000'000));
  CHECK(funded_with(f, 1, [&](FeasibilityInputs&, FinancialGoal& g) { g.amount = *f.fix->amount; }));
  CHECK_FALSE(funded_with(f, 1, [&](FeasibilityInputs&, FinancialGoal& g) { g.amount = *f.fix->amount + 1; }));
  CHECK(f.zh.find("¥" + format_yuan(*f.fix->amount)) != std::string::npos);
  // Or move it to year Y: feasible in Y, not a year sooner.
  REQUIRE(f.fix->year);
  CHECK(funded_with(f, 1, [&](FeasibilityInputs&, FinancialGoal& g) { g.target_year = *f.fix->year; }));
  CHECK_FALSE(funded_with(f, 1, [&](FeasibilityInputs&, FinancialGoal& g) { g.target_year = *f.fix->year - 1; }));
  CHECK(f.zh.find(std::to_string(*f.fix->year) + " 年") != std::string::npos);
  // Or save Z more a year: feasible with Z, not with a fen less.
  REQUIRE(f.fix->extra_saving);
  CHECK(funded_with(f, 1, [&](FeasibilityInputs& in, FinancialGoal&) { in.yearly_saving += *f.fix->extra_saving; }));
  CHECK_FALSE(
      funded_with(f, 1, [&](FeasibilityInputs& in, FinancialGoal&) { in.yearly_saving += *f.fix->extra_saving - 1; }));
  CHECK(f.en.find("more a year") != std::string::npos);
}

TEST_CASE("the goal named is the first in priority order the goals before it cannot carry", "[plan]") {
  const Family h = family();
  // Priority, not the order typed: the house comes first and cannot be paid.
  const std::vector<PlanGoal> goals{goal(GoalKind::retirement, "退休", yuan(100'000), 2040, 2),
                                    goal(GoalKind::housing, "换房首付", yuan(3'000'000), 2027, 1)};
  const std::vector<PlanGoal> ordered = goals_in_priority_order(goals);
  REQUIRE(ordered[0].name == "换房首付");
  const PlanFeasibility f = plan_feasibility(ordered, h.balance, h.income, RiskLevel::C5, kToday);
  REQUIRE_FALSE(f.feasible);
  REQUIRE(f.fix);
  CHECK(ordered[f.fix->goal].name == "换房首付");
  CHECK(f.zh.find("换房首付") != std::string::npos);
  REQUIRE(f.fix->amount);
  CHECK(funded_with(f, f.fix->goal, [&](FeasibilityInputs&, FinancialGoal& g) { g.amount = *f.fix->amount; }));
}

TEST_CASE("a feasible plan says so; goals without a year are not counted; no risk level, no verdict", "[plan]") {
  const Family h = family();
  std::vector<PlanGoal> goals{goal(GoalKind::children_education, "读大学", yuan(300'000), 2030, 1),
                              goal(GoalKind::wealth_growth, "旅行", yuan(50'000), 0, 2)};
  const PlanFeasibility f = plan_feasibility(goals, h.balance, h.income, RiskLevel::C3, kToday);
  CHECK(f.judged);
  CHECK(f.feasible);
  CHECK_FALSE(f.fix);
  CHECK(f.zh.starts_with("可行"));
  CHECK(f.without_year == std::vector<size_t>{1});
  CHECK(f.inputs.goals.size() == 1);
  CHECK(f.zh.find("未填年份") != std::string::npos);
  const PlanFeasibility none = plan_feasibility(goals, h.balance, h.income, std::nullopt, kToday);
  CHECK_FALSE(none.judged);
  CHECK(none.zh.find("风险评估") != std::string::npos);
  const PlanFeasibility empty = plan_feasibility({}, h.balance, h.income, RiskLevel::C3, kToday);
  CHECK_FALSE(empty.judged);
}
