#include "core/finance/household_ratios.h"

namespace rm {
namespace {

// value / den  vs  t.num / t.den, by cross-multiplication (den > 0 both
// sides), in 128 bits: the products of two int64 cannot overflow there.
int compare(const RatioValue& v, const Fraction& t) {
  const __int128 lhs = static_cast<__int128>(v.numerator) * t.den;
  const __int128 rhs = static_cast<__int128>(t.num) * v.denominator;
  return lhs < rhs ? -1 : (lhs > rhs ? 1 : 0);
}

RatioVerdict above(const RatioValue& v, const Fraction& t) {
  if (!v.defined()) return RatioVerdict::undefined;
  return compare(v, t) > 0 ? RatioVerdict::healthy : RatioVerdict::unhealthy;
}

RatioVerdict below(const RatioValue& v, const Fraction& t) {
  if (!v.defined()) return RatioVerdict::undefined;
  return compare(v, t) < 0 ? RatioVerdict::healthy : RatioVerdict::unhealthy;
}

// Nothing saved or invested is poor; reaching the reference line is good.
RatioGrade grade(const RatioValue& v, const Fraction& good) {
  if (!v.defined()) return RatioGrade::undefined;
  if (v.numerator <= 0) return RatioGrade::poor;
  return compare(v, good) >= 0 ? RatioGrade::good : RatioGrade::fair;
}

}  // namespace

double RatioValue::value() const {
  return defined() ? static_cast<double>(numerator) / static_cast<double>(denominator) : 0.0;
}

int64_t RatioValue::per_mille() const {
  if (!defined()) return 0;
  // Split to keep numerator × 1000 inside int64 for any realistic fortune;
  // saturated beyond that (a ratio of a million to one says all there is).
  return add_money(mul_money(numerator / denominator, 1000), mul_money(numerator % denominator, 1000) / denominator);
}

int HouseholdRatios::unhealthy_count() const {
  int n = 0;
  for (RatioVerdict v : {solvency_verdict, debt_verdict, debt_to_income_verdict, liquidity_verdict})
    if (v == RatioVerdict::unhealthy) ++n;
  return n;
}

HouseholdRatios household_ratios(const BalanceSheet& balance, const IncomeStatement& income,
                                 const RatioThresholds& t) {
  HouseholdRatios r;
  const Fen assets = total_assets(balance);
  const Fen net = net_assets(balance);
  r.solvency = {net, assets};
  r.debt = {total_liabilities(balance), assets};
  r.debt_to_income = {income.debt_service, income.pretax_income};
  r.liquidity = {mul_money(liquid_assets(balance), 12), annual_expenses(income)};
  r.savings = {annual_surplus(income), income.aftertax_income};
  // With net assets ≤ 0 the investment ratio has no meaning.
  r.investment = {investment_assets(balance), net > 0 ? net : 0};

  r.solvency_verdict = above(r.solvency, t.solvency_above);
  r.debt_verdict = below(r.debt, t.debt_below);
  r.debt_to_income_verdict = below(r.debt_to_income, t.debt_to_income_below);
  r.liquidity_verdict = above(r.liquidity, {t.liquidity_months_above, 1});
  r.savings_grade = grade(r.savings, t.savings_good);
  r.investment_grade = grade(r.investment, t.investment_good);
  return r;
}

}  // namespace rm
