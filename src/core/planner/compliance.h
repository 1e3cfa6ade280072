// Compliance with the active policy's contact rules (docs/domain.md §2): for each
// client and rule, and each period or event window that has begun, what was
// done, what is required, when it is due and how late it is.
//
// Which file evaluates which rule:
//   periodic_rules.cpp       "6-4-2", "12-4-2" (year), Bank B monthly calls or
//                            meetings, every client once a quarter, important
//                            clients monthly contact and quarterly meeting
//   event_window_rules.cpp   new-account call-back within 3 days, Gold branch
//                            absence, birthday and holiday greetings
//   manager_rules.cpp        "≥ 10 clients a week" (per manager)
//   risk_reassessment_rule.cpp  risk assessment valid one year / 6-month gap
//   assignment_follow_up.cpp supervisor assignment followed up within a week
//
// Prorating (a client upgraded mid-year, a new client, a holiday week): a
// rule's requirement is scaled by the share of its period in which it applied
// — the days the client held a tier the rule covers and had an account — and
// rounded to the nearest whole contact, halves up. Contacts count towards a
// rule only when made on a day it applied: an A→B client upgraded on 1 July
// owes 6-4-2 × 181/365 for January–June (3-2-1) with January–June contacts,
// and 12-4-2 × 184/365 (6-2-1) for July–December with those contacts.
// Per-manager rules are scaled by working days (holidays, leave) instead.
#pragma once
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/planner/planner_context.h"
#include "core/policy/contact_policy.h"

namespace rm {

// Assignment follow-up is judged for the supervisor, not by a policy rule.
inline constexpr uint32_t kNotAPolicyRule = UINT32_MAX;

enum class ComplianceStatus {
  met,       // done reaches one alternative
  on_track,  // not yet met, due later, and at least at the pro-rata pace:
             // done >= required × elapsed / period days, unrounded, for every
             // count of one alternative
  behind,    // not yet met, due later, below the pace
  overdue,   // not met and the due date has passed
};
std::string_view status_code(ComplianceStatus s);

struct ComplianceItem {
  uint32_t rule = 0;         // index into policy.contacts.rules; kNotAPolicyRule otherwise
  std::string_view rule_id;  // the rule's id, or "assignment_follow_up"; views the policy
  uint32_t client = UINT32_MAX;  // index into book.clients; UINT32_MAX for a per-manager rule
  RecordId manager_id;
  std::string tier;          // the tier the rule applied under (latest in the period)
  Date start;                // the period or window, [start, end)
  Date end;
  Date due;                  // last day to comply
  std::vector<ContactCounts> required;  // alternatives, prorated; empty for risk re-assessment
  ContactCounts done;
  ComplianceStatus status = ComplianceStatus::met;
  int overdue_days = 0;  // as_of - due when overdue
  bool prorated = false;
};

// Items for every period or window overlapping [from, to) that has begun by
// the context's as_of date (or, with include_upcoming, also those that have
// not: the agenda plans them), sorted by client position, rule, start.
std::vector<ComplianceItem> evaluate_compliance(const PlannerContext& ctx, Date from, Date to,
                                                bool include_upcoming = false);

// What is still missing for the cheapest alternative (meetings weigh 3).
ContactCounts remaining(const ComplianceItem& item);

// Required counts scaled by covered/total days, nearest whole, halves up.
ContactCounts prorate(const ContactCounts& full, int covered, int total);

}  // namespace rm
