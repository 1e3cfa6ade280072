#include "core/planner/tier_timeline.h"

namespace rm {

const std::string& TierTimeline::tier_on(Date date) const {
  static const std::string none;
  if (spans_.empty()) return none;
  size_t i = 0;
  while (i + 1 < spans_.size() && spans_[i + 1].from <= date) ++i;
  return spans_[i].tier;
}

const std::string& TierTimeline::current() const {
  static const std::string none;
  return spans_.empty() ? none : spans_.back().tier;
}

TierTimeline client_tier_timeline(const Client& client, const TierPolicy& policy, Date as_of) {
  std::vector<TierSpan> spans{{kDistantPast, computed_tier(policy, tier_facts(client, as_of))}};
  if (client.tier_override) spans.push_back({client.tier_override->approved_on, client.tier_override->tier});
  return TierTimeline(std::move(spans));
}

}  // namespace rm
