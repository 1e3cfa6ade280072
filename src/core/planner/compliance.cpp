#include "core/planner/compliance.h"

#include <algorithm>

#include "core/planner/contact_counting.h"
#include "core/planner/rule_evaluators.h"

namespace rm {

std::string_view status_code(ComplianceStatus s) {
  switch (s) {
    case ComplianceStatus::met: return "met";
    case ComplianceStatus::on_track: return "on_track";
    case ComplianceStatus::behind: return "behind";
    case ComplianceStatus::overdue: return "overdue";
  }
  return "";
}

ContactCounts prorate(const ContactCounts& full, int covered, int total) {
  if (covered >= total) return full;
  const auto scale = [&](int n) {
    return static_cast<int>((static_cast<int64_t>(n) * covered * 2 + total) / (2 * static_cast<int64_t>(total)));
  };
  return {scale(full.services), scale(full.proactive), scale(full.meetings),
          scale(full.calls),    scale(full.messages),  scale(full.clients)};
}

ContactCounts remaining(const ComplianceItem& item) {
  ContactCounts best;
  int best_cost = -1;
  for (const ContactCounts& req : item.required) {
    const auto gap = [](int need, int have) { return need > have ? need - have : 0; };
    ContactCounts r{gap(req.services, item.done.services), gap(req.proactive, item.done.proactive),
                    gap(req.meetings, item.done.meetings), gap(req.calls, item.done.calls),
                    gap(req.messages, item.done.messages), gap(req.clients, item.done.clients)};
    // Contacts to plan: meetings, calls, messages, then proactive and plain
    // services not already covered by those.
    const int planned = r.meetings + r.calls + r.messages;
    const int extra = std::max({0, r.proactive - planned, r.services - planned});
    const int cost = 3 * r.meetings + r.calls + r.messages + extra + r.clients;
    if (best_cost < 0 || cost < best_cost) {
      best = r;
      best_cost = cost;
    }
  }
  return best;
}

ContactCounts client_counts(const PlannerContext& ctx, uint32_t client, Date start, Date end) {
  ContactCounts counts;
  const auto& contacts = ctx.book().contacts;
  const auto& list = ctx.facts(client).contacts;
  auto it = std::lower_bound(list.begin(), list.end(), start,
                             [&](uint32_t i, Date d) { return contacts[i].date < d; });
  for (; it != list.end() && contacts[*it].date < end; ++it) add_contact(counts, contacts[*it]);
  return counts;
}

void judge(ComplianceItem& item, Date as_of) {
  const bool met = item.required.empty() ||
                   std::any_of(item.required.begin(), item.required.end(),
                               [&](const ContactCounts& r) { return counts_meet(item.done, r); });
  item.overdue_days = 0;
  if (met) {
    item.status = ComplianceStatus::met;
  } else if (as_of > item.due) {
    item.status = ComplianceStatus::overdue;
    item.overdue_days = as_of - item.due;
  } else {
    // On pace: every count of some alternative reaches the exact pro-rata
    // share n × elapsed / total (compared as done × total >= n × elapsed, no
    // rounding). Rounding the pace down would make a one-contact rule (monthly
    // contact, quarterly meeting) "on track" until the day it is overdue.
    const int64_t total = item.end - item.start;
    const int64_t elapsed = std::clamp<int64_t>(as_of - item.start, 0, total);
    const bool on_pace = std::any_of(item.required.begin(), item.required.end(), [&](const ContactCounts& r) {
      const auto reached = [&](int done, int n) { return n <= 0 || done * total >= n * elapsed; };
      return reached(item.done.services, r.services) && reached(item.done.proactive, r.proactive) &&
             reached(item.done.meetings, r.meetings) && reached(item.done.calls, r.calls) &&
             reached(item.done.messages, r.messages) && reached(item.done.clients, r.clients);
    });
    item.status = on_pace ? ComplianceStatus::on_track : ComplianceStatus::behind;
  }
}

std::vector<ComplianceItem> evaluate_compliance(const PlannerContext& ctx, Date from, Date to, bool include_upcoming) {
  std::vector<ComplianceItem> out;
  const auto& rules = ctx.policy().contacts.rules;
  for (uint32_t r = 0; r < rules.size(); ++r) {
    const RuleScan scan{ctx, r, rules[r], from, to, out, include_upcoming};
    if (rules[r].kind == RuleKind::risk_reassessment) evaluate_risk_reassessment_rule(scan);
    else if (rules[r].scope == RuleScope::per_manager) evaluate_manager_rule(scan);
    else if (rules[r].period == RulePeriod::days_after_event) evaluate_event_window_rule(scan);
    else evaluate_periodic_rule(scan);
  }
  evaluate_assignment_follow_up(ctx, from, to, out);
  std::stable_sort(out.begin(), out.end(), [](const ComplianceItem& a, const ComplianceItem& b) {
    if (a.client != b.client) return a.client < b.client;
    if (a.rule != b.rule) return a.rule < b.rule;
    return a.start < b.start;
  });
  return out;
}

}  // namespace rm
