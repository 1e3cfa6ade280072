// The six household ratios of docs/domain.md §4 with their health verdicts.
//
// Every ratio is kept as an exact fraction of fen and judged by integer cross-
// multiplication ("solvency > 0.5" ⇔ 2 × net > total), so a household sitting
// exactly on a threshold is judged the same on every platform. value() is for
// display only.
#pragma once
#include <cstdint>

#include "core/finance/household_finance.h"

namespace rm {

struct Fraction {
  int64_t num = 0;
  int64_t den = 1;  // > 0
  friend bool operator==(const Fraction&, const Fraction&) = default;
};

struct RatioValue {
  Fen numerator = 0;
  Fen denominator = 0;
  bool defined() const { return denominator > 0; }  // e.g. no assets, no income
  double value() const;            // display only; 0 when undefined
  int64_t per_mille() const;       // rounded toward zero; 0 when undefined
};

enum class RatioVerdict { healthy, unhealthy, undefined };
// For the "higher is better" ratios, which have no pass mark in the sources.
enum class RatioGrade { undefined, poor, fair, good };

// Thresholds as data. The first four are the document's (000); the two reference
// lines for the "higher is better" ratios are not in the sources — they are the
// common Chinese planning-textbook references (结余比率 0.3, 投资与净资产比率 0.5)
// and exist only so a grade can be shown. A bank edits them.
struct RatioThresholds {
  Fraction solvency_above{1, 2};       // net / total assets > 0.5
  Fraction debt_below{1, 2};           // liabilities / total assets < 0.5
  Fraction debt_to_income_below{2, 5}; // debt service / pre-tax income < 0.4
  int liquidity_months_above = 3;      // liquid assets / monthly expenses > 3
  Fraction savings_good{3, 10};
  Fraction investment_good{1, 2};
};

struct HouseholdRatios {
  RatioValue solvency;        // net assets / total assets
  RatioValue debt;            // liabilities / total assets
  RatioValue debt_to_income;  // yearly debt service / yearly pre-tax income
  RatioValue liquidity;       // liquid assets / monthly expenses (in months):
                              // numerator = 12 × liquid, denominator = yearly expenses
  RatioValue savings;         // yearly surplus / yearly after-tax income
  RatioValue investment;      // investment assets / net assets
  RatioVerdict solvency_verdict = RatioVerdict::undefined;
  RatioVerdict debt_verdict = RatioVerdict::undefined;
  RatioVerdict debt_to_income_verdict = RatioVerdict::undefined;
  RatioVerdict liquidity_verdict = RatioVerdict::undefined;
  RatioGrade savings_grade = RatioGrade::undefined;
  RatioGrade investment_grade = RatioGrade::undefined;

  int unhealthy_count() const;  // verdicts only; grades are advice
};

HouseholdRatios household_ratios(const BalanceSheet& balance, const IncomeStatement& income,
                                 const RatioThresholds& thresholds = {});

}  // namespace rm
