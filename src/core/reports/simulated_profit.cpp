#include "core/reports/simulated_profit.h"

#include <algorithm>

namespace rm {

namespace {

Fen clamp_fen(__int128 v) {
  if (v > static_cast<__int128>(kMoneyCeiling)) return kMoneyCeiling;
  return static_cast<Fen>(v);
}

void add_part(SimulatedProfit& to, const SimulatedProfit& part) {
  to.deposit = add_money(to.deposit, part.deposit);
  to.wealth_product = add_money(to.wealth_product, part.wealth_product);
  to.fee_income = add_money(to.fee_income, part.fee_income);
}

}  // namespace

std::vector<ProfitRate> default_profit_rates() {
  // Placeholders (see the header): a deposit margin on savings, margins on
  // wealth products held, and a one-off fee on what is sold.
  using C = ProductCategory;
  using K = ProfitKind;
  return {
      {C::savings, K::deposit, 150},                  // 1.50 % a year on the balance
      {C::fixed_income_wealth, K::wealth_product, 50},
      {C::floating_income_wealth, K::wealth_product, 80},
      {C::trust, K::wealth_product, 100},
      {C::money_market_fund, K::fee_income, 10},
      {C::bond, K::fee_income, 20},
      {C::bond_fund, K::fee_income, 60},
      {C::equity_fund, K::fee_income, 150},
      {C::fund_plan, K::fee_income, 100},
      {C::gold, K::fee_income, 50},
      {C::insurance, K::fee_income, 300},
  };
}

std::vector<ProfitRate> effective_profit_rates(const Settings& settings) {
  return settings.profit_rates.empty() ? default_profit_rates() : settings.profit_rates;
}

std::optional<ProfitRate> rate_for(const std::vector<ProfitRate>& rates, ProductCategory category) {
  const auto it = std::find_if(rates.begin(), rates.end(), [&](const ProfitRate& r) { return r.category == category; });
  if (it == rates.end()) return std::nullopt;
  return *it;
}

Fen accrued_margin(Fen amount, int32_t rate_bp, int64_t days) {
  if (amount <= 0 || rate_bp <= 0 || days <= 0) return 0;
  // amount < 2^63, rate < 2^31, days < 2^63 would not fit 128 bits; a
  // period is a few thousand days at most, but cap it to be safe.
  const __int128 d = std::min<int64_t>(days, int64_t{1} << 31);
  return clamp_fen(static_cast<__int128>(amount) * rate_bp * d / (__int128{10'000} * 365));
}

Fen fee_on(Fen amount, int32_t rate_bp) {
  if (amount <= 0 || rate_bp <= 0) return 0;
  return clamp_fen(static_cast<__int128>(amount) * rate_bp / 10'000);
}

SimulatedProfit holding_profit(const Holding& h, ProductCategory category, const std::vector<ProfitRate>& rates,
                               Period period) {
  SimulatedProfit out;
  const auto rate = rate_for(rates, category);
  if (h.meta.deleted || !rate) return out;
  if (rate->kind == ProfitKind::fee_income) {
    if (period.contains(h.start)) out.fee_income = fee_on(h.amount, rate->rate_bp);
    return out;
  }
  const Period held{h.start, h.maturity ? *h.maturity : period.end};
  const int64_t days = intersect(held, period).days();
  const Fen margin = accrued_margin(h.amount, rate->rate_bp, days);
  (rate->kind == ProfitKind::deposit ? out.deposit : out.wealth_product) = margin;
  return out;
}

SimulatedProfit client_simulated_profit(const Book& book, const BookIndex& index, const RecordId& client,
                                        const std::vector<ProfitRate>& rates, Period period) {
  SimulatedProfit out;
  const uint32_t c = index.client(client);
  if (c == BookIndex::npos) return out;
  for (const uint32_t h : index.holdings_of(c)) {
    const Holding& holding = book.holdings[h];
    const uint32_t p = index.product(holding.product_id);
    if (p == BookIndex::npos) continue;  // no product, no category: no rate applies
    add_part(out, holding_profit(holding, book.products[p].category, rates, period));
  }
  return out;
}

SimulatedProfit simulated_profit(const Book& book, const BookIndex& index, const RecordId& manager,
                                 const std::vector<ProfitRate>& rates, Period period) {
  SimulatedProfit out;
  for (const Client& c : book.clients) {
    if (c.meta.deleted || (!manager.empty() && c.manager_id != manager)) continue;
    add_part(out, client_simulated_profit(book, index, c.meta.id, rates, period));
  }
  return out;
}

}  // namespace rm
