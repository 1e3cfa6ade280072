// The written financial plan for a client (理财规划书, docs/domain.md §4):
// quantified goals in priority order, the financial position, the
// protection analysis, the risk level, the recommendations and the date of
// the next review (at least yearly). The manager writes it; the supervisor
// reviews it like a communication report. Kept minimal: the texts of §4's
// sections as the manager writes them; the plan editor builds on this record.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/finance/financial_goal.h"
#include "core/model/codes.h"
#include "core/model/record_meta.h"
#include "core/model/reports.h"
#include "core/risk/risk_profile.h"

namespace rm {

// One quantified goal (docs/domain.md §4, "What the plan contains" 1).
struct PlanGoal {
  GoalKind kind = GoalKind::wealth_growth;
  std::string name;     // "子女教育"
  int64_t amount = 0;   // fen
  int32_t year = 0;     // the year the money is needed
  int32_t priority = 1;  // 1 first
};

struct FinancialPlan {
  RecordMeta meta;
  RecordId client_id;
  RecordId manager_id;
  int32_t version = 1;  // +1 each time a plan already handed in is saved again
  Date created_on;
  std::vector<PlanGoal> goals;
  std::string financial_position;  // balance sheet and cash flow, in words
  std::string protection;          // the insurance gap
  std::optional<RiskLevel> risk_level;
  std::string recommendations;
  Date review_date;  // the next review: at most a year after the plan is saved
  // The supervisor's review, as on CommunicationReport.
  ReviewState review = ReviewState::draft;
  RecordId reviewer_id;
  std::optional<Date> reviewed_on;
  std::string review_comment;
  int32_t review_round = 0;
  std::string return_reason;
  std::vector<ApprovedStamp> approved_content;
};

}  // namespace rm
