// docs/domain.md §1 (Capacity and assignment): the branch head assigns each
// month the clients who now meet a tier's criteria, and the manager must follow
// a newly assigned client up within one week.
// The assignment date is when the client's manager_id field last changed (its
// merge stamp, in China Standard Time); the follow-up is any contact with the
// client by the assigned manager within 7 days from that date.
#include "core/planner/contact_counting.h"
#include "core/planner/rule_evaluators.h"

namespace rm {

void evaluate_assignment_follow_up(const PlannerContext& ctx, Date from, Date to, std::vector<ComplianceItem>& out) {
  const Book& book = ctx.book();
  for (uint32_t c = 0; c < book.clients.size(); ++c) {
    const auto& assigned = ctx.facts(c).assigned_on;
    if (!ctx.live(c) || !assigned || *assigned < from || *assigned >= to || *assigned > ctx.as_of()) continue;
    const Client& client = book.clients[c];
    ComplianceItem item;
    item.rule = kNotAPolicyRule;
    item.rule_id = "assignment_follow_up";
    item.client = c;
    item.manager_id = client.manager_id;
    item.tier = ctx.facts(c).tiers.current();
    item.start = *assigned;
    item.end = assigned->plus_days(8);
    item.due = assigned->plus_days(7);
    item.required = {ContactCounts{.services = 1}};
    for (const uint32_t i : ctx.facts(c).contacts) {
      const Contact& k = book.contacts[i];
      if (k.date >= item.start && k.date < item.end && (k.manager_id.empty() || k.manager_id == client.manager_id))
        add_contact(item.done, k);
    }
    judge(item, ctx.as_of());
    out.push_back(std::move(item));
  }
}

}  // namespace rm
