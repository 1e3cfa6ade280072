#include "core/planner/year_ahead.h"

#include <algorithm>
#include <map>

#include "core/planner/compliance.h"
#include "core/planner/greeting_days.h"

namespace rm {

int Rate::tenths() const {
  return denominator <= 0 ? 0 : static_cast<int>((numerator * 20 + denominator) / (2 * denominator));
}

CapacityNeeded capacity_needed(const Policy& policy, const std::vector<TierHeadcount>& book, int year) {
  CapacityNeeded out;
  out.workload = annual_workload(policy.contacts, policy.capacity, book, yearly_events(year, policy.contacts.greeting_holidays));
  const int days = out.workload.working_days;
  out.services_per_day = {out.workload.per_year.services, days};
  out.proactive_per_day = {out.workload.per_year.proactive, days};
  out.meetings_per_day = {out.workload.per_year.meetings, days};
  out.calls_per_day = {out.workload.per_year.calls, days};
  out.messages_per_day = {out.workload.per_year.messages, days};
  out.services_per_week = {out.workload.per_year.services, policy.capacity.working_weeks_per_year};
  return out;
}

DailyCapacity daily_capacity(const CapacityNeeded& needed, const DailyCapacity& own) {
  const ContactCounts& y = needed.workload.per_year;
  // As the agenda plans a requirement (agenda.cpp, DemandBuilder): proactive
  // contacts beyond the meetings, calls and messages become calls, services
  // beyond all of those become messages.
  const int64_t meetings = y.meetings;
  const int64_t calls = int64_t{y.calls} + std::max<int64_t>(0, int64_t{y.proactive} - y.meetings - y.calls - y.messages);
  const int64_t messages = int64_t{y.messages} + std::max<int64_t>(0, int64_t{y.services} - meetings - calls - y.messages);
  const int64_t days = needed.workload.working_days;
  auto per_day = [days](int64_t per_year, int mine) {
    if (mine > 0) return mine;
    if (days <= 0) return 1;
    return static_cast<int>(std::clamp<int64_t>((per_year + days - 1) / days, 1, 1000));
  };
  return {per_day(meetings, own.meetings), per_day(calls, own.calls), per_day(messages, own.messages)};
}

DailyCapacity daily_capacity(const PlannerContext& ctx) {
  const CapacityNeeded needed = capacity_needed(ctx.policy(), tier_headcount(ctx), ctx.as_of().year());
  return daily_capacity(needed, ctx.policy().capacity.daily);
}

namespace {

// Clients of each tier whose yearly per-client items are all met.
std::map<std::string, int> clients_meeting_yearly_rules(const PlannerContext& ctx, const std::vector<ComplianceItem>& items,
                                                        const std::vector<char>& extra_met) {
  std::vector<char> failing(ctx.book().clients.size(), 0);
  for (const ComplianceItem& item : items) {
    if (item.client == kNotAPolicyRule || item.rule == kNotAPolicyRule) continue;
    if (ctx.policy().contacts.rules[item.rule].period != RulePeriod::year) continue;
    if (item.status != ComplianceStatus::met && !extra_met[item.client]) failing[item.client] = 1;
  }
  std::map<std::string, int> out;
  for (uint32_t c = 0; c < failing.size(); ++c)
    if (ctx.live(c) && !failing[c]) ++out[ctx.facts(c).tiers.current()];
  return out;
}

}  // namespace

std::vector<TierHeadcount> tier_headcount(const PlannerContext& ctx) {
  std::map<std::string, int> counts;
  for (uint32_t c = 0; c < ctx.book().clients.size(); ++c)
    if (ctx.live(c)) ++counts[ctx.facts(c).tiers.current()];
  std::vector<TierHeadcount> out;
  for (const TierRule& t : ctx.policy().tiers.tiers)
    if (counts.count(t.code)) out.push_back({t.code, counts[t.code]});
  return out;
}

YearAhead year_ahead(const PlannerContext& ctx, const AgendaSettings& settings) {
  YearAhead out;
  out.year = ctx.as_of().year();
  const Date jan1 = Date::from_ymd(out.year, 1, 1);
  const Date next_jan1 = Date::from_ymd(out.year + 1, 1, 1);

  out.headcount = tier_headcount(ctx);
  out.needed = capacity_needed(ctx.policy(), out.headcount, out.year);

  // At pace: the year's yearly items, with each client's planned contacts
  // added to what is done. A client whose plan covers every yearly gap is
  // projected to meet the rules.
  const auto items = evaluate_compliance(ctx, jan1, next_jan1, true);
  const Agenda plan = plan_agenda(ctx, ctx.as_of(), next_jan1 - ctx.as_of(), settings);
  std::vector<ContactCounts> planned(ctx.book().clients.size());
  for (const AgendaDay& day : plan.days)
    for (const AgendaEntry& e : day.entries) {
      add_planned(planned[e.client], e.kind);
      ++out.planned_contacts;
    }
  out.unscheduled = static_cast<int>(plan.unscheduled.size());

  std::vector<char> none(ctx.book().clients.size(), 0);
  const auto now = clients_meeting_yearly_rules(ctx, items, none);
  std::vector<char> covered(ctx.book().clients.size(), 1);
  for (const ComplianceItem& item : items) {
    if (item.client == kNotAPolicyRule || item.rule == kNotAPolicyRule || item.status == ComplianceStatus::met) continue;
    if (ctx.policy().contacts.rules[item.rule].period != RulePeriod::year) continue;
    const ContactCounts r = remaining(item);
    const ContactCounts& p = planned[item.client];
    if (!counts_meet(p, r)) covered[item.client] = 0;
  }
  const auto at_pace = clients_meeting_yearly_rules(ctx, items, covered);
  for (const TierHeadcount& h : out.headcount) {
    const auto get = [&](const std::map<std::string, int>& m) {
      const auto it = m.find(h.tier);
      return it == m.end() ? 0 : it->second;
    };
    out.projection.push_back({h.tier, h.clients, get(now), get(at_pace)});
  }
  return out;
}

}  // namespace rm
