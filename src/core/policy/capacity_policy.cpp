#include "core/policy/capacity_policy.h"

namespace rm {
namespace {

int ceil_div(int a, int b) { return b > 0 ? (a + b - 1) / b : 0; }

}  // namespace

BookSplit expected_split(const CapacityPolicy& capacity) {
  BookSplit split;
  split.below = capacity.max_clients_per_manager * capacity.percent_below_split / 100;
  split.above = capacity.max_clients_per_manager - split.below;
  return split;
}

Staffing staffing_needed(const CapacityPolicy& capacity, const std::string& tier, int clients) {
  for (const StaffingRatio& ratio : capacity.staffing) {
    if (ratio.tier != tier) continue;
    return {ceil_div(clients, ratio.clients_per_manager), ceil_div(clients, ratio.clients_per_advisor)};
  }
  return {};
}

}  // namespace rm
