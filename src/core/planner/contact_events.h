// Dated reasons to contact a client that are not a rule's count (docs/domain.md §2,
// "contact events"): birthdays and important dates, product maturities, large
// new holdings, opportunity next steps, contact follow-ups, tasks, and client
// events (invitations to confirm, attendees to thank), and retention signals
// (a large outflow, a tier downgrade, a steady decline: retention.h). Each has a window in
// which to act and a suggested kind of contact. Holiday and birthday
// greetings that a rule requires come from compliance instead (the rule says
// how); the birthday here is for policies without such a rule.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/money.h"
#include "core/planner/contact_counting.h"
#include "core/planner/planner_context.h"

namespace rm {

enum class ContactEventKind {
  birthday,
  important_date,
  maturity,
  large_inflow,
  opportunity_step,
  follow_up,
  task,
  invitation_confirm,
  event_reminder,
  event_thanks,
  retention,  // a sign the client may be leaving (retention.h)
  return_change,  // the expected return of a product the client holds changed
};
std::string_view event_code(ContactEventKind kind);

struct ContactEvent {
  ContactEventKind kind;
  uint32_t client = 0;  // index into book.clients
  Date date;            // the event itself
  Date earliest;        // act from …
  Date due;             // … until
  ContactClass suggested = ContactClass::call;
  std::string zh;  // the reason, as the agenda prints it
  std::string en;
};

struct EventSettings {
  Fen large_inflow = yuan(500'000);  // a new holding of at least this is worth a call
  int maturity_lead_days = 7;        // call this many days before a product matures
};

// The day the expected return of the product behind HOLDING changed while the
// client held it: the product's `expected_return_bp` edited (its field stamp,
// China time) after the holding started and before it matured, to a figure
// other than the holding's. None when it did not.
std::optional<Date> holding_return_changed(const Holding& holding, const Product& product);

// Events whose window overlaps [from, to), in book order.
std::vector<ContactEvent> contact_events(const PlannerContext& ctx, Date from, Date to, const EventSettings& settings = {});

}  // namespace rm
