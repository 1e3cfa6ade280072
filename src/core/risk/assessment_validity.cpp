#include "core/risk/assessment_validity.h"

namespace rm {

Date assessment_valid_until(Date assessed, const AssessmentTiming& timing) {
  return assessed.plus_months(timing.valid_months).plus_days(-1);
}

bool assessment_valid(Date assessed, Date today, const AssessmentTiming& timing) {
  return today >= assessed && today <= assessment_valid_until(assessed, timing);
}

std::string_view reassessment_code(ReassessmentReason r) {
  switch (r) {
    case ReassessmentReason::none: return "none";
    case ReassessmentReason::never_assessed: return "never_assessed";
    case ReassessmentReason::expired: return "expired";
    case ReassessmentReason::recommendation_gap: return "recommendation_gap";
    case ReassessmentReason::situation_changed: return "situation_changed";
  }
  return {};
}

std::string_view reassessment_message_zh(ReassessmentReason r) {
  switch (r) {
    case ReassessmentReason::none: return "风险测评有效";
    case ReassessmentReason::never_assessed: return "首次推荐产品前须完成风险测评";
    case ReassessmentReason::expired: return "风险测评已超过一年有效期";
    case ReassessmentReason::recommendation_gap: return "距上次推荐已超过六个月，须重新测评";
    case ReassessmentReason::situation_changed: return "客户情况发生变化，须重新测评";
  }
  return {};
}

std::string_view reassessment_message_en(ReassessmentReason r) {
  switch (r) {
    case ReassessmentReason::none: return "The risk assessment is valid";
    case ReassessmentReason::never_assessed:
      return "A risk assessment is required before the first recommendation";
    case ReassessmentReason::expired: return "The risk assessment is more than one year old";
    case ReassessmentReason::recommendation_gap:
      return "More than six months since the last recommendation: assess again";
    case ReassessmentReason::situation_changed:
      return "The client's situation has changed: assess again";
  }
  return {};
}

ReassessmentReason needs_reassessment(Date today, std::optional<Date> last_assessment,
                                      std::optional<Date> last_recommendation, bool situation_changed,
                                      const AssessmentTiming& timing) {
  if (!last_assessment) return ReassessmentReason::never_assessed;
  if (!assessment_valid(*last_assessment, today, timing)) return ReassessmentReason::expired;
  if (last_recommendation && *last_assessment <= *last_recommendation &&
      today > last_recommendation->plus_months(timing.recommendation_gap_months))
    return ReassessmentReason::recommendation_gap;
  if (situation_changed) return ReassessmentReason::situation_changed;
  return ReassessmentReason::none;
}

}  // namespace rm
