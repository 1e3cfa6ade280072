#include <catch_amalgamated.hpp>

#include "core/finance/goal_feasibility.h"
#include "core/finance/life_stage.h"

using namespace rm;

TEST_CASE("Life stage bands at their edges") {
  auto stage = [](int age) { return life_stage({.age = age, .married = true}); };
  CHECK_FALSE(life_stage({.age = 19}).has_value());
  CHECK_FALSE(life_stage({}).has_value());
  CHECK(life_stage({.age = 20}) == LifeStage::single);
  CHECK(life_stage({.age = 29}) == LifeStage::single);
  CHECK(stage(29) == LifeStage::formation);  // married ends the single stage
  CHECK(life_stage({.age = 25, .children = 1, .dependent_children = 1}) == LifeStage::formation);
  CHECK(stage(30) == LifeStage::formation);
  CHECK(stage(34) == LifeStage::formation);
  CHECK(stage(35) == LifeStage::growth);
  CHECK(stage(49) == LifeStage::growth);
  CHECK(stage(50) == LifeStage::maturity);
  CHECK(life_stage({.age = 52, .married = true, .children = 1, .dependent_children = 1}) == LifeStage::growth);
  CHECK(life_stage({.age = 52, .married = true, .children = 2, .dependent_children = 0}) == LifeStage::maturity);
  CHECK(stage(59) == LifeStage::maturity);
  CHECK(stage(60) == LifeStage::retirement);
  CHECK(life_stage({.age = 60, .children = 1, .dependent_children = 1}) == LifeStage::retirement);
}

TEST_CASE("Growth-stage goals follow the document") {
  const std::vector<GoalKind> g = typical_goals(LifeStage::growth);
  CHECK(g == std::vector<GoalKind>{GoalKind::children_education, GoalKind::retirement,
                                   GoalKind::support_parents, GoalKind::protection});
  for (LifeStage s : {LifeStage::single, LifeStage::formation, LifeStage::maturity, LifeStage::retirement})
    CHECK_FALSE(typical_goals(s).empty());
  CHECK(parse_goal_kind("children_education") == GoalKind::children_education);
  CHECK_FALSE(parse_goal_kind("yacht").has_value());
}

TEST_CASE("Required return: none needed when savings already cover the goal") {
  FeasibilityInputs in{.starting_assets = yuan(100'000), .yearly_saving = yuan(10'000), .start_year = 2025,
                       .goals = {{GoalKind::housing, "", yuan(150'000), 2030}}};
  CHECK(required_return_bp(in) == 0);
}

TEST_CASE("Required return is the smallest rate that funds the goals") {
  // 100,000 now, nothing saved, 200,000 in 10 years: (1+r)^10 = 2 → r ≈ 7.18 %.
  FeasibilityInputs in{.starting_assets = yuan(100'000), .start_year = 2025,
                       .goals = {{GoalKind::children_education, "", yuan(200'000), 2035}}};
  const std::optional<int> bp = required_return_bp(in);
  REQUIRE(bp);
  CHECK(*bp >= 717);
  CHECK(*bp <= 720);
  CHECK(goals_funded_at(in, *bp));
  CHECK_FALSE(goals_funded_at(in, *bp - 1));
}

TEST_CASE("Goal feasibility against the recommended return of the risk level") {
  FeasibilityInputs in{.starting_assets = yuan(100'000), .start_year = 2025,
                       .goals = {{GoalKind::children_education, "", yuan(200'000), 2035}}};
  const ReturnTable table{};
  const Feasibility c3 = goal_feasibility(in, RiskLevel::C3, table);  // 5.00 % recommended
  CHECK_FALSE(c3.feasible);
  CHECK(c3.recommended_bp == 500);
  CHECK(c3.reason_en.find("Adjust the goals") != std::string::npos);
  CHECK(c3.reason_zh.find("需调整目标") != std::string::npos);

  ReturnTable generous;
  generous.recommended_bp[4] = 800;
  const Feasibility c5 = goal_feasibility(in, RiskLevel::C5, generous);
  CHECK(c5.feasible);
  CHECK(c5.reason_en.find("Feasible") != std::string::npos);

  // Exactly at the recommended return is feasible ("≤").
  ReturnTable exact;
  exact.recommended_bp[2] = *c3.required_bp;
  CHECK(goal_feasibility(in, RiskLevel::C3, exact).feasible);
  exact.recommended_bp[2] = *c3.required_bp - 1;
  CHECK_FALSE(goal_feasibility(in, RiskLevel::C3, exact).feasible);
}

TEST_CASE("Goals due now or unattainable") {
  FeasibilityInputs in{.starting_assets = yuan(10'000), .start_year = 2025,
                       .goals = {{GoalKind::emergency_reserve, "", yuan(20'000), 2025}}};
  CHECK_FALSE(required_return_bp(in).has_value());
  const Feasibility f = goal_feasibility(in, RiskLevel::C5);
  CHECK_FALSE(f.feasible);
  CHECK(f.reason_en.find("cannot be met") != std::string::npos);
}

TEST_CASE("Several goals are paid in order and a large book does not overflow") {
  FeasibilityInputs in{.starting_assets = yuan(1'000'000), .yearly_saving = yuan(50'000), .start_year = 2025,
                       .goals = {{GoalKind::housing, "", yuan(900'000), 2026},
                                 {GoalKind::retirement, "", yuan(3'000'000), 2050}}};
  const std::optional<int> bp = required_return_bp(in);
  REQUIRE(bp);
  CHECK(goals_funded_at(in, *bp));
  CHECK_FALSE(goals_funded_at(in, *bp - 1));
  FeasibilityInputs big{.starting_assets = yuan(1'000'000'000'000), .start_year = 2025,
                        .goals = {{GoalKind::wealth_growth, "", yuan(2'000'000'000'000), 2085}}};
  CHECK(goals_funded_at(big, kMaxSearchedReturnBp));
}

TEST_CASE("Feasibility inputs keep the emergency fund aside") {
  BalanceSheet b;
  b.cash_and_deposits = yuan(50'000);
  b.funds = yuan(100'000);
  IncomeStatement s{.aftertax_income = yuan(200'000), .living_expenses = yuan(120'000)};
  const FeasibilityInputs in = feasibility_inputs(b, s, 2025, {});
  CHECK(in.starting_assets == yuan(120'000));  // 150k less 3 months (30k)
  CHECK(in.yearly_saving == yuan(80'000));
  CHECK(format_bp(525) == "5.25 %");
  CHECK(format_bp(5) == "0.05 %");
}

TEST_CASE("Life stages as 000 words them: 老年期, maturity reduces insurance, later life plans the estate") {
  // 000: 单身期 / 家庭形成期 / 家庭成长期 / 家庭成熟期 / 老年期 (60 岁以后).
  CHECK(life_stage_name_zh(LifeStage::retirement) == "老年期");
  CHECK(life_stage_name_zh(LifeStage::maturity) == "家庭成熟期");
  // 成熟期: 养老资金储备; 提高储蓄、投资渐趋稳健; 减少保险及保额 — no protection goal.
  const std::vector<GoalKind> maturity = typical_goals(LifeStage::maturity);
  CHECK(maturity == std::vector<GoalKind>{GoalKind::retirement});
  // 老年期: 安度晚年; 遗产规划.
  const std::vector<GoalKind> later = typical_goals(LifeStage::retirement);
  CHECK(later == std::vector<GoalKind>{GoalKind::retirement, GoalKind::estate_planning});
  CHECK(goal_name_zh(GoalKind::estate_planning) == "遗产规划");
  CHECK(parse_goal_kind("estate_planning") == GoalKind::estate_planning);
}

TEST_CASE("One reading of dependants: a 55-year-old whose two children are grown is in maturity") {
  const Date today = Date::from_ymd(2026, 6, 1);
  Client c;
  c.marital_status = MaritalStatus::married;
  c.children = 2;
  Household h;
  HouseholdMember son;
  son.relation = Relation::child;
  son.birthday = Date::from_ymd(2000, 3, 1);  // 26: independent
  HouseholdMember daughter;
  daughter.relation = Relation::child;
  daughter.age = 23;
  h.members = {son, daughter};
  const LifeStageFacts listed = life_stage_facts(c, &h, 55, today);
  CHECK(listed.dependent_children == 0);
  CHECK(life_stage(listed) == LifeStage::maturity);
  // A child at university (under 22) is still dependent: growth.
  h.members[1].age = 20;
  CHECK(life_stage(life_stage_facts(c, &h, 55, today)) == LifeStage::growth);
  // Without a household every child the profile counts is taken as dependent.
  CHECK(life_stage_facts(c, nullptr, 55, today).dependent_children == 2);
  // A third child the profile counts but the household does not list: dependent.
  c.children = 3;
  h.members[1].age = 23;
  CHECK(life_stage_facts(c, &h, 55, today).dependent_children == 1);
}
