// The rates of the simulated profit a manager is assessed on (docs/domain.md
// §6 "Evaluating the manager"): one row per product category, naming which
// part of the profit the category feeds and its rate. Data the bank edits in
// Settings; the sources give no figures (core/reports/simulated_profit.h has
// the defaults).
#pragma once
#include <cstdint>

#include "core/model/codes.h"

namespace rm {

struct ProfitRate {
  ProductCategory category = ProductCategory::savings;
  ProfitKind kind = ProfitKind::deposit;
  // Deposit and wealth-product rows: the yearly margin on the balance held, in
  // basis points. Fee rows: the fee earned once on the amount sold.
  int32_t rate_bp = 0;
  friend bool operator==(const ProfitRate&, const ProfitRate&) = default;
};

}  // namespace rm
