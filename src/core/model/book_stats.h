// A book summarised for `rmplanner stats` and the supervisor's overview:
// clients per tier under a policy, household ratios outside their healthy
// range (docs/domain.md §4), and risk assessments that have lapsed (§5). Derived
// figures only; nothing here is stored.
#pragma once
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/model/book.h"
#include "core/policy/policy.h"

namespace rm {

struct TierCount {
  std::string code;  // empty: below every tier of the policy
  std::string name_zh, name_en;
  int64_t clients = 0;
  int64_t overridden = 0;  // of which by an approved manual tier
  Fen assets = 0;          // their average daily assets, summed
};

struct RatioCounts {
  int64_t unhealthy = 0;
  int64_t undefined = 0;  // no figures to judge by (no assets, no income)
};

struct BookStats {
  Date as_of;
  std::string policy_id;
  int64_t records = 0;
  int64_t tombstones = 0;
  int64_t clients = 0;  // live
  int64_t demo_clients = 0;
  std::vector<TierCount> tiers;  // the policy's tiers, lowest first, then "below every tier"
  int64_t households = 0;        // live
  RatioCounts solvency, debt, debt_to_income, liquidity;
  int64_t households_with_unhealthy_ratio = 0;
  int64_t clients_assessed = 0;        // with at least one risk assessment
  int64_t clients_never_assessed = 0;
  int64_t assessments_expired = 0;     // clients whose latest assessment has lapsed
  int64_t holdings_maturing_30_days = 0;
  int64_t open_opportunities = 0;
};

BookStats book_stats(const Book& book, const Policy& policy, Date as_of);
nlohmann::ordered_json book_stats_json(const BookStats& stats);

// The policy a book names, among the shipped presets; nullptr if unknown.
const Policy* find_preset_policy(const std::string& id);
// ID among the book's own policies (Settings::policies), then the presets.
const Policy* find_policy(const Book& book, const std::string& id);
// The policy the book runs under: its active one, Bank A when unset or
// unknown (docs/domain.md, "Policies").
const Policy& active_policy(const Book& book);

}  // namespace rm
