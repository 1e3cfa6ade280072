// What a client holds at this bank month by month: the amounts of the holdings
// live at each month's end, from their start until they mature (open-ended
// products stay). The Client 360° view draws it as the client's assets over
// time (docs/ui-style.md "Charts"); a holding's amount is what was placed, so
// the figure is invested capital, not a market value.
#pragma once
#include <vector>

#include "core/civil_date.h"
#include "core/model/product.h"

namespace rm {

struct MonthHeld {
  Date month_end;
  Fen held = 0;  // saturating sum (core/money.h)
};

// MONTHS month ends, the first being the end of FIRST's month. Deleted
// holdings are left out.
std::vector<MonthHeld> holdings_by_month(const std::vector<const Holding*>& holdings, Date first, int months);

}  // namespace rm
