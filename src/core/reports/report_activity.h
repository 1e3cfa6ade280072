// The manager's contacts in a period counted by kind and by the client's tier
// on the contact's day — the figures the weekly summary and the monthly sales
// analysis share (docs/domain.md §3 "Written reports").
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/planner/periods.h"
#include "core/planner/planner_context.h"

namespace rm {

struct ContactTally {
  std::string tier;  // empty: the total row, or a client without a tier
  int64_t messages = 0, calls = 0, meetings = 0;
  int64_t total() const { return messages + calls + meetings; }
};

struct ContactActivity {
  ContactTally all;
  std::vector<ContactTally> by_tier;  // most senior tier first (the policy's order)
};

// The contacts of MANAGER (core/model/record_owner.h; empty: all) dated in
// PERIOD, counted by contact_kind (core/model/contact.h).
ContactActivity contact_activity(const PlannerContext& ctx, const RecordId& manager, Period period);

}  // namespace rm
