#include <catch_amalgamated.hpp>

#include "core/policy/policy_presets.h"

using namespace rm;

TEST_CASE("tier_facts: a client's assets, age on the given day and education") {
  Client c;
  c.average_daily_assets = yuan(30'000);
  c.assets_elsewhere = yuan(180'000);
  c.birthday = Date::from_ymd(2000, 6, 15);
  c.education = Education::bachelor;

  const TierFacts f = tier_facts(c, Date::from_ymd(2026, 6, 14));
  CHECK(f.average_daily_assets == yuan(30'000));
  CHECK(f.assets_elsewhere == yuan(180'000));
  REQUIRE(f.age.has_value());
  CHECK(*f.age == 25);  // the birthday is the next day
  CHECK(*tier_facts(c, Date::from_ymd(2026, 6, 15)).age == 26);
  CHECK(f.university_educated);

  c.education = Education::associate;
  CHECK_FALSE(tier_facts(c, Date::from_ymd(2026, 6, 14)).university_educated);
  c.education = Education::doctorate;
  CHECK(tier_facts(c, Date::from_ymd(2026, 6, 14)).university_educated);

  c.birthday.reset();
  CHECK_FALSE(tier_facts(c, Date::from_ymd(2026, 6, 14)).age.has_value());
}

TEST_CASE("tier_facts feeds Bank C's conditions on age, education and assets elsewhere") {
  const Policy p = bank_c_policy();
  Client c;
  c.average_daily_assets = yuan(30'000);
  c.birthday = Date::from_ymd(2004, 1, 1);
  c.education = Education::master;
  const Date today = Date::from_ymd(2026, 3, 1);
  CHECK(computed_tier(p.tiers, tier_facts(c, today)) == "potential");

  // Too old for the potential segment once the age is counted.
  c.birthday = Date::from_ymd(1990, 1, 1);
  CHECK(computed_tier(p.tiers, tier_facts(c, today)) == "ordinary");

  // Assets at other banks lift the client to the potential-VIP line.
  c.assets_elsewhere = yuan(170'000);
  CHECK(computed_tier(p.tiers, tier_facts(c, today)) == "potential_vip");
}
