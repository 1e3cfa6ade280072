#include "core/risk/suitability.h"

#include <algorithm>

namespace rm {
namespace {

Refusal refusal(RefusalReason reason, std::string zh, std::string en) {
  return {reason, std::move(zh), std::move(en)};
}

}  // namespace

bool SuitabilityVerdict::refused_for(RefusalReason r) const {
  return std::any_of(refusals.begin(), refusals.end(), [r](const Refusal& x) { return x.reason == r; });
}

std::string_view liquidity_purpose_zh(LiquidityPurpose p) {
  switch (p) {
    case LiquidityPurpose::house: return "购房";
    case LiquidityPurpose::study_abroad: return "出国留学";
    case LiquidityPurpose::hospital: return "就医";
    case LiquidityPurpose::other: return "其他用款";
  }
  return {};
}

std::string_view liquidity_purpose_en(LiquidityPurpose p) {
  switch (p) {
    case LiquidityPurpose::house: return "buying a home";
    case LiquidityPurpose::study_abroad: return "study abroad";
    case LiquidityPurpose::hospital: return "hospital";
    case LiquidityPurpose::other: return "other spending";
  }
  return {};
}

SuitabilityVerdict check_suitability(const SuitabilityFacts& client, const Product& product, Date today,
                                     Fen amount) {
  SuitabilityVerdict v;
  const std::optional<Date> assessed =
      client.assessment ? std::optional<Date>(client.assessment->date) : std::nullopt;
  const ReassessmentReason due = needs_reassessment(today, assessed, client.last_recommendation,
                                                    client.situation_changed, client.timing);
  if (due == ReassessmentReason::never_assessed || due == ReassessmentReason::expired)
    v.refusals.push_back(refusal(RefusalReason::no_valid_assessment,
                                 std::string("无有效风险测评：") + std::string(reassessment_message_zh(due)),
                                 std::string("No valid risk assessment: ") +
                                     std::string(reassessment_message_en(due))));
  else if (due != ReassessmentReason::none)
    v.refusals.push_back(refusal(RefusalReason::reassessment_due, std::string(reassessment_message_zh(due)),
                                 std::string(reassessment_message_en(due))));

  // docs/domain.md §5: the client signs the assessment in person; one taken
  // any other way cannot support a recommendation.
  if (client.assessment && !client.assessment->signed_in_person)
    v.refusals.push_back(refusal(RefusalReason::assessment_not_signed,
                                 "风险测评未经客户本人亲自签署，须由客户本人签署后方可推荐产品",
                                 "The risk assessment was not signed by the client in person: it must be before "
                                 "a product is recommended"));

  if (client.assessment && !within_risk_level(product.risk, client.assessment->level)) {
    const std::string r(risk_code(product.risk));
    const std::string c(risk_code(client.assessment->level));
    v.refusals.push_back(refusal(RefusalReason::risk_above_level,
                                 "产品风险等级 " + r + " 高于客户风险等级 " + c,
                                 "Product risk " + r + " is above the client's risk level " + c));
  }

  if (product.derivative_linked && !client.derivatives_experience)
    v.refusals.push_back(refusal(RefusalReason::derivatives_without_experience,
                                 "客户无衍生品投资经验，不得推荐挂钩衍生品的产品",
                                 "Derivative-linked product for a client without derivatives experience"));

  // Money in a fixed-term product comes back at maturity; in an open-ended
  // one, `redemption_days` after it is redeemed (T+N): a need before then
  // must be paid from outside the product (docs/domain.md §5, "Liquidity").
  const bool open_ended = product.term_days <= 0;
  const int locked_days = open_ended ? product.redemption_days : product.term_days;
  if (locked_days > 0) {
    const Date maturity = today.plus_days(locked_days);
    std::vector<LiquidityNeed> due;
    for (const LiquidityNeed& need : client.liquidity_needs)
      if (need.date >= today && need.date < maturity) due.push_back(need);
    std::stable_sort(due.begin(), due.end(), [](const LiquidityNeed& a, const LiquidityNeed& b) { return a.date < b.date; });
    const Fen outside = std::max<Fen>(0, sub_money(client.liquid_assets, std::max<Fen>(0, amount)));
    Fen needed = 0;
    bool unknown = false;
    for (const LiquidityNeed& need : due) {
      needed = add_money(needed, std::max<Fen>(0, need.amount));
      unknown = unknown || need.amount <= 0;
      if (!unknown && needed <= outside) continue;
      const std::string zh_when = open_ended ? "产品赎回需 " + std::to_string(locked_days) + " 天到账（今日赎回 " +
                                                   maturity.iso() + " 到账）"
                                             : "产品 " + maturity.iso() + " 到期";
      const std::string en_when = open_ended ? "Redeemed today, the money arrives on " + maturity.iso() + " (T+" +
                                                   std::to_string(locked_days) + ")"
                                             : "The product matures on " + maturity.iso();
      v.refusals.push_back(refusal(
          RefusalReason::term_past_liquidity_need,
          zh_when + "，晚于客户" + std::string(liquidity_purpose_zh(need.purpose)) +
              "用款日 " + need.date.iso() + "；" + (open_ended ? "到账前" : "到期前") + "需用款 ¥" + format_yuan(needed) + "，产品外可用流动资产 ¥" +
              format_yuan(outside),
          en_when + ", after the client needs money for " +
              std::string(liquidity_purpose_en(need.purpose)) + " on " + need.date.iso() + "; ¥" +
              format_yuan(needed) + " is needed before " + (open_ended ? "then" : "maturity") + " and ¥" + format_yuan(outside) +
              " of liquid assets is left outside the product"));
    }
    if (!due.empty()) v.amount_cap = unknown ? 0 : std::max<Fen>(0, sub_money(client.liquid_assets, needed));
  }
  return v;
}

}  // namespace rm
