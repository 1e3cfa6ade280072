// Goal feasibility (docs/domain.md §4): a plan is feasible only when the return
// its goals require is no higher than the return recommended for the client's
// risk profile; otherwise the goals are changed.
//
// The required return is the smallest yearly rate, in whole basis points, at
// which today's investable assets plus each year's saving pay every goal in its
// year. The simulation runs in integer fen (growth is floor(balance × bp / 10000)
// each year, saving added at the year's end, goals paid after that); only the
// rate is searched, by bisection over integers, since funding is monotone in it.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/finance/financial_goal.h"
#include "core/finance/household_finance.h"
#include "core/finance/reserves.h"
#include "core/risk/risk_profile.h"

namespace rm {

// Recommended yearly return per client risk level, in basis points — data the
// bank edits. The sources give no figures, so the defaults are placeholders
// stepping from a deposit-like 2.50 % (C1) to an equity-like 8.00 % (C5).
struct ReturnTable {
  std::array<int, 5> recommended_bp{250, 350, 500, 650, 800};  // C1 … C5
  int of(RiskLevel level) const { return recommended_bp[static_cast<size_t>(rank(level) - 1)]; }
};

struct FeasibilityInputs {
  Fen starting_assets = 0;  // invested now, at the start of start_year
  Fen yearly_saving = 0;    // added at the end of each year; may be negative
  int start_year = 0;       // goals in this year or earlier are due at once
  std::vector<FinancialGoal> goals{};
};

// The plan's usual inputs: liquid plus investment assets less the emergency
// fund's minimum (kept aside, never counted for goals), and the yearly surplus.
FeasibilityInputs feasibility_inputs(const BalanceSheet& balance, const IncomeStatement& income,
                                     int start_year, std::vector<FinancialGoal> goals,
                                     const ReserveRules& reserves = {});

// The largest rate searched: 100 % a year. Beyond it a goal is unattainable.
inline constexpr int kMaxSearchedReturnBp = 10000;

bool goals_funded_at(const FeasibilityInputs& in, int rate_bp);
// Empty when the goals cannot be met even at kMaxSearchedReturnBp.
std::optional<int> required_return_bp(const FeasibilityInputs& in);

struct Feasibility {
  bool feasible = false;
  std::optional<int> required_bp;  // empty: unattainable
  int recommended_bp = 0;
  RiskLevel level = RiskLevel::C1;
  std::string reason_zh;
  std::string reason_en;
};

Feasibility goal_feasibility(const FeasibilityInputs& in, RiskLevel level, const ReturnTable& table = {});

// "5.25 %": basis points as a percentage with two decimals.
std::string format_bp(int bp);

}  // namespace rm
