// The plan's recommendations (docs/domain.md §4, "How the product writes the
// plan"): the emergency fund and insurance gaps as figures, an allocation by
// risk level whose products all passed the suitability check (and a reason
// when a class has none), product terms that end by each goal's year, and the
// review date at most a year after the plan.
#include <catch_amalgamated.hpp>

#include "core/model/default_catalogue.h"
#include "core/model/prng.h"
#include "core/plan/plan_document.h"
#include "core/risk/client_suitability.h"
#include "test_ids.h"

using namespace rm;
using namespace rm::test;

namespace {

const Date kToday = Date::from_ymd(2026, 12, 3);

struct Fixture {
  Book book;
  Fixture(std::optional<RiskLevel> assessed) {
    Xoshiro256 rng(3);
    book.products = default_catalogue([&] { return rng.next(); }, Hlc{});
    Manager m;
    m.meta.id = tid("m1");
    m.name = "王芳";
    book.managers.push_back(m);
    Client c;
    c.meta.id = tid("c1");
    c.name = "张伟";
    c.manager_id = tid("m1");
    c.birthday = Date::from_ymd(1984, 5, 1);
    c.annual_income = yuan(240'000);
    c.spouse_annual_income = yuan(60'000);
    c.household_id = tid("h1");
    book.clients.push_back(c);
    Household h;
    h.meta.id = tid("h1");
    h.client_id = tid("c1");
    h.members.push_back(HouseholdMember{Relation::spouse, "李丽", Gender::female, std::nullopt, 40, yuan(60'000), {}});
    h.balance_sheet.cash_and_deposits = yuan(10'000);
    h.balance_sheet.funds = yuan(400'000);
    h.balance_sheet.real_estate = yuan(2'000'000);
    h.balance_sheet.mortgage = yuan(800'000);
    h.income_statement.pretax_income = yuan(300'000);
    h.income_statement.aftertax_income = yuan(250'000);
    h.income_statement.living_expenses = yuan(90'000);
    h.income_statement.debt_service = yuan(20'000);
    h.income_statement.insurance_premiums = yuan(10'000);  // expenses 120,000 a year
    book.households.push_back(h);
    if (assessed) {
      RiskAssessment a;
      a.meta.id = tid("a1");
      a.client_id = tid("c1");
      a.manager_id = tid("m1");
      a.level = *assessed;
      a.score = 40;
      a.date = kToday.plus_days(-10);
      a.valid_until = kToday.plus_days(355);
      a.signed_in_person = true;
      book.risk_assessments.push_back(a);
    }
  }
};

FinancialPlan plan_with_goals() {
  FinancialPlan p;
  p.meta.id = tid("p1");
  p.client_id = tid("c1");
  p.manager_id = tid("m1");
  p.version = 2;
  p.created_on = kToday;
  p.review_date = kToday.plus_days(200);
  PlanGoal soon{GoalKind::children_education, "女儿出国", yuan(200'000), 2028, 1};
  PlanGoal later{GoalKind::retirement, "退休", yuan(1'000'000), 2045, 2};
  // Money needed within weeks of a year: only what can be redeemed in time.
  PlanGoal next_year{GoalKind::housing, "装修", yuan(50'000), 2027, 3};
  p.goals = {later, soon, next_year};
  return p;
}

}  // namespace

TEST_CASE("plan recommendations: emergency fund and insurance gaps, suitable allocation, goal terms", "[plan]") {
  Fixture f(RiskLevel::C2);
  const BookIndex index(f.book);
  const FinancialPlan plan = plan_with_goals();
  const PlanDocument d = plan_document(f.book, index, 0, &plan, kToday);

  CHECK(d.client_name == "张伟");
  CHECK(d.manager_name == "王芳");
  CHECK(d.version == 2);
  // Goals in priority order.
  REQUIRE(d.goals.size() == 3);
  CHECK(d.goals[0].name == "女儿出国");
  CHECK(d.goals[2].name == "装修");

  // Emergency fund: 3 months of 120,000 a year = 30,000 against 10,000 liquid.
  CHECK(d.emergency.target_min == yuan(30'000));
  CHECK(d.emergency.target_max == yuan(60'000));
  CHECK(d.emergency.gap == yuan(20'000));
  // Insurance: 10 % of 300,000 pre-tax = 30,000 against 10,000 paid; cover on the main earner.
  CHECK(d.protection.recommended_premium == yuan(30'000));
  CHECK(d.protection.gap == yuan(20'000));
  REQUIRE(d.main_earner);
  CHECK(d.main_earner->name == "张伟");
  CHECK(d.main_earner->percent_of_household == 80);

  // Allocation of the investable 410,000 − 30,000 by C2's shares; every fen placed.
  CHECK(d.investable == yuan(380'000));
  REQUIRE(d.level == RiskLevel::C2);
  REQUIRE_FALSE(d.allocation.empty());
  Fen placed = 0;
  int percent = 0;
  const SuitabilityFacts facts = suitability_facts(f.book, index, 0, kToday);
  for (const AllocationLine& line : d.allocation) {
    placed += line.amount;
    percent += line.percent;
    for (const Product* p : line.pick.products) {
      CHECK(within_risk_level(p->risk, RiskLevel::C2));
      CHECK(check_suitability(facts, *p, kToday).allowed());
      const std::vector<ProductCategory> cats = allocation_categories(line.cls);
      CHECK(std::find(cats.begin(), cats.end(), p->category) != cats.end());
    }
    if (line.pick.products.empty()) CHECK_FALSE(line.pick.none_zh.empty());
  }
  CHECK(placed == d.investable);
  CHECK(percent == 100);
  // C2 holds no R3 product: the balanced class says why none.
  const auto balanced = std::find_if(d.allocation.begin(), d.allocation.end(),
                                     [](const AllocationLine& l) { return l.cls == AllocationClass::balanced; });
  REQUIRE(balanced != d.allocation.end());
  CHECK(balanced->pick.products.empty());
  CHECK(balanced->pick.none_zh.find("适当性") != std::string::npos);
  CHECK(balanced->pick.none_en.find("suitability") != std::string::npos);
  const auto fixed = std::find_if(d.allocation.begin(), d.allocation.end(),
                                  [](const AllocationLine& l) { return l.cls == AllocationClass::fixed_income; });
  REQUIRE(fixed != d.allocation.end());
  CHECK_FALSE(fixed->pick.products.empty());

  // Terms: each product pays back by 1 January of its goal's year.
  REQUIRE(d.goal_terms.size() == 3);
  for (const GoalTerm& t : d.goal_terms) {
    CHECK(t.needed_by == Date::from_ymd(d.goals[t.goal].year, 1, 1));
    CHECK_FALSE(t.pick.products.empty());
    for (const Product* p : t.pick.products) {
      CHECK(!(t.needed_by < kToday.plus_days(p->term_days)));
      CHECK(check_suitability(facts, *p, kToday).allowed());
    }
  }
  // Needed by 1 January 2027: no twelve- or six-month product bought today, only what is redeemable.
  for (const Product* p : d.goal_terms[2].pick.products) CHECK(p->term_days == 0);

  // Review: the plan's own date, within a year.
  CHECK(d.review_date == kToday.plus_days(200));
}

TEST_CASE("plan without an assessment: no product is recommended, and the reason is the assessment", "[plan]") {
  Fixture f(std::nullopt);
  const BookIndex index(f.book);
  FinancialPlan plan = plan_with_goals();
  plan.risk_level = RiskLevel::C3;
  plan.review_date = kToday.plus_years(2);  // beyond a year: the review falls back to a year on
  const PlanDocument d = plan_document(f.book, index, 0, &plan, kToday);
  REQUIRE(d.level == RiskLevel::C3);
  REQUIRE_FALSE(d.allocation.empty());
  for (const AllocationLine& line : d.allocation) {
    CHECK(line.pick.products.empty());
    CHECK(line.pick.none_zh.find("无有效风险测评") != std::string::npos);
  }
  CHECK(d.review_date == kToday.plus_years(1));
  CHECK(d.attitude_zh.find("尚未做风险评估") != std::string::npos);

  // No plan at all: the book's figures, no goals.
  const PlanDocument bare = plan_document(f.book, index, 0, nullptr, kToday);
  CHECK(bare.goals.empty());
  CHECK(bare.plan_id.empty());
  CHECK(bare.emergency.gap == yuan(20'000));
  CHECK_FALSE(bare.level);
  CHECK(bare.allocation.empty());
  CHECK_FALSE(bare.allocation_none_zh.empty());
}
