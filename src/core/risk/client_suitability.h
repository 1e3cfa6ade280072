// What the suitability check and the reassessment rule read about one client
// of a book, gathered in one place so the 360° Risk tab, the planner and the
// commands agree (docs/domain.md §5, "Reassessment").
#pragma once
#include <optional>
#include <string_view>

#include "core/civil_date.h"
#include "core/model/book.h"
#include "core/risk/suitability.h"

namespace rm {

// The client's latest assessment dated on or before AS_OF, or nullptr.
const RiskAssessment* latest_assessment(const Book& book, const BookIndex& index, uint32_t client, Date as_of);

// The last recommendation: the latest opportunity that reached the proposal
// step (a product was put to the client) and has closed, won or lost, dated
// by when it was opened. An open one at proposal or presentation is the
// recommendation pending, not the last one.
std::optional<Date> last_recommendation(const Book& book, const BookIndex& index, uint32_t client);
bool recommendation_pending(const Book& book, const BookIndex& index, uint32_t client);

// A change in the client's situation after SINCE that asks whether the risk
// assessment still holds: income, the spouse's income, occupation or marital
// status edited after it (their field stamps), or a large outflow — a reading
// of the assets at least kLargeOutflowPercent below the one before it.
inline constexpr int kLargeOutflowPercent = 30;
struct SituationChange {
  std::string_view what;  // "annual_income", "occupation", "marital_status", "spouse_annual_income", "asset_outflow"
  Date date;
};
std::optional<SituationChange> situation_change_since(const Client& client, Date since);

// A fall from BEFORE to AFTER of at least kLargeOutflowPercent.
bool is_large_outflow(Fen before, Fen after);

// The first reading after SINCE that fell at least kLargeOutflowPercent below
// the figure before it (the previous reading), with that figure.
struct AssetFall {
  Date date;
  Fen before = 0;
  Fen after = 0;
};
std::optional<AssetFall> large_outflow_since(const Client& client, Date since);

// Every fact check_suitability needs, as of TODAY.
SuitabilityFacts suitability_facts(const Book& book, const BookIndex& index, uint32_t client, Date today);

}  // namespace rm
