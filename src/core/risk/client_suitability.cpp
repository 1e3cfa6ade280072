#include "core/risk/client_suitability.h"

#include "core/finance/household_finance.h"
#include "core/money.h"
#include "core/planner/planner_context.h"  // china_date_of_ms

namespace rm {

const RiskAssessment* latest_assessment(const Book& book, const BookIndex& index, uint32_t client, Date as_of) {
  const RiskAssessment* best = nullptr;
  for (const uint32_t i : index.assessments_of(client)) {
    const RiskAssessment& a = book.risk_assessments[i];
    if (a.meta.deleted || as_of < a.date) continue;
    if (!best || a.date >= best->date) best = &a;
  }
  return best;
}

std::optional<Date> last_recommendation(const Book& book, const BookIndex& index, uint32_t client) {
  std::optional<Date> last;
  for (const uint32_t i : index.opportunities_of(client)) {
    const Opportunity& o = book.opportunities[i];
    if (o.meta.deleted || o.step < SalesStep::proposal || o.status == OpportunityStatus::open) continue;
    if (!last || o.opened_on > *last) last = o.opened_on;
  }
  return last;
}

bool recommendation_pending(const Book& book, const BookIndex& index, uint32_t client) {
  for (const uint32_t i : index.opportunities_of(client)) {
    const Opportunity& o = book.opportunities[i];
    if (!o.meta.deleted && o.step >= SalesStep::proposal && o.status == OpportunityStatus::open) return true;
  }
  return false;
}

bool is_large_outflow(Fen before, Fen after) {
  // after <= before × (100 − p) / 100; amounts are at most kMaxAmount, so ×100 cannot overflow.
  return before > 0 && mul_money(after, 100) <= mul_money(before, 100 - kLargeOutflowPercent);
}

std::optional<AssetFall> large_outflow_since(const Client& client, Date since) {
  const std::vector<AssetReading>& h = client.asset_history;
  for (size_t i = 1; i < h.size(); ++i) {
    if (!(since < h[i].date)) continue;
    const Fen before = h[i - 1].average_daily_assets;
    const Fen after = h[i].average_daily_assets;
    if (is_large_outflow(before, after)) return AssetFall{h[i].date, before, after};
  }
  return std::nullopt;
}

std::optional<SituationChange> situation_change_since(const Client& client, Date since) {
  std::optional<SituationChange> first;
  const auto consider = [&](std::string_view what, Date date) {
    if (since < date && (!first || date < first->date)) first = SituationChange{what, date};
  };
  // Only an edit after creation carries its own stamp: a field as it was
  // entered is not a change (docs/data-format.md, "Merge").
  for (const std::string_view field : {"annual_income", "spouse_annual_income", "occupation", "marital_status"})
    if (const FieldStamp* s = find_field_stamp(client.meta, field)) consider(field, china_date_of_ms(s->stamp.wall_ms));
  if (const auto fall = large_outflow_since(client, since)) consider("asset_outflow", fall->date);
  return first;
}

SuitabilityFacts suitability_facts(const Book& book, const BookIndex& index, uint32_t client, Date today) {
  const Client& c = book.clients[client];
  SuitabilityFacts facts;
  if (const RiskAssessment* a = latest_assessment(book, index, client, today)) {
    facts.assessment = *a;
    facts.situation_changed = situation_change_since(c, a->date).has_value();
  }
  facts.derivatives_experience = c.derivatives_experience;
  facts.liquidity_needs = c.liquidity_needs;
  // The household's deposits pay the needs a fixed-term product would lock up.
  const uint32_t h = c.household_id.empty() ? BookIndex::npos : index.household(c.household_id);
  if (h != BookIndex::npos && !book.households[h].meta.deleted)
    facts.liquid_assets = liquid_assets(book.households[h].balance_sheet);
  facts.last_recommendation = last_recommendation(book, index, client);
  return facts;
}

}  // namespace rm
