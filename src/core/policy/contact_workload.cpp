#include "core/policy/contact_workload.h"

#include <algorithm>

namespace rm {
namespace {

int periods_per_year(RulePeriod period) {
  switch (period) {
    case RulePeriod::year: return 1;
    case RulePeriod::quarter: return 4;
    case RulePeriod::month: return 12;
    case RulePeriod::week: return 52;
    case RulePeriod::days_after_event: return 0;
  }
  return 0;
}

void raise_to(ContactCounts& acc, const ContactCounts& req, int times) {
  acc.services = std::max(acc.services, req.services * times);
  acc.proactive = std::max(acc.proactive, req.proactive * times);
  acc.meetings = std::max(acc.meetings, req.meetings * times);
  acc.calls = std::max(acc.calls, req.calls * times);
  acc.messages = std::max(acc.messages, req.messages * times);
}

}  // namespace

Workload annual_workload(const ContactPolicy& policy, const CapacityPolicy& capacity,
                         const std::vector<TierHeadcount>& book) {
  Workload out;
  out.working_days = capacity.working_weeks_per_year * capacity.working_days_per_week;
  for (const TierHeadcount& group : book) {
    ContactCounts per_client;
    for (const ContactRule& rule : policy.rules) {
      const int times = periods_per_year(rule.period);
      if (rule.kind != RuleKind::contacts || rule.scope != RuleScope::per_client ||
          rule.important_only || times == 0 || rule.alternatives.empty() ||
          !rule_applies(rule, group.tier, false))
        continue;
      raise_to(per_client, rule.alternatives.front(), times);
    }
    out.per_year.services += per_client.services * group.clients;
    out.per_year.proactive += per_client.proactive * group.clients;
    out.per_year.meetings += per_client.meetings * group.clients;
    out.per_year.calls += per_client.calls * group.clients;
    out.per_year.messages += per_client.messages * group.clients;
  }
  return out;
}

int per_day_tenths(int per_year, int working_days) {
  if (working_days <= 0) return 0;
  return static_cast<int>((static_cast<int64_t>(per_year) * 20 + working_days) / (2 * working_days));
}

}  // namespace rm
