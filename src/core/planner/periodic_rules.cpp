// Per-client rules counted over calendar periods: "6-4-2" and "12-4-2" a
// year, Bank B's "≥ 2 calls or ≥ 1 meeting a month", "every client once a
// quarter", important clients monthly / quarterly. The numbers are data in
// the policy presets (core/policy/policy_presets.cpp); prorating is explained
// in compliance.h.
#include <algorithm>

#include "core/planner/contact_counting.h"
#include "core/planner/periods.h"
#include "core/planner/rule_evaluators.h"

namespace rm {
namespace {

// The sub-periods of `period` in which the rule applied to the client.
std::vector<Period> coverage(const RuleScan& scan, uint32_t client, Period period, std::string& tier) {
  const ClientFacts& facts = scan.ctx.facts(client);
  const Client& c = scan.ctx.book().clients[client];
  if (scan.rule.important_only && !facts.important) return {};
  if (c.account_opened && *c.account_opened > period.start) period.start = *c.account_opened;
  std::vector<Period> out;
  const auto& spans = facts.tiers.spans();
  for (size_t i = 0; i < spans.size(); ++i) {
    const Date span_end = i + 1 < spans.size() ? spans[i + 1].from : Date(INT32_MAX);
    const Period p = intersect(period, {i == 0 ? kDistantPast : spans[i].from, span_end});
    if (p.days() <= 0 || !rule_applies(scan.rule, spans[i].tier, facts.important)) continue;
    if (!out.empty() && out.back().end == p.start) out.back().end = p.end;
    else out.push_back(p);
    tier = spans[i].tier;
  }
  return out;
}

}  // namespace

void evaluate_periodic_rule(const RuleScan& scan) {
  const Date as_of = scan.ctx.as_of();
  const auto periods = periods_overlapping(scan.rule.period, scan.from, scan.to);
  const auto& clients = scan.ctx.book().clients;
  for (uint32_t c = 0; c < clients.size(); ++c) {
    if (!scan.ctx.live(c)) continue;
    for (const Period& period : periods) {
      if (period.start > scan.horizon()) break;
      ComplianceItem item;
      const auto covered = coverage(scan, c, period, item.tier);
      if (covered.empty()) continue;
      int days = 0;
      for (const Period& p : covered) {
        days += p.days();
        item.done = item.done + client_counts(scan.ctx, c, p.start, p.end);
      }
      item.prorated = days < period.days();
      for (const ContactCounts& alt : scan.rule.alternatives) item.required.push_back(prorate(alt, days, period.days()));
      const bool nothing_owed = std::all_of(item.required.begin(), item.required.end(),
                                            [](const ContactCounts& r) { return counts_meet({}, r); });
      if (nothing_owed) continue;
      item.rule = scan.rule_index;
      item.rule_id = scan.rule.id;
      item.client = c;
      item.manager_id = clients[c].manager_id;
      item.start = covered.front().start;
      item.end = covered.back().end;
      item.due = item.end.plus_days(-1);
      judge(item, as_of);
      scan.out.push_back(std::move(item));
    }
  }
}

}  // namespace rm
