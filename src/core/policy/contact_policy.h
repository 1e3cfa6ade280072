// Contact rules as data (docs/domain.md §2). The planner (core/planner) evaluates them
// against a client's contact history; this header fixes what a rule means so the
// two sides agree.
//
// A rule says: for every client it applies to (or, with scope per_manager, for the
// manager's whole book), within each period, the counted contacts must reach at
// least one of the `alternatives`. An alternative is met when EVERY count in it
// is reached (zero counts are ignored). So
//   "6-4-2"                     -> period year,  {services 6, proactive 4, meetings 2}
//   "≥ 2 calls or ≥ 1 meeting"  -> period month, {calls 2} | {meetings 1}
//   "new account call-back ≤ 3 days" -> days_after_event, event account_opened,
//                                    window_days 3, {calls 1}
//
// How a contact counts (one contact may count in several columns):
//   services  — every contact with the client, any channel, either direction;
//   proactive — contacts the manager initiated (a meeting the manager arranged too);
//   meetings  — face-to-face meetings (incl. a branch visit with a conversation);
//   calls     — phone calls;
//   messages  — SMS / WeChat / email greetings and notices;
//   clients   — per_manager scope only: distinct clients with at least one contact.
//
// Periods are calendar periods: year = Jan–Dec, quarter = Jan–Mar …, month,
// week = Monday–Sunday (ISO). days_after_event is a window that opens on the
// event's date and closes `window_days` days later; window_days 0 means "on the
// day the event fires".
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar/holidays.h"
#include "core/model/codes.h"

namespace rm {

enum class RulePeriod { year, quarter, month, week, days_after_event };
template <>
struct EnumCodes<RulePeriod> {
  static constexpr auto codes = std::to_array<std::string_view>({"year", "quarter", "month", "week", "days_after_event"});
};
enum class RuleScope { per_client, per_manager };
template <>
struct EnumCodes<RuleScope> {
  static constexpr auto codes = std::to_array<std::string_view>({"per_client", "per_manager"});
};
enum class RuleKind {
  contacts,           // counted contacts, as above
  risk_reassessment,  // a valid risk assessment is due (evaluated by core/risk)
};
template <>
struct EnumCodes<RuleKind> {
  static constexpr auto codes = std::to_array<std::string_view>({"contacts", "risk_reassessment"});
};

// What opens a days_after_event window.
enum class TriggerEvent {
  none,
  account_opened,        // the client's account-opening date
  branch_absence,        // `absence_days` since the client last came to the branch
  birthday,              // the client's (solar or lunar) birthday
  major_holiday,         // Spring Festival, Mid-Autumn, National Day …
  product_launch,        // a new product the client may want
  holding_return_change, // the return of a product the client holds changed
};
template <>
struct EnumCodes<TriggerEvent> {
  static constexpr auto codes = std::to_array<std::string_view>({"none", "account_opened", "branch_absence", "birthday", "major_holiday",
              "product_launch", "holding_return_change"});
};

std::string_view policy_code(RulePeriod v);
std::string_view policy_code(RuleScope v);
std::string_view policy_code(RuleKind v);
std::string_view policy_code(TriggerEvent v);
std::optional<RulePeriod> parse_rule_period(std::string_view code);
std::optional<RuleScope> parse_rule_scope(std::string_view code);
std::optional<RuleKind> parse_rule_kind(std::string_view code);
std::optional<TriggerEvent> parse_trigger_event(std::string_view code);

struct ContactCounts {
  int services = 0;
  int proactive = 0;
  int meetings = 0;
  int calls = 0;
  int messages = 0;
  int clients = 0;
};

// Every non-zero count in `required` is reached by `done`.
bool counts_meet(const ContactCounts& done, const ContactCounts& required);

struct ContactRule {
  std::string id;       // stable: "bank_a.642"
  std::string name_zh;  // "A 类客户 6-4-2"
  std::string name_en;  // "Tier A 6-4-2"
  RuleKind kind = RuleKind::contacts;
  RuleScope scope = RuleScope::per_client;
  // Tier codes the rule applies to; empty = every client.
  std::vector<std::string> tiers;
  bool important_only = false;  // only clients the manager marked important
  RulePeriod period = RulePeriod::year;
  TriggerEvent event = TriggerEvent::none;  // with period days_after_event
  int window_days = 0;                      // with period days_after_event
  int absence_days = 0;                     // with event branch_absence
  // risk_reassessment: an assessment is valid `valid_months`; re-assess before a
  // recommendation when more than `recommendation_gap_months` passed since the last.
  int valid_months = 0;
  int recommendation_gap_months = 0;
  std::vector<ContactCounts> alternatives;  // kind contacts: any one suffices
};

// The holidays on which the bank sends greetings (a major_holiday rule's
// events, and what the workload counts): the five statutory festivals banks
// greet on, unless the policy names others (docs/domain.md §2, "Greeting days").
inline const std::vector<HolidayKind>& default_greeting_holidays() {
  static const std::vector<HolidayKind> days{HolidayKind::new_year, HolidayKind::spring_festival,
                                            HolidayKind::dragon_boat, HolidayKind::mid_autumn,
                                            HolidayKind::national_day};
  return days;
}

struct ContactPolicy {
  std::vector<ContactRule> rules;
  std::vector<HolidayKind> greeting_holidays = default_greeting_holidays();
};

// Does the rule apply to a client of this tier (importance flag considered)?
bool rule_applies(const ContactRule& rule, const std::string& tier, bool important);
// Has `done` (the counts within one period or window) satisfied the rule?
bool rule_satisfied(const ContactRule& rule, const ContactCounts& done);

}  // namespace rm
