#include <catch_amalgamated.hpp>

#include <nlohmann/json.hpp>

#include "core/policy/policy_presets.h"

using namespace rm;
using nlohmann::json;

TEST_CASE("Every preset validates and round-trips through JSON unchanged") {
  for (const Policy& p : preset_policies()) {
    INFO(p.id);
    CHECK(validate_policy(p).empty());
    const json j = policy_to_json(p);
    Result<Policy> back = policy_from_json(j);
    REQUIRE(back.ok());
    CHECK(policy_to_json(back.value()).dump() == j.dump());
  }
}

TEST_CASE("Reading reports the path of a wrong type") {
  json j = policy_to_json(bank_a_policy());
  j["tiers"]["tiers"][1]["min_assets"] = "a lot";
  Result<Policy> r = policy_from_json(j, "policies[0]");
  REQUIRE_FALSE(r.ok());
  CHECK(r.problem().code == "wrong_type");
  CHECK(r.problem().path == "policies[0].tiers.tiers[1].min_assets");
  CHECK_FALSE(r.problem().message_zh.empty());
}

TEST_CASE("Reading reports unknown codes, missing ids and bad structure") {
  json j = policy_to_json(bank_b_policy());
  j["contacts"]["rules"][2]["period"] = "fortnight";
  Result<Policy> r = policy_from_json(j);
  REQUIRE_FALSE(r.ok());
  CHECK(r.problem().code == "unknown_value");
  CHECK(r.problem().path == "policy.contacts.rules[2].period");

  j = policy_to_json(bank_b_policy());
  j["contacts"]["rules"][0].erase("id");
  r = policy_from_json(j);
  REQUIRE_FALSE(r.ok());
  CHECK(r.problem().code == "missing_field");
  CHECK(r.problem().path == "policy.contacts.rules[0].id");

  r = policy_from_json(json::array());
  REQUIRE_FALSE(r.ok());
  CHECK(r.problem().path == "policy");

  j = policy_to_json(bank_a_policy());
  j["contacts"]["rules"] = 7;
  r = policy_from_json(j);
  REQUIRE_FALSE(r.ok());
  CHECK(r.problem().path == "policy.contacts.rules");
}

TEST_CASE("Validation catches inconsistent rules") {
  Policy p = bank_a_policy();
  p.tiers.tiers[1].max_assets = p.tiers.tiers[1].min_assets;
  Problems problems = validate_policy(p);
  REQUIRE_FALSE(problems.empty());
  CHECK(problems.front().path == "policy.tiers.tiers[1].max_assets");

  p = bank_a_policy();
  p.contacts.rules[0].tiers.push_back("Z");
  problems = validate_policy(p);
  REQUIRE(problems.size() == 1);
  CHECK(problems.front().code == "unknown_tier");
  CHECK(problems.front().path == "policy.contacts.rules[0].tiers[1]");

  p = bank_a_policy();
  p.contacts.rules.push_back(p.contacts.rules[0]);
  problems = validate_policy(p);
  REQUIRE(problems.size() == 1);
  CHECK(problems.front().code == "duplicate_id");

  p = bank_a_policy();
  p.contacts.rules[0].alternatives = {ContactCounts{}};
  problems = validate_policy(p);
  REQUIRE(problems.size() == 1);
  CHECK(problems.front().path == "policy.contacts.rules[0].alternatives[0]");

  p = bank_a_policy();
  p.contacts.rules[0].event = TriggerEvent::birthday;  // a yearly rule cannot have an event
  problems = validate_policy(p);
  REQUIRE(problems.size() == 1);
  CHECK(problems.front().path == "policy.contacts.rules[0].event");
}

TEST_CASE("An edited preset is read back with its edits") {
  json j = policy_to_json(bank_a_policy());
  j["tiers"]["tiers"][0]["max_assets"] = yuan(800'000);
  j["tiers"]["tiers"][1]["min_assets"] = yuan(800'000);
  Result<Policy> r = policy_from_json(j);
  REQUIRE(r.ok());
  CHECK(computed_tier(r->tiers, {.average_daily_assets = yuan(800'000)}) == "B");
  CHECK_FALSE(r->tiers.tiers[2].max_assets.has_value());
}
