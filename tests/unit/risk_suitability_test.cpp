#include <catch_amalgamated.hpp>

#include "core/risk/product_recommendation.h"

using namespace rm;

namespace {

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }
const Date kToday = ymd(2024, 6, 1);

RiskAssessment assessment(RiskLevel level, Date date) {
  RiskAssessment a;
  a.level = level;
  a.date = date;
  a.signed_in_person = true;
  return a;
}

SuitabilityFacts c3_client() {
  SuitabilityFacts f;
  f.assessment = assessment(RiskLevel::C3, ymd(2024, 1, 10));
  return f;
}

Product product(std::string code, ProductRisk risk, int term_days = 0, int return_bp = 300) {
  Product p;
  p.code = std::move(code);
  p.risk = risk;
  p.term_days = term_days;
  p.expected_return_bp = return_bp;
  return p;
}

}  // namespace

TEST_CASE("A suitable product is allowed") {
  const SuitabilityVerdict v = check_suitability(c3_client(), product("P1", ProductRisk::R3), kToday);
  CHECK(v.allowed());
}

TEST_CASE("Product risk above the client's level is refused") {
  const SuitabilityVerdict v = check_suitability(c3_client(), product("P1", ProductRisk::R4), kToday);
  REQUIRE(v.refusals.size() == 1);
  CHECK(v.refused_for(RefusalReason::risk_above_level));
  CHECK(v.refusals[0].message_en.find("R4") != std::string::npos);
  CHECK(v.refusals[0].message_zh.find("C3") != std::string::npos);
}

TEST_CASE("Derivative-linked product needs derivatives experience") {
  Product p = product("S1", ProductRisk::R3);
  p.derivative_linked = true;
  SuitabilityFacts f = c3_client();
  CHECK(check_suitability(f, p, kToday).refused_for(RefusalReason::derivatives_without_experience));
  f.derivatives_experience = true;
  CHECK(check_suitability(f, p, kToday).allowed());
}

TEST_CASE("Term running past money needed soon is refused") {
  SuitabilityFacts f = c3_client();
  f.liquidity_needs = {{LiquidityPurpose::house, kToday.plus_days(90), yuan(500'000)}};
  // Matures on day 91: after the need.
  SuitabilityVerdict v = check_suitability(f, product("T", ProductRisk::R2, 91), kToday);
  CHECK(v.refused_for(RefusalReason::term_past_liquidity_need));
  CHECK(v.refusals[0].message_en.find("buying a home") != std::string::npos);
  // Matures on the day the money is needed: met.
  CHECK(check_suitability(f, product("T", ProductRisk::R2, 90), kToday).allowed());
  // Open-ended products never lock the money up.
  CHECK(check_suitability(f, product("T", ProductRisk::R2, 0), kToday).allowed());
  // A need already past does not count.
  f.liquidity_needs = {{LiquidityPurpose::hospital, kToday.plus_days(-1), yuan(10'000)}};
  CHECK(check_suitability(f, product("T", ProductRisk::R2, 365), kToday).allowed());
}

TEST_CASE("No valid assessment is refused, and an expired one still shows the level") {
  SuitabilityFacts f;
  SuitabilityVerdict v = check_suitability(f, product("P", ProductRisk::R1), kToday);
  REQUIRE(v.refusals.size() == 1);
  CHECK(v.refused_for(RefusalReason::no_valid_assessment));

  f.assessment = assessment(RiskLevel::C2, kToday.plus_years(-1));  // exactly one year old
  v = check_suitability(f, product("P", ProductRisk::R3), kToday);
  CHECK(v.refused_for(RefusalReason::no_valid_assessment));
  CHECK(v.refused_for(RefusalReason::risk_above_level));
  f.assessment = assessment(RiskLevel::C2, kToday.plus_years(-1).plus_days(1));
  CHECK(check_suitability(f, product("P", ProductRisk::R2), kToday).allowed());
}

TEST_CASE("Re-assessment due after six months without a recommendation") {
  SuitabilityFacts f = c3_client();
  f.last_recommendation = ymd(2024, 1, 20);
  CHECK(check_suitability(f, product("P", ProductRisk::R1), ymd(2024, 7, 20)).allowed());
  CHECK(check_suitability(f, product("P", ProductRisk::R1), ymd(2024, 7, 21))
            .refused_for(RefusalReason::reassessment_due));
}

TEST_CASE("All reasons are reported together") {
  SuitabilityFacts f;
  f.liquidity_needs = {{LiquidityPurpose::study_abroad, kToday.plus_days(30), yuan(300'000)},
                       {LiquidityPurpose::hospital, kToday.plus_days(60), yuan(50'000)}};
  Product p = product("X", ProductRisk::R5, 180);
  p.derivative_linked = true;
  f.assessment = assessment(RiskLevel::C1, ymd(2022, 1, 1));
  const SuitabilityVerdict v = check_suitability(f, p, kToday);
  CHECK(v.refusals.size() == 5);
  CHECK(v.refused_for(RefusalReason::no_valid_assessment));
  CHECK(v.refused_for(RefusalReason::risk_above_level));
  CHECK(v.refused_for(RefusalReason::derivatives_without_experience));
  CHECK(v.refused_for(RefusalReason::term_past_liquidity_need));
}

TEST_CASE("Recommend 2–3 suitable products per need, best return first") {
  std::vector<Product> catalogue{product("A", ProductRisk::R2, 0, 250), product("B", ProductRisk::R3, 90, 420),
                                 product("C", ProductRisk::R4, 0, 800), product("D", ProductRisk::R1, 365, 380),
                                 product("E", ProductRisk::R2, 30, 300)};
  catalogue[4].on_sale = false;
  const SuitabilityFacts f = c3_client();
  Recommendation r = recommend_products(catalogue, f, {}, kToday);
  REQUIRE(r.products.size() == 3);
  CHECK(r.enough);
  CHECK(r.products[0]->code == "B");
  CHECK(r.products[1]->code == "D");
  CHECK(r.products[2]->code == "A");

  // Money needed in 100 days: D (365 days) no longer fits.
  r = recommend_products(catalogue, f, {.categories = {}, .needed_by = kToday.plus_days(100)}, kToday);
  REQUIRE(r.products.size() == 2);
  CHECK(r.products[0]->code == "B");
  CHECK(r.enough);

  catalogue[0].category = ProductCategory::money_market_fund;
  r = recommend_products(catalogue, f, {.categories = {ProductCategory::money_market_fund}, .needed_by = {}},
                         kToday);
  REQUIRE(r.products.size() == 1);
  CHECK_FALSE(r.enough);
}

TEST_CASE("A liquidity need blocks a fixed-term product only when the liquid assets left outside it fall short") {
  // docs/domain.md §5: do not sell with money the client will need soon. A 1 M
  // house payment in 90 days does not lock out a client with 50 M at hand.
  SuitabilityFacts f = c3_client();
  f.liquidity_needs = {{LiquidityPurpose::house, kToday.plus_days(90), yuan(1'000'000)}};
  f.liquid_assets = yuan(50'000'000);
  const Product one_year = product("T", ProductRisk::R2, 365);
  SuitabilityVerdict v = check_suitability(f, one_year, kToday);
  CHECK(v.allowed());
  REQUIRE(v.amount_cap);
  CHECK(*v.amount_cap == yuan(49'000'000));
  // 49 M into the product leaves exactly the 1 M needed; 49 M and one yuan does not.
  CHECK(check_suitability(f, one_year, kToday, yuan(49'000'000)).allowed());
  v = check_suitability(f, one_year, kToday, yuan(49'000'001));
  CHECK(v.refused_for(RefusalReason::term_past_liquidity_need));
  CHECK(v.refusals[0].message_en.find("999,999") != std::string::npos);

  // Needs add up in date order: 1 M and then 0.5 M against 1.2 M left outside —
  // the first is paid, the second is not.
  f.liquid_assets = yuan(1'200'000);
  f.liquidity_needs.push_back({LiquidityPurpose::study_abroad, kToday.plus_days(120), yuan(500'000)});
  v = check_suitability(f, one_year, kToday);
  REQUIRE(v.refusals.size() == 1);
  CHECK(v.refusals[0].message_en.find("study abroad") != std::string::npos);
  CHECK(*v.amount_cap == 0);
  // A need of unknown amount may take everything, so it still refuses.
  f.liquid_assets = yuan(50'000'000);
  f.liquidity_needs = {{LiquidityPurpose::hospital, kToday.plus_days(30), 0}};
  CHECK(check_suitability(f, one_year, kToday).refused_for(RefusalReason::term_past_liquidity_need));
}
