// A Policy is one bank's rule set — tiers, contact rules, capacity — the unit the
// user picks from the presets, edits, and stores in the book. JSON in and out:
// reading validates every field and returns Problems with JSON paths; nothing
// throws out of here.
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "core/policy/capacity_policy.h"
#include "core/policy/contact_policy.h"
#include "core/policy/tier_policy.h"
#include "core/problem.h"

namespace rm {

struct Policy {
  std::string id;  // "bank_a", "bank_b", "bank_c", "blank", or a user's own
  std::string name_zh;
  std::string name_en;
  TierPolicy tiers;
  ContactPolicy contacts;
  CapacityPolicy capacity;
};

nlohmann::json policy_to_json(const Policy& policy);
// `path` prefixes every Problem's path ("policies[2].tiers[0].min_assets"). The
// Result carries the first problem in document order; validate_policy lists all
// the semantic ones of an already-typed Policy.
Result<Policy> policy_from_json(const nlohmann::json& j, const std::string& path = "policy");
// Only the form (types, codes, required fields), for a caller that runs
// validate_policy itself and explains its problems (the save_policy command).
Result<Policy> policy_shape_from_json(const nlohmann::json& j, const std::string& path = "policy");
Problems validate_policy(const Policy& policy, const std::string& path = "policy");

}  // namespace rm
