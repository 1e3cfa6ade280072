// The suitability check run before a product is offered (docs/domain.md §5). It
// never stops at the first problem: the manager sees every reason at once, in
// both languages, so one conversation can fix them all.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/model/client.h"  // LiquidityNeed
#include "core/model/product.h"
#include "core/model/risk_assessment.h"
#include "core/money.h"
#include "core/risk/assessment_validity.h"

namespace rm {

struct SuitabilityFacts {
  std::optional<RiskAssessment> assessment;  // the latest one, if any
  bool derivatives_experience = false;       // Client::derivatives_experience
  std::vector<LiquidityNeed> liquidity_needs;  // Client::liquidity_needs
  std::optional<Date> last_recommendation;
  bool situation_changed = false;
  AssessmentTiming timing;
};

enum class RefusalReason {
  no_valid_assessment,            // never assessed, or expired
  reassessment_due,               // > 6 months since the last recommendation, or situation changed
  risk_above_level,               // product R-level above the client's C-level
  derivatives_without_experience, // derivative-linked, client without experience
  term_past_liquidity_need,       // the product's term runs past money needed soon
};

struct Refusal {
  RefusalReason reason = RefusalReason::no_valid_assessment;
  std::string message_zh;
  std::string message_en;
};

struct SuitabilityVerdict {
  std::vector<Refusal> refusals;  // in the order of RefusalReason; one per liquidity need
  bool allowed() const { return refusals.empty(); }
  bool refused_for(RefusalReason r) const;
};

// A product bought `today` with term_days > 0 matures on today + term_days; a
// need dated on or after today and before that day is money locked up when the
// client needs it (a need on the maturity day itself is met). Open-ended
// products (term_days 0) never conflict. The risk level is compared with the
// latest assessment even when it has expired, so that reason is not hidden.
SuitabilityVerdict check_suitability(const SuitabilityFacts& client, const Product& product, Date today);

std::string_view liquidity_purpose_zh(LiquidityPurpose p);
std::string_view liquidity_purpose_en(LiquidityPurpose p);

}  // namespace rm
