#include "core/finance/household_finance.h"

namespace rm {

Fen liquid_assets(const BalanceSheet& b) { return b.cash_and_deposits; }

Fen investment_assets(const BalanceSheet& b) {
  return b.wealth_products + b.bonds + b.funds + b.stocks + b.other_investments;
}

Fen total_assets(const BalanceSheet& b) {
  return liquid_assets(b) + investment_assets(b) + b.real_estate + b.other_assets;
}

Fen total_liabilities(const BalanceSheet& b) { return b.mortgage + b.other_loans + b.credit_cards; }

Fen net_assets(const BalanceSheet& b) { return total_assets(b) - total_liabilities(b); }

Fen annual_expenses(const IncomeStatement& s) {
  return s.living_expenses + s.debt_service + s.insurance_premiums + s.other_expenses;
}

Fen annual_surplus(const IncomeStatement& s) { return s.aftertax_income - annual_expenses(s); }

Fen monthly_expenses(const IncomeStatement& s) { return annual_expenses(s) / 12; }

Fen monthly_surplus(const IncomeStatement& s) { return annual_surplus(s) / 12; }

}  // namespace rm
