// Rules whose window opens on an event: the new-account call-back within 3
// days (source 001), Bank B's call after a week without a branch visit, and
// greetings on the birthday and major holidays. A window opens on the event's
// date and closes window_days later (0 = on the day). Product launches and
// changes in a holding's return carry no dates in the book, so those rules
// produce no items until such records exist.
#include "core/planner/greeting_days.h"
#include "core/planner/rule_evaluators.h"

namespace rm {
namespace {

void add_window(const RuleScan& scan, uint32_t client, Date event) {
  const ClientFacts& facts = scan.ctx.facts(client);
  const std::string& tier = facts.tiers.tier_on(event);
  if (event > scan.horizon() || !rule_applies(scan.rule, tier, facts.important)) return;
  ComplianceItem item;
  item.rule = scan.rule_index;
  item.rule_id = scan.rule.id;
  item.client = client;
  item.manager_id = scan.ctx.book().clients[client].manager_id;
  item.tier = tier;
  item.start = event;
  item.end = event.plus_days(scan.rule.window_days + 1);
  item.due = event.plus_days(scan.rule.window_days);
  item.required = scan.rule.alternatives;
  item.done = client_counts(scan.ctx, client, item.start, item.end);
  judge(item, scan.ctx.as_of());
  scan.out.push_back(std::move(item));
}

// The day the client's absence from the branch reaches absence_days, if it
// falls in [from, to): counted from the last branch visit, else from the
// account opening; a client with neither has no absence to measure.
std::optional<Date> absence_trigger(const RuleScan& scan, uint32_t client) {
  const auto& contacts = scan.ctx.book().contacts;
  std::optional<Date> last = scan.ctx.book().clients[client].account_opened;
  for (const uint32_t i : scan.ctx.facts(client).contacts)
    if (contacts[i].channel == Channel::branch && !contacts[i].meta.deleted && contacts[i].date <= scan.ctx.as_of())
      last = contacts[i].date;
  if (!last) return std::nullopt;
  const Date trigger = last->plus_days(scan.rule.absence_days);
  if (trigger < scan.from || trigger >= scan.to) return std::nullopt;
  return trigger;
}

}  // namespace

void evaluate_event_window_rule(const RuleScan& scan) {
  const auto& clients = scan.ctx.book().clients;
  const std::vector<Holiday> holidays = scan.rule.event == TriggerEvent::major_holiday
                                            ? major_holidays_between(scan.from, scan.to)
                                            : std::vector<Holiday>{};
  for (uint32_t c = 0; c < clients.size(); ++c) {
    if (!scan.ctx.live(c)) continue;
    switch (scan.rule.event) {
      case TriggerEvent::account_opened:
        if (clients[c].account_opened && *clients[c].account_opened >= scan.from && *clients[c].account_opened < scan.to)
          add_window(scan, c, *clients[c].account_opened);
        break;
      case TriggerEvent::branch_absence:
        if (const auto t = absence_trigger(scan, c)) add_window(scan, c, *t);
        break;
      case TriggerEvent::birthday:
        for (const Date d : birthdays_between(clients[c], scan.from, scan.to)) add_window(scan, c, d);
        break;
      case TriggerEvent::major_holiday:
        for (const Holiday& h : holidays) add_window(scan, c, h.date);
        break;
      case TriggerEvent::none:
      case TriggerEvent::product_launch:
      case TriggerEvent::holding_return_change: break;
    }
  }
}

}  // namespace rm
