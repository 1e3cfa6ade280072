// Rules on the manager's whole book: Bank B's "contact at least 10 managed
// clients a week". What a manager can do depends on the days at work, so the
// requirement is scaled by working days (holidays and leave removed) over the
// weekdays of the period: a National Day week with one working day asks for
// 10 × 1/5 = 2 clients, a week of leave for none.
#include <algorithm>

#include "core/planner/contact_counting.h"
#include "core/planner/periods.h"
#include "core/planner/rule_evaluators.h"

namespace rm {

void evaluate_manager_rule(const RuleScan& scan) {
  const PlannerContext& ctx = scan.ctx;
  const RecordId& manager = ctx.manager_id();
  const Book& book = ctx.book();
  // The manager's contacts by date: their own, or unattributed ones with their clients.
  std::vector<uint32_t> mine;
  for (uint32_t i = 0; i < book.contacts.size(); ++i) {
    const Contact& c = book.contacts[i];
    if (!counts_as_service(c)) continue;
    const uint32_t client = ctx.index().client(c.client_id);
    const bool own = c.manager_id == manager ||
                     (c.manager_id.empty() && client != BookIndex::npos && book.clients[client].manager_id == manager);
    if (own) mine.push_back(i);
  }
  std::sort(mine.begin(), mine.end(), [&](uint32_t a, uint32_t b) { return book.contacts[a].date < book.contacts[b].date; });

  for (const Period& period : periods_overlapping(scan.rule.period, scan.from, scan.to)) {
    if (period.start > scan.horizon()) break;
    int weekdays = 0;
    int at_work = 0;
    for (Date d = period.start; d < period.end; d = d.plus_days(1)) {
      weekdays += d.weekday() <= 5;
      at_work += ctx.at_work(d);
    }
    ComplianceItem item;
    item.rule = scan.rule_index;
    item.rule_id = scan.rule.id;
    item.manager_id = manager;
    item.start = period.start;
    item.end = period.end;
    item.due = period.end.plus_days(-1);
    item.prorated = at_work < weekdays;
    for (const ContactCounts& alt : scan.rule.alternatives) item.required.push_back(prorate(alt, at_work, weekdays));
    std::vector<RecordId> seen;
    for (const uint32_t i : mine) {
      const Contact& c = book.contacts[i];
      if (!period.contains(c.date)) continue;
      add_contact(item.done, c);
      seen.push_back(c.client_id);
    }
    std::sort(seen.begin(), seen.end());
    item.done.clients = static_cast<int>(std::unique(seen.begin(), seen.end()) - seen.begin());
    judge(item, ctx.as_of());
    scan.out.push_back(std::move(item));
  }
}

}  // namespace rm
