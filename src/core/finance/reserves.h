// The two reserves a plan checks first (docs/domain.md §4, "recommendations"): an
// emergency fund of 3–6 months of expenses in liquid assets, and protection
// whose premiums are about 10 % of annual income.
#pragma once
#include "core/finance/household_finance.h"

namespace rm {

struct ReserveRules {
  int emergency_min_months = 3;
  int emergency_max_months = 6;
  int premium_percent_of_income = 10;  // of yearly pre-tax household income
};

enum class EmergencyFundStatus { below, within, above };

struct EmergencyFund {
  Fen liquid = 0;
  Fen target_min = 0;  // emergency_min_months of expenses
  Fen target_max = 0;  // emergency_max_months of expenses
  Fen gap = 0;         // to reach target_min; 0 when reached
  Fen excess = 0;      // liquid above target_max, free to invest; 0 otherwise
  EmergencyFundStatus status = EmergencyFundStatus::below;
};

// Months of expenses are taken from the yearly figure (months × yearly / 12,
// rounded up to the fen) so 3 months of 120,000.00/yr is exactly 30,000.00.
EmergencyFund emergency_fund(const BalanceSheet& balance, const IncomeStatement& income,
                             const ReserveRules& rules = {});

struct ProtectionCheck {
  Fen recommended_premium = 0;  // premium_percent_of_income of pre-tax income, rounded down
  Fen current_premium = 0;
  Fen gap = 0;     // premiums short of the recommendation; 0 when met
  Fen excess = 0;  // premiums above it; 0 otherwise
};

ProtectionCheck protection_check(const IncomeStatement& income, const ReserveRules& rules = {});

}  // namespace rm
