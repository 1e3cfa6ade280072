// A completed risk questionnaire (风险测评): the record a suitability check
// relies on. The questions and scoring live in core/risk; this keeps what the
// client answered and what it gave. docs/domain.md §5: signed in person, valid one
// year, redone when the client's situation changes.
#pragma once
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/model/record_meta.h"
#include "core/risk/risk_profile.h"

namespace rm {

struct RiskAssessment {
  RecordMeta meta;
  RecordId client_id;
  RecordId manager_id;
  std::string questionnaire_id;  // which questionnaire version was used
  std::vector<int> answers;      // chosen option index per question
  int score = 0;
  RiskLevel level = RiskLevel::C1;
  Date date;
  Date valid_until;
  bool signed_in_person = false;
};

}  // namespace rm
