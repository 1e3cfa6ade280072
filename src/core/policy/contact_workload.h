// The yearly contact workload a book implies under a contact policy — the
// arithmetic of docs/domain.md §2 (000): 320 A clients on "6-4-2" and 80 B/C clients on
// "12-4-2" over 50 working weeks give 2,880 services, 1,600 proactive contacts and
// 800 meetings a year, i.e. 11.5, 6.4 and 3.2 a day.
#pragma once
#include <string>
#include <vector>

#include "core/policy/capacity_policy.h"
#include "core/policy/contact_policy.h"

namespace rm {

struct TierHeadcount {
  std::string tier;
  int clients = 0;
};

struct Workload {
  ContactCounts per_year;  // `clients` unused
  int working_days = 0;
};

// Per client, each count is the largest yearly requirement among the periodic
// per-client contact rules that apply to its tier (rules on the same client are
// met by the same contacts, so they do not add up). A rule's first alternative is
// taken as the plan. Event-driven, per-manager and important-only rules are left
// out: their volume depends on events and flags, not on headcount.
Workload annual_workload(const ContactPolicy& policy, const CapacityPolicy& capacity,
                         const std::vector<TierHeadcount>& book);

// A yearly count spread over the working days, in tenths, rounded half up
// (2,880 over 250 days → 115, shown as "11.5").
int per_day_tenths(int per_year, int working_days);

}  // namespace rm
