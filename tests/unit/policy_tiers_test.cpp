#include <catch_amalgamated.hpp>

#include "core/policy/policy_presets.h"

using namespace rm;

namespace {

std::string tier_of(const Policy& p, Fen assets) { return computed_tier(p.tiers, {.average_daily_assets = assets}); }

// One fen below a yuan amount: 999,999.99 for 1,000,000.
Fen just_below(int64_t whole_yuan) { return yuan(whole_yuan) - 1; }

}  // namespace

TEST_CASE("Bank A tiers: A < 1M, B 1M–3M, C >= 3M, lower bounds inclusive") {
  const Policy p = bank_a_policy();
  CHECK(tier_of(p, 0) == "A");
  CHECK(tier_of(p, just_below(1'000'000)) == "A");
  CHECK(tier_of(p, yuan(1'000'000)) == "B");
  CHECK(tier_of(p, just_below(3'000'000)) == "B");
  CHECK(tier_of(p, yuan(3'000'000)) == "C");
  CHECK(tier_of(p, yuan(50'000'000)) == "C");
  CHECK(find_tier(p.tiers, "B")->service_model_en.find("1+1") != std::string::npos);
  CHECK(find_tier(p.tiers, "C")->service_model_en.find("1+1+1") != std::string::npos);
}

TEST_CASE("Bank B tiers: Gold 100k–1M, Platinum 1M–5M, Diamond >= 5M, with approval levels") {
  const Policy p = bank_b_policy();
  CHECK(tier_of(p, just_below(100'000)).empty());
  CHECK(tier_of(p, yuan(100'000)) == "gold");
  CHECK(tier_of(p, just_below(1'000'000)) == "gold");
  CHECK(tier_of(p, yuan(1'000'000)) == "platinum");
  CHECK(tier_of(p, just_below(5'000'000)) == "platinum");
  CHECK(tier_of(p, yuan(5'000'000)) == "diamond");
  CHECK(find_tier(p.tiers, "gold")->approval_level_en == "Branch head");
  CHECK(find_tier(p.tiers, "platinum")->approval_level_en == "Tier-2 branch");
  CHECK(find_tier(p.tiers, "diamond")->approval_level_en == "Tier-1 branch");
}

TEST_CASE("Bank C segments by assets") {
  const Policy p = bank_c_policy();
  CHECK(tier_of(p, just_below(50'000)) == "ordinary");
  CHECK(tier_of(p, yuan(50'000)) == "gold_card");
  CHECK(tier_of(p, just_below(200'000)) == "gold_card");
  CHECK(tier_of(p, yuan(200'000)) == "mid");
  CHECK(tier_of(p, just_below(1'000'000)) == "mid");
  CHECK(tier_of(p, yuan(1'000'000)) == "high_end");
  CHECK(tier_of(p, just_below(10'000'000)) == "high_end");
  CHECK(tier_of(p, yuan(10'000'000)) == "private_banking");
}

TEST_CASE("Bank C potential: under 50,000, university, aged 16–28 inclusive") {
  const Policy p = bank_c_policy();
  TierFacts f{.average_daily_assets = yuan(10'000), .age = 16, .university_educated = true};
  CHECK(computed_tier(p.tiers, f) == "potential");
  f.age = 28;
  CHECK(computed_tier(p.tiers, f) == "potential");
  f.age = 29;
  CHECK(computed_tier(p.tiers, f) == "ordinary");
  f.age = 15;
  CHECK(computed_tier(p.tiers, f) == "ordinary");
  f.age = 22;
  f.university_educated = false;
  CHECK(computed_tier(p.tiers, f) == "ordinary");
  f.university_educated = true;
  f.age.reset();  // unknown age cannot meet an age condition
  CHECK(computed_tier(p.tiers, f) == "ordinary");
  f.age = 22;
  f.average_daily_assets = yuan(50'000);
  CHECK(computed_tier(p.tiers, f) == "gold_card");
}

TEST_CASE("Bank C potential VIP: qualifies only when assets elsewhere are counted") {
  const Policy p = bank_c_policy();
  TierFacts f{.average_daily_assets = yuan(150'000), .assets_elsewhere = yuan(50'000)};
  CHECK(computed_tier(p.tiers, f) == "potential_vip");
  f.assets_elsewhere = just_below(50'000);
  CHECK(computed_tier(p.tiers, f) == "gold_card");
  f.assets_elsewhere = yuan(5'000'000);
  f.average_daily_assets = yuan(200'000);  // already a quality client here
  CHECK(computed_tier(p.tiers, f) == "mid");
}

TEST_CASE("Blank preset has no tiers and no rules") {
  const Policy p = blank_policy();
  CHECK(p.tiers.tiers.empty());
  CHECK(p.contacts.rules.empty());
  CHECK(tier_of(p, yuan(9'000'000)).empty());
  CHECK(preset_policies().size() == 4);
}

TEST_CASE("A manual override wins and is reported with its approval") {
  const Policy p = bank_b_policy();
  const TierFacts f{.average_daily_assets = yuan(800'000)};
  const TierAssignment plain = assign_tier(p.tiers, f);
  CHECK(plain.tier == "gold");
  CHECK(plain.computed_tier == "gold");
  CHECK_FALSE(plain.override_applied);

  const TierOverride manual{"platinum", "supervisor-7", Date::from_ymd(2024, 5, 6), "family assets moving in"};
  const TierAssignment over = assign_tier(p.tiers, f, manual);
  CHECK(over.tier == "platinum");
  CHECK(over.computed_tier == "gold");
  REQUIRE(over.override_applied);
  CHECK(over.override_applied->approved_by == "supervisor-7");
  CHECK(over.override_applied->approved_on == Date::from_ymd(2024, 5, 6));
}
