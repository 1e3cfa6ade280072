// Rules whose window opens on an event: the new-account call-back within 3
// days (source 001), Bank B's call after a week without a branch visit, and
// greetings on the birthday and major holidays. A window opens on the event's
// date (a greeting's on the last working day before, when its day is off) and
// closes window_days later (0 = on the day); the absence call's window
// stays open until served (add_absence_window). A change in a holding's
// return opens on the day the product's expected return was edited
// (holding_return_changed, contact_events.h). Product launches carry no date
// the book can trust (a catalogue is loaded whole), so that rule produces no
// items.
#include <algorithm>
#include <optional>

#include "core/planner/contact_events.h"
#include "core/planner/greeting_days.h"
#include "core/planner/rule_evaluators.h"

namespace rm {
namespace {

// The item of a window that opens on OPENS and is due on DUE, the client's
// tier taken on TIER_DAY; none when the rule does not apply to that tier or
// the window opens outside the scan.
std::optional<ComplianceItem> window_item(const RuleScan& scan, uint32_t client, Date tier_day, Date opens, Date due) {
  const ClientFacts& facts = scan.ctx.facts(client);
  const std::string& tier = facts.tiers.tier_on(tier_day);
  if (opens > scan.horizon() || !(opens < scan.to) || !rule_applies(scan.rule, tier, facts.important)) return std::nullopt;
  ComplianceItem item;
  item.rule = scan.rule_index;
  item.rule_id = scan.rule.id;
  item.client = client;
  item.manager_id = scan.ctx.book().clients[client].manager_id;
  item.tier = tier;
  item.start = opens;
  item.due = due;
  item.required = scan.rule.alternatives;
  return item;
}

// OPENS: the first day a contact serves the window, the event's date except
// for a greeting on a day off (greeting_days.h, greeting_send_day).
void add_window(const RuleScan& scan, uint32_t client, Date event, Date opens) {
  auto item = window_item(scan, client, event, opens, event.plus_days(scan.rule.window_days));
  if (!item) return;
  item->end = event.plus_days(scan.rule.window_days + 1);
  item->done = client_counts(scan.ctx, client, item->start, item->end);
  judge(*item, scan.ctx.as_of());
  scan.out.push_back(std::move(*item));
}

// The day the client's absence from the branch reaches absence_days: counted
// from the last branch visit, else from the account opening; a client with
// neither has no absence to measure.
std::optional<Date> absence_trigger(const RuleScan& scan, uint32_t client) {
  const auto& contacts = scan.ctx.book().contacts;
  std::optional<Date> last = scan.ctx.book().clients[client].account_opened;
  for (const uint32_t i : scan.ctx.facts(client).contacts)
    if (contacts[i].channel == Channel::branch && !contacts[i].meta.deleted && contacts[i].date <= scan.ctx.as_of())
      last = contacts[i].date;
  if (!last) return std::nullopt;
  return last->plus_days(scan.rule.absence_days);
}

// 004's "对一周未来办理业务的金卡客户要进行电话跟踪" (docs/domain.md, "Contact rules"):
// the call is owed from the day the absence reaches absence_days until a call
// serves it, not on that one day; the window closes the day after the contact
// that serves it, and an unserved one stays open through the day judged. A
// return to the branch moves the last visit, so the absence ends with it.
void add_window(const RuleScan& scan, uint32_t client, Date event) { add_window(scan, client, event, event); }

// A greeting on a day off (a major holiday always is) is sent on the last
// working day before, prepared and scheduled then, or on the day itself:
// both serve it (docs/domain.md, "Greetings on days off"). The agenda plans
// working days only, so a window opening on the day would be planned late.
void add_greeting_window(const RuleScan& scan, uint32_t client, Date day) {
  add_window(scan, client, day, greeting_send_day(scan.ctx.calendar(), day));
}

void add_absence_window(const RuleScan& scan, uint32_t client, Date trigger) {
  auto found = window_item(scan, client, trigger, trigger, trigger.plus_days(scan.rule.window_days));
  if (!found) return;
  ComplianceItem& item = *found;
  const ClientFacts& facts = scan.ctx.facts(client);
  item.end = std::max(item.due, scan.ctx.as_of()).plus_days(1);
  const auto& contacts = scan.ctx.book().contacts;
  for (const uint32_t i : facts.contacts) {
    const Date d = contacts[i].date;
    if (d < trigger || contacts[i].meta.deleted) continue;
    const ContactCounts done = client_counts(scan.ctx, client, trigger, d.plus_days(1));
    if (rule_satisfied(scan.rule, done)) {
      item.end = d.plus_days(1);
      break;
    }
  }
  if (item.end <= scan.from) return;
  item.done = client_counts(scan.ctx, client, item.start, item.end);
  judge(item, scan.ctx.as_of());
  scan.out.push_back(std::move(item));
}

}  // namespace

void evaluate_event_window_rule(const RuleScan& scan) {
  const auto& clients = scan.ctx.book().clients;
  // A greeting window opens before its day when the day is off: days up to
  // kGreetingMaxLeadDays after the range may open one inside it.
  const Date greetings_to = scan.to.plus_days(kGreetingMaxLeadDays);
  const std::vector<Holiday> holidays = scan.rule.event == TriggerEvent::major_holiday
                                            ? major_holidays_between(scan.from, greetings_to, scan.ctx.policy().contacts.greeting_holidays)
                                            : std::vector<Holiday>{};
  for (uint32_t c = 0; c < clients.size(); ++c) {
    if (!scan.ctx.live(c)) continue;
    switch (scan.rule.event) {
      case TriggerEvent::account_opened:
        if (clients[c].account_opened && *clients[c].account_opened >= scan.from && *clients[c].account_opened < scan.to)
          add_window(scan, c, *clients[c].account_opened);
        break;
      case TriggerEvent::branch_absence:
        if (const auto t = absence_trigger(scan, c)) add_absence_window(scan, c, *t);
        break;
      case TriggerEvent::birthday:
        for (const Date d : birthdays_between(clients[c], scan.from, greetings_to)) add_greeting_window(scan, c, d);
        break;
      case TriggerEvent::major_holiday:
        for (const Holiday& h : holidays) add_greeting_window(scan, c, h.date);
        break;
      case TriggerEvent::holding_return_change:
        for (const uint32_t i : scan.ctx.index().holdings_of(c)) {
          const Holding& h = scan.ctx.book().holdings[i];
          const uint32_t p = scan.ctx.index().product(h.product_id);
          if (h.meta.deleted || p == BookIndex::npos || scan.ctx.book().products[p].meta.deleted) continue;
          if (const auto changed = holding_return_changed(h, scan.ctx.book().products[p]))
            if (!(*changed < scan.from) && *changed < scan.to) add_window(scan, c, *changed);
        }
        break;
      case TriggerEvent::none:
      case TriggerEvent::product_launch: break;
    }
  }
}

}  // namespace rm
