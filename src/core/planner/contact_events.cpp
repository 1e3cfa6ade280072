#include "core/planner/contact_events.h"

#include <algorithm>

#include "core/calendar/anniversaries.h"
#include "core/planner/greeting_days.h"
#include "core/planner/retention.h"

namespace rm {

std::string_view event_code(ContactEventKind kind) {
  switch (kind) {
    case ContactEventKind::birthday: return "birthday";
    case ContactEventKind::important_date: return "important_date";
    case ContactEventKind::maturity: return "maturity";
    case ContactEventKind::large_inflow: return "large_inflow";
    case ContactEventKind::opportunity_step: return "opportunity_step";
    case ContactEventKind::follow_up: return "follow_up";
    case ContactEventKind::task: return "task";
    case ContactEventKind::invitation_confirm: return "invitation_confirm";
    case ContactEventKind::event_reminder: return "event_reminder";
    case ContactEventKind::event_thanks: return "event_thanks";
    case ContactEventKind::retention: return "retention";
    case ContactEventKind::return_change: return "return_change";
  }
  return "";
}

namespace {

constexpr int kGreetingLeadDays = 2;

struct Texts {
  std::string zh, en;
};

struct Collector {
  const PlannerContext& ctx;
  Date from;
  Date to;
  std::vector<ContactEvent>& out;

  bool overlaps(Date earliest, Date due) const { return !(due < from) && earliest < to; }

  // MAKE_TEXTS() → {zh, en} is called only for an event that is kept: most of
  // a large book's holdings and follow-ups fall outside a day's range, and
  // formatting their texts was most of the cost of planning that day.
  template <class MakeTexts>
  void add(ContactEventKind kind, uint32_t client, Date date, Date earliest, Date due, ContactClass cls,
           MakeTexts&& make_texts) {
    if (client == BookIndex::npos || !overlaps(earliest, due) || !ctx.live(client)) return;
    auto [zh, en] = make_texts();
    out.push_back({kind, client, date, earliest, due, cls, std::move(zh), std::move(en)});
  }
};

// 350 → "3.50%".
std::string percent_of_bp(int bp) {
  const int64_t a = bp < 0 ? -int64_t{bp} : int64_t{bp};
  const std::string cents = std::to_string(a % 100);
  return (bp < 0 ? "-" : "") + std::to_string(a / 100) + "." + (cents.size() < 2 ? "0" : "") + cents + "%";
}

bool policy_has_event_rule(const Policy& policy, TriggerEvent event) {
  return std::any_of(policy.contacts.rules.begin(), policy.contacts.rules.end(),
                     [event](const ContactRule& r) { return r.event == event; });
}

}  // namespace

std::optional<Date> holding_return_changed(const Holding& holding, const Product& product) {
  if (holding.expected_return_bp == product.expected_return_bp) return std::nullopt;
  const FieldStamp* stamp = find_field_stamp(product.meta, "expected_return_bp");
  if (!stamp) return std::nullopt;
  const Date changed = china_date_of_ms(stamp->stamp.wall_ms);
  if (changed < holding.start || (holding.maturity && !(changed < *holding.maturity))) return std::nullopt;
  return changed;
}

std::vector<ContactEvent> contact_events(const PlannerContext& ctx, Date from, Date to, const EventSettings& settings) {
  std::vector<ContactEvent> out;
  Collector col{ctx, from, to, out};
  const Book& book = ctx.book();
  const BookIndex& index = ctx.index();
  const bool birthdays = !policy_has_event_rule(ctx.policy(), TriggerEvent::birthday);
  // A policy with a rule for it (Bank B's SMS) plans a return change through
  // compliance; without one it is still a reason to call.
  const bool return_changes = !policy_has_event_rule(ctx.policy(), TriggerEvent::holding_return_change);
  const auto greeting_opens = [&](Date d) {
    return std::min(d.plus_days(-kGreetingLeadDays), greeting_send_day(ctx.calendar(), d));
  };

  for (uint32_t c = 0; c < book.clients.size(); ++c) {
    const Client& client = book.clients[c];
    // A greeting's window opens two days ahead, or earlier on the last
    // working day before a day off (greeting_send_day): a birthday up to
    // kGreetingMaxLeadDays after the range may still belong to it.
    if (birthdays)
      for (const Date d : birthdays_between(client, from, to.plus_days(kGreetingMaxLeadDays)))
        col.add(ContactEventKind::birthday, c, d, greeting_opens(d), d, ContactClass::message, [&] {
          return Texts{client.lunar_birthday ? "农历生日问候" : "生日问候",
                       client.lunar_birthday ? "Lunar birthday greeting" : "Birthday greeting"};
        });
    for (const ImportantDate& imp : client.important_dates)
      for (int y = from.year(); y <= to.plus_days(kGreetingMaxLeadDays).year(); ++y) {
        const Date d = solar_anniversary(imp.date, y);
        col.add(ContactEventKind::important_date, c, d, greeting_opens(d), d, ContactClass::message,
                [&] { return Texts{"纪念日问候：" + imp.label, "Greeting for an important date: " + imp.label}; });
      }
  }
  // Holdings and contacts are the book's longest lists: their window is
  // checked before their client is looked up.
  for (const Holding& h : book.holdings) {
    if (h.meta.deleted) continue;
    if (return_changes) {
      const uint32_t p = index.product(h.product_id);
      if (p != BookIndex::npos && !book.products[p].meta.deleted)
        if (const auto changed = holding_return_changed(h, book.products[p]))
          col.add(ContactEventKind::return_change, index.client(h.client_id), *changed, *changed,
                  changed->plus_days(3), ContactClass::call, [&] {
                    const Product& product = book.products[p];
                    const std::string was = percent_of_bp(h.expected_return_bp);
                    const std::string now = percent_of_bp(product.expected_return_bp);
                    return Texts{"持有产品收益率变化：" + product.name + "（" + was + " → " + now + "）",
                                 "Return changed on a product held: " + product.name + " (" + was + " → " + now + ")"};
                  });
    }
    const bool matures = h.maturity && col.overlaps(h.maturity->plus_days(-settings.maturity_lead_days),
                                                    h.maturity->plus_days(-1));
    const bool inflow = h.amount >= settings.large_inflow && col.overlaps(h.start, h.start.plus_days(3));
    if (!matures && !inflow) continue;
    const uint32_t c = index.client(h.client_id);
    if (matures)
      col.add(ContactEventKind::maturity, c, *h.maturity, h.maturity->plus_days(-settings.maturity_lead_days),
              h.maturity->plus_days(-1), ContactClass::call, [&] {
                const std::string amount = format_yuan(h.amount);
                return Texts{"产品到期提醒（" + h.maturity->iso() + "，" + amount + " 元）",
                             "Product matures " + h.maturity->iso() + " (CNY " + amount + "): reinvestment"};
              });
    if (inflow)
      col.add(ContactEventKind::large_inflow, c, h.start, h.start, h.start.plus_days(3), ContactClass::call, [&] {
        const std::string amount = format_yuan(h.amount);
        return Texts{"大额资金转入（" + amount + " 元）", "Large inflow (CNY " + amount + ")"};
      });
  }
  for (const Opportunity& o : book.opportunities) {
    if (o.meta.deleted || o.status != OpportunityStatus::open || !o.next_step_date) continue;
    const ContactClass cls = o.step >= SalesStep::proposal ? ContactClass::meeting : ContactClass::call;
    col.add(ContactEventKind::opportunity_step, index.client(o.client_id), *o.next_step_date, *o.next_step_date,
            *o.next_step_date, cls,
            [&] { return Texts{"商机下一步：" + o.next_step, "Opportunity next step: " + o.next_step}; });
  }
  for (const Contact& k : book.contacts) {
    if (k.meta.deleted || !k.next_step_date || *k.next_step_date <= k.date) continue;
    if (!col.overlaps(*k.next_step_date, *k.next_step_date)) continue;
    col.add(ContactEventKind::follow_up, index.client(k.client_id), *k.next_step_date, *k.next_step_date,
            *k.next_step_date, ContactClass::call,
            [&] { return Texts{"跟进：" + k.next_step, "Follow-up: " + k.next_step}; });
  }
  for (const Task& t : book.tasks) {
    if (t.meta.deleted || t.done_on || t.client_id.empty()) continue;
    col.add(ContactEventKind::task, index.client(t.client_id), t.due, t.due.plus_days(-2), t.due, ContactClass::call,
            [&] { return Texts{"待办：" + t.title, "Task: " + t.title}; });
  }
  for (const ClientEvent& e : book.client_events) {
    if (e.meta.deleted) continue;
    for (const Invitation& inv : e.invitations) {
      const uint32_t c = index.client(inv.client_id);
      if (inv.status == InvitationStatus::invited)
        col.add(ContactEventKind::invitation_confirm, c, e.date, e.date.plus_days(-10), e.date.plus_days(-2),
                ContactClass::call, [&] { return Texts{"确认活动邀请：" + e.title, "Confirm the invitation: " + e.title}; });
      else if (inv.status == InvitationStatus::accepted)
        col.add(ContactEventKind::event_reminder, c, e.date, e.date.plus_days(-3), e.date.plus_days(-1),
                ContactClass::message, [&] { return Texts{"活动提醒：" + e.title, "Event reminder: " + e.title}; });
      else if (inv.status == InvitationStatus::attended && !inv.followed_up_on)
        col.add(ContactEventKind::event_thanks, c, e.date, e.date.plus_days(1), e.date.plus_days(3),
                ContactClass::call,
                [&] { return Texts{"活动后回访：" + e.title, "Thank and follow up after: " + e.title}; });
    }
  }
  // A retention signal stays in the plan for a week, until a contact with
  // the client after it serves it (docs/domain.md §6, "Retention").
  for (RetentionSignal& s : retention_signals(ctx, from.plus_days(-kRetentionWindowDays), to)) {
    const auto& contacts = ctx.facts(s.client).contacts;
    const bool served = std::any_of(contacts.begin(), contacts.end(), [&](uint32_t i) {
      const Contact& k = book.contacts[i];
      return !(k.date < s.date) && !(ctx.as_of() < k.date) && counts_as_service(k);
    });
    if (served) continue;
    col.add(ContactEventKind::retention, s.client, s.date, s.date, s.date.plus_days(kRetentionWindowDays),
            ContactClass::call, [&] { return Texts{std::move(s.zh), std::move(s.en)}; });
  }
  return out;
}

}  // namespace rm
