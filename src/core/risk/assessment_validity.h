// When a client's risk assessment may be relied on (docs/domain.md §2, §5):
//  - an assessment is required before the first product recommendation;
//  - it is valid one year: assessed on 2024-03-10, it is valid through
//    2025-03-09 and expired from 2025-03-10 (date + 12 months) on;
//  - it must be redone when more than six months have passed since the last
//    recommendation (today > last recommendation + 6 months) unless it was made
//    after that recommendation;
//  - it must be redone when the client's situation changes.
#pragma once
#include <optional>
#include <string_view>

#include "core/civil_date.h"

namespace rm {

struct AssessmentTiming {
  int valid_months = 12;
  int recommendation_gap_months = 6;
};

// The last day the assessment is valid (what RiskAssessment::valid_until holds).
Date assessment_valid_until(Date assessed, const AssessmentTiming& timing = {});
bool assessment_valid(Date assessed, Date today, const AssessmentTiming& timing = {});

enum class ReassessmentReason {
  none,
  never_assessed,      // before the first recommendation
  expired,             // older than valid_months
  recommendation_gap,  // > recommendation_gap_months since the last recommendation
  situation_changed,
};

std::string_view reassessment_code(ReassessmentReason r);
std::string_view reassessment_message_zh(ReassessmentReason r);
std::string_view reassessment_message_en(ReassessmentReason r);

// The first reason that applies, in the order of the enum.
ReassessmentReason needs_reassessment(Date today, std::optional<Date> last_assessment,
                                      std::optional<Date> last_recommendation,
                                      bool situation_changed = false,
                                      const AssessmentTiming& timing = {});

}  // namespace rm
