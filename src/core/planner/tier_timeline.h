// A client's tier over time, so a rule is judged by the tier the client had
// while it applied. A client upgraded from A to B on 1 July owes "6-4-2"
// for January–June and "12-4-2" for July–December, each prorated to its
// share of the year (see prorating.h); contacts count towards the rule of the
// tier the client had on the contact's date.
//
// Where the tier history comes from: the client's asset readings (the bank's
// reported average daily assets, Client::asset_history), each computed into
// the tier of the policy, in force from its date until the next; today's
// figure after the last reading; a tier override from its approval date on.
// A caller that knows more (a bank's monthly tier file) passes explicit spans.
// docs/domain.md §1, "Tier history".
#pragma once
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/model/client.h"
#include "core/policy/tier_policy.h"

namespace rm {

// Before any record this product could hold; the start of a first span.
inline constexpr Date kDistantPast{-1000000};

struct TierSpan {
  Date from;  // the first span also covers every earlier date
  std::string tier;
};

// An explicit history for one client, oldest first.
struct TierHistory {
  RecordId client_id;
  std::vector<TierSpan> spans;
};

class TierTimeline {
 public:
  TierTimeline() = default;
  explicit TierTimeline(std::vector<TierSpan> spans) : spans_(std::move(spans)) {}
  const std::string& tier_on(Date date) const;
  const std::string& current() const;
  const std::vector<TierSpan>& spans() const { return spans_; }

 private:
  std::vector<TierSpan> spans_;
};

// The tiers the client's asset readings and today's figure compute to, then the override.
TierTimeline client_tier_timeline(const Client& client, const TierPolicy& policy, Date as_of);

}  // namespace rm
