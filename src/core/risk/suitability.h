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
  // Money the client can draw at once (deposits, money-market funds: docs/domain.md
  // §4 "liquid assets"); 0 when not known, so every need falls on the product.
  Fen liquid_assets = 0;
};

enum class RefusalReason {
  no_valid_assessment,            // never assessed, or expired
  reassessment_due,               // > 6 months since the last recommendation, or situation changed
  assessment_not_signed,          // the assessment was not signed by the client in person
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
  // With a need before the product matures: the most that may go into the
  // product and still leave the liquid assets those needs take (0 when none).
  std::optional<Fen> amount_cap;
  bool allowed() const { return refusals.empty(); }
  bool refused_for(RefusalReason r) const;
};

// A product bought `today` with term_days > 0 matures on today + term_days; a
// need dated on or after today and before that day must be paid from the liquid
// assets left outside the product (liquid_assets − amount; `amount` 0 = not yet
// chosen, the smallest purchase). Each such need, in date order, is refused when
// it and the earlier ones exceed what is left (a need on the maturity day itself
// is met; a need of unknown amount, 0, is refused as all of it may be needed).
// An open-ended product (term_days 0) pays out `redemption_days` after it is
// redeemed (T+N): the same check runs up to that day; with no delay it never
// conflicts. An assessment not signed by the client in person supports no
// recommendation (docs/domain.md §5). The risk level is compared
// with the latest assessment even when it has expired, so that reason is not
// hidden.
SuitabilityVerdict check_suitability(const SuitabilityFacts& client, const Product& product, Date today,
                                     Fen amount = 0);

std::string_view liquidity_purpose_zh(LiquidityPurpose p);
std::string_view liquidity_purpose_en(LiquidityPurpose p);

}  // namespace rm
