#include "core/rating/client_value.h"

#include <algorithm>

namespace rm {

ClientValue client_value(const ClientValueInputs& in) {
  ClientValue v;
  for (const YearContribution& y : in.history) {
    const Fen net = sub_money(y.revenue, y.cost);
    if (y.year < in.current_year)
      v.historical = add_money(v.historical, net);
    else if (y.year == in.current_year)
      v.current = add_money(v.current, net);
  }
  // A margin above 100 % a year only arises from tiny balances; cap it there
  // so a 1-fen account cannot project an absurd potential.
  v.margin_bp = v.current > 0 && in.average_daily_assets > 0
                    ? static_cast<int>(std::min<Fen>(10000, mul_money(v.current, 10000) / in.average_daily_assets))
                    : in.fallback_margin_bp;
  v.potential = add_money(mul_money(in.assets_elsewhere / 10000, v.margin_bp), in.assets_elsewhere % 10000 * v.margin_bp / 10000);
  return v;
}

ValueClass value_class(const ClientValue& value, const ValueClassRules& rules) {
  if (value.current < 0) return ValueClass::loss_making;
  if (value.current >= rules.high_value_net_per_year) return ValueClass::high_value;
  if (add_money(value.current, value.potential) >= rules.high_value_net_per_year) return ValueClass::low_profit_potential;
  return ValueClass::break_even;
}

}  // namespace rm
