#include "core/rating/client_value_from_book.h"

#include <algorithm>

#include "core/reports/simulated_profit.h"

namespace rm {

ClientValueReport client_value_from_book(const Book& book, const BookIndex& index, uint32_t client, Date today) {
  ClientValueReport out;
  const Client& c = book.clients[client];
  const std::vector<ProfitRate> rates = effective_profit_rates(book.settings);
  const int year = today.year();
  for (uint32_t h : index.holdings_of(client)) {
    const Holding& holding = book.holdings[h];
    if (holding.meta.deleted) continue;
    out.has_holdings = true;
    if (out.first_year == 0 || holding.start.year() < out.first_year) out.first_year = holding.start.year();
  }
  out.has_earlier_years = out.first_year != 0 && out.first_year < year;
  out.has_assets_elsewhere = c.assets_elsewhere > 0;

  ClientValueInputs in;
  in.current_year = year;
  in.average_daily_assets = c.average_daily_assets;
  in.assets_elsewhere = c.assets_elsewhere;
  // The fallback margin when the client's own cannot be read: the deposit
  // rate, what money moved here earns at the least.
  const std::optional<ProfitRate> deposit = rate_for(rates, ProductCategory::savings);
  in.fallback_margin_bp = deposit ? deposit->rate_bp : 0;
  if (out.first_year != 0)
    for (int y = out.first_year; y <= year; ++y) {
      const Date start = Date::from_ymd(y, 1, 1);
      const Date end = y == year ? today.plus_days(1) : Date::from_ymd(y + 1, 1, 1);
      const SimulatedProfit p = client_simulated_profit(book, index, c.meta.id, rates, Period{start, end});
      in.history.push_back({y, p.total(), 0});
    }
  out.value = client_value(in);
  return out;
}

}  // namespace rm
