// The yearly contact workload a book implies under a contact policy — the
// arithmetic of docs/domain.md §2 (000): 320 A clients on "6-4-2" and 80 B/C clients on
// "12-4-2" over 50 working weeks give 2,880 services, 1,600 proactive contacts and
// 800 meetings a year, i.e. 11.5, 6.4 and 3.2 a day. Under Bank B (004) the same
// arithmetic sums the monthly calls, the quarterly contact and the greetings of
// each tier (docs/domain.md, "Workload").
#pragma once
#include <string>
#include <vector>

#include "core/policy/capacity_policy.h"
#include "core/policy/contact_policy.h"

namespace rm {

struct TierHeadcount {
  std::string tier;
  int clients = 0;
};

// How often a year the events of event rules with a known frequency occur for
// one client: a birthday once, the major holidays as many as the calendar has
// (planner/greeting_days.h, yearly_events).
struct YearlyEvents {
  int birthdays = 1;
  int major_holidays = 0;
};

struct TierWorkload {
  std::string tier;
  int clients = 0;
  ContactCounts per_client;  // one client's yearly demand; `clients` unused
  ContactCounts per_year;    // per_client × clients
};

struct Workload {
  ContactCounts per_year;  // every tier together; `clients` unused
  std::vector<TierWorkload> tiers;  // in the order of the headcount given
  // Per-manager rules over the year ("10 clients a week" → clients 520). The
  // contacts that meet them are the tiers' contacts, so they are not added.
  ContactCounts per_manager;
  // Rules that apply to the book but whose volume depends on events or flags the
  // headcount does not give (a new account, a Gold client absent a week, a new
  // product, important clients): listed, not counted.
  std::vector<std::string> not_counted;
  int working_days = 0;
  int working_weeks = 0;
};

// Per client: the periodic per-client rules give each count the largest yearly
// requirement among them (rules on the same client are met by the same contacts:
// 24 monthly calls also make each quarter's contact), and each planned call,
// meeting or message is itself a service the manager initiated. Event rules of a
// known frequency (birthday, major holidays) add their contacts on top: a
// greeting is not the quarter's service. A rule's first alternative is the plan.
Workload annual_workload(const ContactPolicy& policy, const CapacityPolicy& capacity,
                         const std::vector<TierHeadcount>& book, const YearlyEvents& events);

// A yearly count spread over the working days, in tenths, rounded half up
// (2,880 over 250 days → 115, shown as "11.5").
int per_day_tenths(int per_year, int working_days);

}  // namespace rm
