// The per-kind evaluators behind evaluate_compliance (compliance.h); each
// appends the items of one rule.
#pragma once
#include <vector>

#include "core/planner/compliance.h"

namespace rm {

struct RuleScan {
  const PlannerContext& ctx;
  uint32_t rule_index;
  const ContactRule& rule;
  Date from;
  Date to;
  std::vector<ComplianceItem>& out;
  bool include_upcoming;
  // Periods and windows starting after this are left out.
  Date horizon() const { return include_upcoming ? to : ctx.as_of(); }
};

void evaluate_periodic_rule(const RuleScan& scan);
void evaluate_event_window_rule(const RuleScan& scan);
void evaluate_manager_rule(const RuleScan& scan);
void evaluate_risk_reassessment_rule(const RuleScan& scan);
void evaluate_assignment_follow_up(const PlannerContext& ctx, Date from, Date to, std::vector<ComplianceItem>& out);

// Shared: counts of a client's contacts within [start, end).
ContactCounts client_counts(const PlannerContext& ctx, uint32_t client, Date start, Date end);
// Fills status and overdue_days from required/done/due and the period.
void judge(ComplianceItem& item, Date as_of);

}  // namespace rm
