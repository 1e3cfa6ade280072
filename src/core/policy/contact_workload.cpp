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

// -1: the event's frequency is not known from the headcount.
int events_per_year(TriggerEvent event, const YearlyEvents& events) {
  switch (event) {
    case TriggerEvent::birthday: return events.birthdays;
    case TriggerEvent::major_holiday: return events.major_holidays;
    default: return -1;
  }
}

void raise_to(ContactCounts& acc, const ContactCounts& req, int times) {
  acc.services = std::max(acc.services, req.services * times);
  acc.proactive = std::max(acc.proactive, req.proactive * times);
  acc.meetings = std::max(acc.meetings, req.meetings * times);
  acc.calls = std::max(acc.calls, req.calls * times);
  acc.messages = std::max(acc.messages, req.messages * times);
  acc.clients = std::max(acc.clients, req.clients * times);
}

// How many contacts one alternative takes: each call, meeting or message is one,
// and a bare "services"/"proactive" count asks for that many of any channel.
int contacts_in(const ContactCounts& c) {
  return std::max({c.services, c.proactive, c.calls + c.meetings + c.messages});
}

void add_times(ContactCounts& acc, const ContactCounts& req, int times) {
  const int n = contacts_in(req) * times;
  acc.services += n;
  acc.proactive += n;
  acc.meetings += req.meetings * times;
  acc.calls += req.calls * times;
  acc.messages += req.messages * times;
}

void add_scaled(ContactCounts& acc, const ContactCounts& c, int times) {
  acc.services += c.services * times;
  acc.proactive += c.proactive * times;
  acc.meetings += c.meetings * times;
  acc.calls += c.calls * times;
  acc.messages += c.messages * times;
}

bool counted_anywhere(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

Workload annual_workload(const ContactPolicy& policy, const CapacityPolicy& capacity,
                         const std::vector<TierHeadcount>& book, const YearlyEvents& events) {
  Workload out;
  out.working_weeks = capacity.working_weeks_per_year;
  out.working_days = capacity.working_weeks_per_year * capacity.working_days_per_week;
  for (const ContactRule& rule : policy.rules) {
    const int times = periods_per_year(rule.period);
    if (rule.kind != RuleKind::contacts || rule.scope != RuleScope::per_manager || times == 0 ||
        rule.alternatives.empty())
      continue;
    raise_to(out.per_manager, rule.alternatives.front(), times);
  }
  for (const TierHeadcount& group : book) {
    ContactCounts periodic;
    ContactCounts on_events;
    for (const ContactRule& rule : policy.rules) {
      if (rule.kind != RuleKind::contacts || rule.scope != RuleScope::per_client || rule.alternatives.empty() ||
          !rule_applies(rule, group.tier, rule.important_only))
        continue;
      const int times = rule.period == RulePeriod::days_after_event ? events_per_year(rule.event, events)
                                                                    : periods_per_year(rule.period);
      if (rule.important_only || times < 0) {
        if (!counted_anywhere(out.not_counted, rule.id)) out.not_counted.push_back(rule.id);
        continue;
      }
      if (rule.period == RulePeriod::days_after_event) add_times(on_events, rule.alternatives.front(), times);
      else raise_to(periodic, rule.alternatives.front(), times);
    }
    const int planned = periodic.calls + periodic.meetings + periodic.messages;
    periodic.services = std::max(periodic.services, planned);
    periodic.proactive = std::max(periodic.proactive, planned);
    periodic.clients = 0;

    TierWorkload tier;
    tier.tier = group.tier;
    tier.clients = group.clients;
    add_scaled(tier.per_client, periodic, 1);
    add_scaled(tier.per_client, on_events, 1);
    add_scaled(tier.per_year, tier.per_client, group.clients);
    add_scaled(out.per_year, tier.per_year, 1);
    out.tiers.push_back(std::move(tier));
  }
  return out;
}

int per_day_tenths(int per_year, int working_days) {
  if (working_days <= 0) return 0;
  return static_cast<int>((static_cast<int64_t>(per_year) * 20 + working_days) / (2 * working_days));
}

}  // namespace rm
