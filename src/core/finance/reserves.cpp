#include "core/finance/reserves.h"

#include <algorithm>

namespace rm {
namespace {

Fen months_of(Fen yearly, int months) { return add_money(mul_money(yearly, months), 11) / 12; }

}  // namespace

EmergencyFund emergency_fund(const BalanceSheet& balance, const IncomeStatement& income,
                             const ReserveRules& rules) {
  EmergencyFund f;
  const Fen yearly = annual_expenses(income);
  f.liquid = liquid_assets(balance);
  f.target_min = months_of(yearly, rules.emergency_min_months);
  f.target_max = months_of(yearly, rules.emergency_max_months);
  f.gap = std::max<Fen>(0, sub_money(f.target_min, f.liquid));
  f.excess = std::max<Fen>(0, sub_money(f.liquid, f.target_max));
  f.status = f.liquid < f.target_min   ? EmergencyFundStatus::below
             : f.liquid > f.target_max ? EmergencyFundStatus::above
                                       : EmergencyFundStatus::within;
  return f;
}

ProtectionCheck protection_check(const IncomeStatement& income, const ReserveRules& rules) {
  ProtectionCheck p;
  p.recommended_premium = mul_money(income.pretax_income, rules.premium_percent_of_income) / 100;
  p.current_premium = income.insurance_premiums;
  p.gap = std::max<Fen>(0, sub_money(p.recommended_premium, p.current_premium));
  p.excess = std::max<Fen>(0, sub_money(p.current_premium, p.recommended_premium));
  return p;
}

}  // namespace rm
