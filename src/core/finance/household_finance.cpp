#include "core/finance/household_finance.h"

// Each field is at most kMaxAmount, so these sums fit in int64 for any
// household the bundle accepts; they saturate all the same (add_money), so a
// figure built in memory outside those checks cannot overflow either.
namespace rm {

Fen liquid_assets(const BalanceSheet& b) { return b.cash_and_deposits; }

Fen investment_assets(const BalanceSheet& b) {
  return add_money(add_money(add_money(add_money(b.wealth_products, b.bonds), b.funds), b.stocks), b.other_investments);
}

Fen total_assets(const BalanceSheet& b) {
  return add_money(add_money(add_money(liquid_assets(b), investment_assets(b)), b.real_estate), b.other_assets);
}

Fen total_liabilities(const BalanceSheet& b) { return add_money(add_money(b.mortgage, b.other_loans), b.credit_cards); }

Fen net_assets(const BalanceSheet& b) { return sub_money(total_assets(b), total_liabilities(b)); }

Fen annual_expenses(const IncomeStatement& s) {
  return add_money(add_money(add_money(s.living_expenses, s.debt_service), s.insurance_premiums), s.other_expenses);
}

Fen annual_surplus(const IncomeStatement& s) { return sub_money(s.aftertax_income, annual_expenses(s)); }

Fen monthly_expenses(const IncomeStatement& s) { return annual_expenses(s) / 12; }

Fen monthly_surplus(const IncomeStatement& s) { return annual_surplus(s) / 12; }

}  // namespace rm
