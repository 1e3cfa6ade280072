// How many clients one manager can serve (docs/domain.md §1, "Capacity and
// assignment"), as data: the total cap, the share expected below an asset line,
// the per-tier staffing ratios and the bands delegated to other branch staff.
#pragma once
#include <string>
#include <vector>

#include "core/money.h"

namespace rm {

struct StaffingRatio {
  std::string tier;             // TierRule::code
  int clients_per_manager = 0;  // 0 = no ratio set
  int clients_per_advisor = 0;  // one wealth advisor per this many; 0 = none
};

// "Gold clients with 200k–500k may be assigned to the lobby manager": a band of a
// tier served by someone other than the manager. [min_assets, max_assets).
struct DelegatedBand {
  std::string tier;
  Fen min_assets = 0;
  Fen max_assets = 0;
  std::string role_zh;  // "大堂经理"
  std::string role_en;  // "Lobby manager"
};

// The contacts of each kind one manager makes in a working day. In a policy a
// zero means "as the book's workload needs" (planner/year_ahead.h,
// daily_capacity; docs/domain.md, "Daily capacity").
struct DailyCapacity {
  int meetings = 0;
  int calls = 0;
  int messages = 0;
};

struct CapacityPolicy {
  int max_clients_per_manager = 0;  // 0 = no cap
  // Of a full book, this percentage is expected below `split_assets` (000: 80 %
  // of 400 under 1,000,000 → 320 under, 80 over).
  Fen split_assets = 0;
  int percent_below_split = 0;
  std::vector<StaffingRatio> staffing;
  std::vector<DelegatedBand> delegated;
  // The working calendar the workload arithmetic divides by (000: 50 weeks).
  int working_weeks_per_year = 0;
  int working_days_per_week = 0;
  // The manager's own daily capacity; zeros are derived from the workload.
  DailyCapacity daily;
};

struct BookSplit {
  int below = 0;
  int above = 0;
};
BookSplit expected_split(const CapacityPolicy& capacity);

// Managers and advisors needed for `clients` clients of a tier, rounding up.
struct Staffing {
  int managers = 0;
  int advisors = 0;
};
Staffing staffing_needed(const CapacityPolicy& capacity, const std::string& tier, int clients);

}  // namespace rm
