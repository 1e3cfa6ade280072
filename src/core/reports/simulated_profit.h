// The simulated profit (模拟利润) a manager is assessed on (docs/domain.md §6
// "Evaluating the manager"): deposit profit + wealth-product profit + fee
// income, from the clients' holdings and the bank's rates per product
// category (Settings::profit_rates, core/model/profit_rate.h).
//
//   deposit, wealth product: floor(balance × rate_bp × days held in the
//                            period / (10 000 × 365)) per holding
//   fee income:              floor(amount × rate_bp / 10 000) per holding
//                            started in the period
//
// A holding is held from its start to its maturity (exclusive; open-ended
// products to the period's end). Each holding's figure is floored to the fen
// before the sum, so a client's figures add up to the manager's. Products are
// computed in 128 bits and a result beyond int64 is held at the ceiling, as
// every sum is (add_money).
#pragma once
#include <optional>
#include <vector>

#include "core/model/book.h"
#include "core/planner/periods.h"

namespace rm {

// PLACEHOLDERS, not a bank's figures: the sources name the three parts and
// give no rates (docs/domain.md §6). They let the report show the shape of
// the figure until the bank enters its own in Settings → Simulated profit.
std::vector<ProfitRate> default_profit_rates();
// The book's rates, or the defaults when it has none.
std::vector<ProfitRate> effective_profit_rates(const Settings& settings);

struct SimulatedProfit {
  Fen deposit = 0;
  Fen wealth_product = 0;
  Fen fee_income = 0;
  Fen total() const { return add_money(add_money(deposit, wealth_product), fee_income); }
};

// The rate row of CATEGORY, if the rates have one (the first).
std::optional<ProfitRate> rate_for(const std::vector<ProfitRate>& rates, ProductCategory category);

// floor(amount × rate_bp × days / (10 000 × 365)), saturating; 0 for a
// non-positive amount, rate or day count.
Fen accrued_margin(Fen amount, int32_t rate_bp, int64_t days);
// floor(amount × rate_bp / 10 000), saturating; 0 for a non-positive amount or rate.
Fen fee_on(Fen amount, int32_t rate_bp);

// One holding's part in PERIOD, under RATES, its product being of CATEGORY.
SimulatedProfit holding_profit(const Holding& holding, ProductCategory category,
                               const std::vector<ProfitRate>& rates, Period period);
// One client's holdings in PERIOD (the 360° view's client value).
SimulatedProfit client_simulated_profit(const Book& book, const BookIndex& index, const RecordId& client,
                                        const std::vector<ProfitRate>& rates, Period period);
// The holdings of MANAGER's clients (empty: every client of the book).
SimulatedProfit simulated_profit(const Book& book, const BookIndex& index, const RecordId& manager,
                                 const std::vector<ProfitRate>& rates, Period period);

}  // namespace rm
