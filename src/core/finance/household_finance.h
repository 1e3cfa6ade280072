// A household's balance sheet and yearly income/expense statement (docs/domain.md §4,
// "理财规划书"). Flat structs of fen so the bundle stores them field by field and a
// supervisor's edit of one line merges cleanly. All amounts are non-negative;
// liabilities are stored as positive outstanding balances.
#pragma once
#include "core/money.h"

namespace rm {

struct BalanceSheet {
  // Liquid assets: what can be spent within days without loss.
  Fen cash_and_deposits = 0;  // cash, current and time deposits, money-market funds
  // Investment assets, by kind.
  Fen wealth_products = 0;     // bank wealth-management products (理财产品)
  Fen bonds = 0;               // government and corporate bonds
  Fen funds = 0;               // bond, mixed and equity mutual funds
  Fen stocks = 0;              // listed shares
  Fen other_investments = 0;   // trusts, gold, insurance cash value, business stakes
  // Use assets.
  Fen real_estate = 0;  // homes and other property at market value
  Fen other_assets = 0; // vehicles, collectibles, receivables
  // Liabilities (outstanding balances).
  Fen mortgage = 0;
  Fen other_loans = 0;   // car, consumer and business loans
  Fen credit_cards = 0;  // statement balances not yet repaid
};

// One household year. Debt service is the principal plus interest falling due in
// the year (the numerator of the debt-to-income ratio).
struct IncomeStatement {
  Fen pretax_income = 0;      // all earners, before tax
  Fen aftertax_income = 0;    // all earners, after tax and social insurance
  Fen living_expenses = 0;    // food, housing running costs, transport, education …
  Fen debt_service = 0;       // mortgage and loan repayments due in the year
  Fen insurance_premiums = 0;
  Fen other_expenses = 0;
};

Fen liquid_assets(const BalanceSheet& b);
Fen investment_assets(const BalanceSheet& b);
Fen total_assets(const BalanceSheet& b);
Fen total_liabilities(const BalanceSheet& b);
Fen net_assets(const BalanceSheet& b);  // may be negative

// Everything that leaves the household in a year after tax.
Fen annual_expenses(const IncomeStatement& s);
// After-tax income minus annual expenses; may be negative.
Fen annual_surplus(const IncomeStatement& s);
// Rounded down to the fen; the exact yearly figure stays the source of truth.
Fen monthly_expenses(const IncomeStatement& s);
Fen monthly_surplus(const IncomeStatement& s);

}  // namespace rm
