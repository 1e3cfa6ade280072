#include "core/finance/holdings_over_time.h"

#include "core/money.h"

namespace rm {

std::vector<MonthHeld> holdings_by_month(const std::vector<const Holding*>& holdings, Date first, int months) {
  std::vector<MonthHeld> out;
  if (months <= 0) return out;
  out.reserve(static_cast<size_t>(months));
  const Ymd f = first.ymd();
  const Date first_of_month = Date::from_ymd(f.year, f.month, 1);
  for (int m = 0; m < months; ++m) {
    const Date start = first_of_month.plus_months(m);
    const Ymd s = start.ymd();
    const Date end = Date::from_ymd(s.year, s.month, days_in_month(s.year, s.month));
    MonthHeld row{end, 0};
    for (const Holding* h : holdings) {
      if (h->meta.deleted || end < h->start) continue;
      if (h->maturity && *h->maturity <= end) continue;  // matured and paid out by then
      row.held = add_money(row.held, h->amount);
    }
    out.push_back(row);
  }
  return out;
}

}  // namespace rm
