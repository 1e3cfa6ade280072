#include <catch_amalgamated.hpp>

#include "core/finance/household_ratios.h"
#include "core/finance/reserves.h"

using namespace rm;

namespace {

// Total assets 1,000,000.00 with `liabilities` of mortgage.
BalanceSheet sheet(Fen liabilities) {
  BalanceSheet b;
  b.cash_and_deposits = yuan(100'000);
  b.funds = yuan(200'000);
  b.real_estate = yuan(700'000);
  b.mortgage = liabilities;
  return b;
}

}  // namespace

TEST_CASE("Totals and net assets") {
  BalanceSheet b = sheet(yuan(300'000));
  b.wealth_products = 1;
  b.credit_cards = 2;
  CHECK(total_assets(b) == yuan(1'000'000) + 1);
  CHECK(total_liabilities(b) == yuan(300'000) + 2);
  CHECK(net_assets(b) == yuan(700'000) - 1);
  CHECK(investment_assets(b) == yuan(200'000) + 1);
  CHECK(liquid_assets(b) == yuan(100'000));
  IncomeStatement s{.pretax_income = yuan(300'000), .aftertax_income = yuan(240'000),
                    .living_expenses = yuan(96'000), .debt_service = yuan(20'000),
                    .insurance_premiums = yuan(4'000), .other_expenses = 0};
  CHECK(annual_expenses(s) == yuan(120'000));
  CHECK(annual_surplus(s) == yuan(120'000));
  CHECK(monthly_expenses(s) == yuan(10'000));
}

TEST_CASE("Solvency > 0.5 and debt ratio < 0.5 at the boundary") {
  // Liabilities exactly half: solvency 0.5 and debt 0.5 — both unhealthy.
  HouseholdRatios r = household_ratios(sheet(yuan(500'000)), {});
  CHECK(r.solvency_verdict == RatioVerdict::unhealthy);
  CHECK(r.debt_verdict == RatioVerdict::unhealthy);
  CHECK(r.solvency.per_mille() + r.debt.per_mille() == 1000);
  // One fen less debt: both healthy.
  r = household_ratios(sheet(yuan(500'000) - 1), {});
  CHECK(r.solvency_verdict == RatioVerdict::healthy);
  CHECK(r.debt_verdict == RatioVerdict::healthy);
  // One fen more: both unhealthy.
  r = household_ratios(sheet(yuan(500'000) + 1), {});
  CHECK(r.solvency_verdict == RatioVerdict::unhealthy);
  CHECK(r.debt_verdict == RatioVerdict::unhealthy);
  CHECK(r.solvency.value() == Catch::Approx(0.5).epsilon(1e-6));
}

TEST_CASE("Debt-to-income < 0.4") {
  IncomeStatement s{.pretax_income = yuan(100'000), .debt_service = yuan(40'000)};
  CHECK(household_ratios({}, s).debt_to_income_verdict == RatioVerdict::unhealthy);
  s.debt_service = yuan(40'000) - 1;
  CHECK(household_ratios({}, s).debt_to_income_verdict == RatioVerdict::healthy);
  s.pretax_income = 0;
  CHECK(household_ratios({}, s).debt_to_income_verdict == RatioVerdict::undefined);
}

TEST_CASE("Liquidity > 3 months of expenses") {
  IncomeStatement s{.aftertax_income = yuan(200'000), .living_expenses = yuan(120'000)};  // 10,000 a month
  BalanceSheet b;
  b.cash_and_deposits = yuan(30'000);  // exactly 3 months
  HouseholdRatios r = household_ratios(b, s);
  CHECK(r.liquidity_verdict == RatioVerdict::unhealthy);
  CHECK(r.liquidity.per_mille() == 3000);
  b.cash_and_deposits = yuan(30'000) + 1;
  CHECK(household_ratios(b, s).liquidity_verdict == RatioVerdict::healthy);
  CHECK(household_ratios(b, {}).liquidity_verdict == RatioVerdict::undefined);
}

TEST_CASE("Savings and investment ratios are graded, higher is better") {
  IncomeStatement s{.aftertax_income = yuan(100'000), .living_expenses = yuan(100'000)};
  CHECK(household_ratios({}, s).savings_grade == RatioGrade::poor);
  s.living_expenses = yuan(80'000);  // 0.2
  CHECK(household_ratios({}, s).savings_grade == RatioGrade::fair);
  s.living_expenses = yuan(70'000);  // 0.3
  CHECK(household_ratios({}, s).savings_grade == RatioGrade::good);
  s.living_expenses = yuan(120'000);  // deficit
  CHECK(household_ratios({}, s).savings_grade == RatioGrade::poor);

  BalanceSheet b = sheet(0);  // investments 200k of net 1M = 0.2
  CHECK(household_ratios(b, {}).investment_grade == RatioGrade::fair);
  b.funds = yuan(500'000);
  b.real_estate = yuan(400'000);  // 500k of 1M = 0.5
  CHECK(household_ratios(b, {}).investment_grade == RatioGrade::good);
  b.mortgage = yuan(2'000'000);  // net negative: no meaning
  CHECK(household_ratios(b, {}).investment_grade == RatioGrade::undefined);
}

TEST_CASE("Unhealthy count over the four verdicts") {
  IncomeStatement s{.pretax_income = yuan(100'000), .aftertax_income = yuan(80'000),
                    .living_expenses = yuan(60'000), .debt_service = yuan(50'000)};
  const HouseholdRatios r = household_ratios(sheet(yuan(600'000)), s);
  // solvency 0.4, debt 0.6, DTI 0.5, liquidity 100k×12 / 110k ≈ 10.9 months.
  CHECK(r.unhealthy_count() == 3);
}

TEST_CASE("Emergency fund of 3–6 months and its gap") {
  IncomeStatement s{.living_expenses = yuan(120'000)};  // 10,000 a month
  BalanceSheet b;
  b.cash_and_deposits = yuan(20'000);
  EmergencyFund f = emergency_fund(b, s);
  CHECK(f.target_min == yuan(30'000));
  CHECK(f.target_max == yuan(60'000));
  CHECK(f.gap == yuan(10'000));
  CHECK(f.status == EmergencyFundStatus::below);
  b.cash_and_deposits = yuan(30'000);
  f = emergency_fund(b, s);
  CHECK(f.gap == 0);
  CHECK(f.status == EmergencyFundStatus::within);
  b.cash_and_deposits = yuan(60'000);
  CHECK(emergency_fund(b, s).status == EmergencyFundStatus::within);
  b.cash_and_deposits = yuan(60'000) + 1;
  f = emergency_fund(b, s);
  CHECK(f.status == EmergencyFundStatus::above);
  CHECK(f.excess == 1);
}

TEST_CASE("Protection: premiums about 10 % of annual income") {
  IncomeStatement s{.pretax_income = yuan(300'000), .insurance_premiums = yuan(12'000)};
  ProtectionCheck p = protection_check(s);
  CHECK(p.recommended_premium == yuan(30'000));
  CHECK(p.gap == yuan(18'000));
  CHECK(p.excess == 0);
  s.insurance_premiums = yuan(30'000);
  CHECK(protection_check(s).gap == 0);
  s.insurance_premiums = yuan(35'000);
  CHECK(protection_check(s).excess == yuan(5'000));
}
