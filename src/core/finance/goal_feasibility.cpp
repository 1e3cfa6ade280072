#include "core/finance/goal_feasibility.h"

#include <algorithm>
#include <map>

namespace rm {
namespace {

// floor(balance × bp / 10000) without forming balance × bp, which could leave
// int64 for a large book at a high trial rate.
Fen growth(Fen balance, int bp) { return add_money(mul_money(balance / 10000, bp), balance % 10000 * bp / 10000); }

}  // namespace

FeasibilityInputs feasibility_inputs(const BalanceSheet& balance, const IncomeStatement& income,
                                     int start_year, std::vector<FinancialGoal> goals,
                                     const ReserveRules& reserves) {
  FeasibilityInputs in;
  const Fen kept = emergency_fund(balance, income, reserves).target_min;
  in.starting_assets = std::max<Fen>(0, sub_money(add_money(liquid_assets(balance), investment_assets(balance)), kept));
  in.yearly_saving = annual_surplus(income);
  in.start_year = start_year;
  in.goals = std::move(goals);
  return in;
}

bool goals_funded_at(const FeasibilityInputs& in, int rate_bp) {
  std::map<int, Fen> due;  // year → amount; ordered so the walk is chronological
  Fen still_owed = 0;
  for (const FinancialGoal& g : in.goals) {
    Fen& in_year = due[std::max(g.target_year, in.start_year)];
    in_year = add_money(in_year, g.amount);
    still_owed = add_money(still_owed, g.amount);
  }
  Fen balance = sub_money(in.starting_assets, due[in.start_year]);
  still_owed = sub_money(still_owed, due[in.start_year]);
  if (balance < 0) return false;
  const int last_year = due.rbegin()->first;
  for (int year = in.start_year + 1; year <= last_year; ++year) {
    // Enough to pay the rest even with no growth and every future saving lost:
    // stop before a high trial rate can push the balance out of range.
    const Fen drain = mul_money(std::max<Fen>(0, sub_money(0, in.yearly_saving)), last_year - year + 1);
    if (balance >= add_money(still_owed, drain)) return true;
    balance = add_money(balance, add_money(growth(balance, rate_bp), in.yearly_saving));
    if (auto it = due.find(year); it != due.end()) {
      balance = sub_money(balance, it->second);
      still_owed = sub_money(still_owed, it->second);
    }
    if (balance < 0) return false;
  }
  return true;
}

std::optional<int> required_return_bp(const FeasibilityInputs& in) {
  if (!goals_funded_at(in, kMaxSearchedReturnBp)) return std::nullopt;
  int lo = 0;
  int hi = kMaxSearchedReturnBp;  // invariant: funded at hi
  if (goals_funded_at(in, lo)) return lo;
  while (hi - lo > 1) {
    const int mid = lo + (hi - lo) / 2;
    (goals_funded_at(in, mid) ? hi : lo) = mid;
  }
  return hi;
}

std::string format_bp(int bp) {
  const int whole = bp / 100;
  const int frac = (bp < 0 ? -bp : bp) % 100;
  return (bp < 0 && whole == 0 ? "-" : "") + std::to_string(whole) + "." + (frac < 10 ? "0" : "") +
         std::to_string(frac) + " %";
}

Feasibility goal_feasibility(const FeasibilityInputs& in, RiskLevel level, const ReturnTable& table) {
  Feasibility f;
  f.level = level;
  f.recommended_bp = table.of(level);
  f.required_bp = required_return_bp(in);
  const std::string code(risk_code(level));
  const std::string recommended = format_bp(f.recommended_bp);
  if (!f.required_bp) {
    f.reason_en = "The goals cannot be met at any reasonable return: lower the amounts, move the "
                  "target years later or save more.";
    f.reason_zh = "目标在任何合理收益率下都无法实现：请降低目标金额、推迟目标年份或增加储蓄。";
    return f;
  }
  const std::string required = format_bp(*f.required_bp);
  f.feasible = *f.required_bp <= f.recommended_bp;
  if (f.feasible) {
    f.reason_en = "Feasible: the goals need " + required + " a year, within the " + recommended +
                  " recommended for " + code + ".";
    f.reason_zh = "可行：实现目标需年化收益率 " + required + "，不超过 " + code + " 的建议收益率 " +
                  recommended + "。";
  } else {
    f.reason_en = "Adjust the goals: they need " + required + " a year, above the " + recommended +
                  " recommended for " + code + ". Lower the amounts, move the target years later or "
                  "save more.";
    f.reason_zh = "需调整目标：实现目标需年化收益率 " + required + "，高于 " + code + " 的建议收益率 " +
                  recommended + "。请降低目标金额、推迟目标年份或增加储蓄。";
  }
  return f;
}

}  // namespace rm
