// Tier rules as data (docs/domain.md §1). A bank's tiering is a list the user can
// edit; code only knows how to match a client against it.
//
// Reading of the documents' ranges: "1,000,000 – 3,000,000" means the lower bound
// is included (the source writes "100 万(含)") and the upper bound excluded, so a
// client with exactly 1,000,000.00 CNY is in the higher tier and 999,999.99 in the
// lower. Every bound below is therefore [min_assets, max_assets).
//
// Matching: tiers are listed from lowest to highest. A client gets the LAST listed
// tier whose every condition holds — the highest tier they qualify for. This lets
// a narrower segment ("potential": < 50,000 and university-educated, 16–28) sit
// after the broad one it refines ("ordinary": < 50,000).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/model/client.h"
#include "core/money.h"

namespace rm {

struct TierRule {
  std::string code;     // stable id used in records and contact rules: "A", "gold"
  std::string name_zh;  // "白金卡客户"
  std::string name_en;  // "Platinum"
  Fen min_assets = 0;                // average daily assets at this bank, inclusive
  std::optional<Fen> max_assets;     // exclusive; empty = open-ended
  // Extra conditions, each ignored when empty/false.
  std::optional<Fen> min_combined_assets;  // assets here + at other banks, inclusive
  std::optional<int> min_age;              // whole years, inclusive
  std::optional<int> max_age;              // whole years, inclusive
  bool requires_university = false;        // bachelor's degree or above
  std::string approval_level_zh;  // who approves the tier: "支行负责人"
  std::string approval_level_en;  // "Branch head"
  std::string service_model_zh;   // "1+1（客户经理+网点销售主管）"
  std::string service_model_en;   // "1+1 (manager + branch sales lead)"
};

struct TierPolicy {
  // What "average daily assets" means under this bank's rules, for the UI:
  // "this year's average daily financial assets" (Bank A) or "over the previous
  // 12 months" (Bank B). Computing the average is the caller's business.
  std::string basis_zh;
  std::string basis_en;
  std::vector<TierRule> tiers;  // lowest first
};

// The facts tiering may look at. Conditions that need a fact the caller does not
// know (age, education) are treated as not met.
struct TierFacts {
  Fen average_daily_assets = 0;  // at this bank
  Fen assets_elsewhere = 0;      // declared assets at other banks
  std::optional<int> age{};
  bool university_educated = false;
};

// A manual tier (TierOverride, core/model/client.h: tier, approved_by,
// approved_on, reason) wins over the computed tier and is reported as such:
// docs/domain.md §1 has each tier approved by a named level.
struct TierAssignment {
  std::string tier;           // effective tier code; empty = below every tier
  std::string computed_tier;  // what the rules alone give
  std::optional<TierOverride> override_applied;  // set when the override won
};

// What CLIENT's record says for tiering on AS_OF (the day the age is counted
// on). Every screen, report and planner derives facts here, so a rule that
// starts looking at another field changes all of them at once.
TierFacts tier_facts(const Client& client, Date as_of);

bool tier_matches(const TierRule& rule, const TierFacts& facts);
// The highest qualifying tier's code, or empty when none applies.
std::string computed_tier(const TierPolicy& policy, const TierFacts& facts);
TierAssignment assign_tier(const TierPolicy& policy, const TierFacts& facts,
                           const std::optional<TierOverride>& manual = std::nullopt);
const TierRule* find_tier(const TierPolicy& policy, const std::string& code);

}  // namespace rm
