// A client's value to the bank (docs/domain.md §6, "client lifetime value": historical,
// current, potential) and the value class of §1 (002: high-value,
// low-profit-with-potential, break-even, loss-making).
//
// Contributions are yearly: revenue is the "simulated profit" the bank books on
// the client (deposit profit + wealth-product profit + fee income, §6) and cost
// is what serving the client costs. Net = revenue − cost.
//   historical = Σ net over the years before the current year
//   current    = net of the current year (0 when not recorded)
//   potential  = the yearly net the bank would add by winning the client's assets
//                at other banks: assets_elsewhere × margin, where margin is the
//                client's own (current net / average daily assets here) when both
//                are positive, otherwise the caller's fallback (e.g. the book's).
// Value class, by current net against the bank's high-value line:
//   current < 0                              → loss-making
//   current ≥ line                           → high-value
//   current + potential ≥ line               → low-profit with potential
//   otherwise                                → break-even (pays its way, no more)
#pragma once
#include <vector>

#include "core/model/codes.h"
#include "core/money.h"

namespace rm {

struct YearContribution {
  int year = 0;
  Fen revenue = 0;
  Fen cost = 0;
};

struct ClientValueInputs {
  std::vector<YearContribution> history;
  int current_year = 0;
  Fen average_daily_assets = 0;  // here
  Fen assets_elsewhere = 0;
  int fallback_margin_bp = 0;  // basis points of assets per year
};

struct ClientValue {
  Fen historical = 0;
  Fen current = 0;
  Fen potential = 0;
  int margin_bp = 0;  // the margin potential was computed with
};

ClientValue client_value(const ClientValueInputs& in);

struct ValueClassRules {
  Fen high_value_net_per_year = 0;  // the bank's line; no default in the sources
};

ValueClass value_class(const ClientValue& value, const ValueClassRules& rules);

}  // namespace rm
