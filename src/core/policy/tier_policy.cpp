#include "core/policy/tier_policy.h"

namespace rm {

TierFacts tier_facts(const Client& client, Date as_of) {
  TierFacts facts;
  facts.average_daily_assets = client.average_daily_assets;
  facts.assets_elsewhere = client.assets_elsewhere;
  if (client.birthday) facts.age = whole_years_between(*client.birthday, as_of);
  facts.university_educated = client.education >= Education::bachelor;
  return facts;
}

bool tier_matches(const TierRule& rule, const TierFacts& facts) {
  if (facts.average_daily_assets < rule.min_assets) return false;
  if (rule.max_assets && facts.average_daily_assets >= *rule.max_assets) return false;
  if (rule.min_combined_assets &&
      add_money(facts.average_daily_assets, facts.assets_elsewhere) < *rule.min_combined_assets)
    return false;
  if ((rule.min_age || rule.max_age) && !facts.age) return false;
  if (rule.min_age && *facts.age < *rule.min_age) return false;
  if (rule.max_age && *facts.age > *rule.max_age) return false;
  if (rule.requires_university && !facts.university_educated) return false;
  return true;
}

std::string computed_tier(const TierPolicy& policy, const TierFacts& facts) {
  std::string best;
  for (const TierRule& rule : policy.tiers)
    if (tier_matches(rule, facts)) best = rule.code;
  return best;
}

TierAssignment assign_tier(const TierPolicy& policy, const TierFacts& facts,
                           const std::optional<TierOverride>& manual) {
  TierAssignment out;
  out.computed_tier = computed_tier(policy, facts);
  out.tier = out.computed_tier;
  if (manual) {
    out.tier = manual->tier;
    out.override_applied = manual;
  }
  return out;
}

const TierRule* find_tier(const TierPolicy& policy, const std::string& code) {
  for (const TierRule& rule : policy.tiers)
    if (rule.code == code) return &rule;
  return nullptr;
}

}  // namespace rm
