#include "core/planner/tier_timeline.h"

#include <optional>

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
  std::vector<TierSpan> spans;
  const auto add = [&](Date from, std::string tier) {
    if (spans.empty()) from = kDistantPast;  // the first span covers every earlier date
    while (!spans.empty() && !(spans.back().from < from)) spans.pop_back();
    if (spans.empty()) from = kDistantPast;
    if (!spans.empty() && spans.back().tier == tier) return;
    spans.push_back({from, std::move(tier)});
  };
  std::optional<Date> last_reading;
  for (const AssetReading& r : client.asset_history) {
    if (as_of < r.date) continue;  // not yet in force on the day the plan is made for
    if (last_reading && r.date < *last_reading) continue;  // out of order: the later one stands
    TierFacts facts = tier_facts(client, r.date);
    facts.average_daily_assets = r.average_daily_assets;
    add(r.date, computed_tier(policy, facts));
    last_reading = r.date;
  }
  // Today's figure: from the day after the last reading when it differs from
  // it (a change the history did not date), else it is that reading's.
  add(last_reading ? last_reading->plus_days(1) : kDistantPast, computed_tier(policy, tier_facts(client, as_of)));
  if (client.tier_override) add(client.tier_override->approved_on, client.tier_override->tier);
  return TierTimeline(std::move(spans));
}

}  // namespace rm
