#include "core/model/book_stats.h"

#include "core/finance/household_ratios.h"
#include "core/policy/policy_presets.h"
#include "core/policy/tier_policy.h"
#include "core/risk/assessment_validity.h"

namespace rm {

namespace {
void count(RatioCounts& c, RatioVerdict v) {
  c.unhealthy += v == RatioVerdict::unhealthy;
  c.undefined += v == RatioVerdict::undefined;
}

nlohmann::ordered_json ratio_json(const RatioCounts& c) {
  return {{"unhealthy", c.unhealthy}, {"undefined", c.undefined}};
}
}  // namespace

const Policy* find_preset_policy(const std::string& id) {
  static const std::vector<Policy> presets = preset_policies();
  for (const Policy& p : presets)
    if (p.id == id) return &p;
  return nullptr;
}

const Policy* find_policy(const Book& book, const std::string& id) {
  for (const Policy& p : book.settings.policies)
    if (p.id == id) return &p;
  return find_preset_policy(id);
}

const Policy& active_policy(const Book& book) {
  if (const Policy* p = find_policy(book, book.settings.active_policy_id)) return *p;
  return *find_preset_policy("bank_a");
}

BookStats book_stats(const Book& book, const Policy& policy, Date as_of) {
  BookStats s;
  s.as_of = as_of;
  s.policy_id = policy.id;
  s.records = record_count(book);
  for_each_record_vector(book, [&](const auto& v) {
    for (const auto& r : v) s.tombstones += r.meta.deleted;
  });
  for (const TierRule& t : policy.tiers.tiers) s.tiers.push_back({t.code, t.name_zh, t.name_en, 0, 0, 0});
  s.tiers.push_back({"", "未达分层标准", "Below every tier", 0, 0, 0});

  const BookIndex index(book);
  for (uint32_t i = 0; i < book.clients.size(); ++i) {
    const Client& c = book.clients[i];
    if (c.meta.deleted) continue;
    ++s.clients;
    s.demo_clients += c.meta.demo;
    const TierAssignment tier = assign_tier(policy.tiers, tier_facts(c, as_of), c.tier_override);
    TierCount* slot = &s.tiers.back();
    for (TierCount& t : s.tiers)
      if (!tier.tier.empty() && t.code == tier.tier) slot = &t;
    ++slot->clients;
    slot->overridden += tier.override_applied.has_value();
    slot->assets = add_money(slot->assets, c.average_daily_assets);  // a book's total can pass int64

    const RiskAssessment* latest = nullptr;
    for (uint32_t k : index.assessments_of(i)) {
      const RiskAssessment& a = book.risk_assessments[k];
      if (!a.meta.deleted && (!latest || latest->date < a.date)) latest = &a;
    }
    if (!latest) {
      ++s.clients_never_assessed;
    } else {
      ++s.clients_assessed;
      s.assessments_expired += !assessment_valid(latest->date, as_of);
    }
  }
  for (const Household& h : book.households) {
    if (h.meta.deleted) continue;
    ++s.households;
    const HouseholdRatios r = household_ratios(h.balance_sheet, h.income_statement);
    count(s.solvency, r.solvency_verdict);
    count(s.debt, r.debt_verdict);
    count(s.debt_to_income, r.debt_to_income_verdict);
    count(s.liquidity, r.liquidity_verdict);
    s.households_with_unhealthy_ratio += r.unhealthy_count() > 0;
  }
  const Date horizon = as_of.plus_days(30);
  for (const Holding& h : book.holdings)
    s.holdings_maturing_30_days += !h.meta.deleted && h.maturity && *h.maturity >= as_of && *h.maturity <= horizon;
  for (const Opportunity& o : book.opportunities)
    s.open_opportunities += !o.meta.deleted && o.status == OpportunityStatus::open;
  return s;
}

nlohmann::ordered_json book_stats_json(const BookStats& s) {
  using J = nlohmann::ordered_json;
  J tiers = J::array();
  for (const TierCount& t : s.tiers) {
    tiers.push_back({{"tier", t.code.empty() ? J(nullptr) : J(t.code)},
                     {"name_zh", t.name_zh},
                     {"name_en", t.name_en},
                     {"clients", t.clients},
                     {"overridden", t.overridden},
                     {"average_daily_assets_fen", t.assets}});
  }
  return {
      {"as_of", s.as_of.iso()},
      {"policy", s.policy_id},
      {"records", s.records},
      {"tombstones", s.tombstones},
      {"clients", s.clients},
      {"demo_clients", s.demo_clients},
      {"tiers", std::move(tiers)},
      {"households", s.households},
      {"ratios_out_of_range",
       {{"solvency", ratio_json(s.solvency)},
        {"debt", ratio_json(s.debt)},
        {"debt_to_income", ratio_json(s.debt_to_income)},
        {"liquidity", ratio_json(s.liquidity)},
        {"households_with_any", s.households_with_unhealthy_ratio}}},
      {"risk_assessments",
       {{"clients_assessed", s.clients_assessed},
        {"clients_never_assessed", s.clients_never_assessed},
        {"expired", s.assessments_expired}}},
      {"holdings_maturing_30_days", s.holdings_maturing_30_days},
      {"open_opportunities", s.open_opportunities},
  };
}

}  // namespace rm
