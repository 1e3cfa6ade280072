#include <catch_amalgamated.hpp>

#include <algorithm>

#include "core/planner/greeting_days.h"
#include "core/policy/contact_workload.h"
#include "core/policy/policy_presets.h"

using namespace rm;

namespace {

const ContactRule& rule(const Policy& p, const std::string& id) {
  for (const ContactRule& r : p.contacts.rules)
    if (r.id == id) return r;
  FAIL("no rule " << id);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("Bank A 6-4-2 for tier A and 12-4-2 for B and C") {
  const Policy p = bank_a_policy();
  const ContactRule& a = rule(p, "bank_a.6_4_2");
  CHECK(rule_applies(a, "A", false));
  CHECK_FALSE(rule_applies(a, "B", false));
  CHECK(a.period == RulePeriod::year);
  CHECK(rule_satisfied(a, {.services = 6, .proactive = 4, .meetings = 2}));
  CHECK_FALSE(rule_satisfied(a, {.services = 5, .proactive = 4, .meetings = 2}));
  CHECK_FALSE(rule_satisfied(a, {.services = 6, .proactive = 3, .meetings = 2}));
  CHECK_FALSE(rule_satisfied(a, {.services = 6, .proactive = 4, .meetings = 1}));

  const ContactRule& bc = rule(p, "bank_a.12_4_2");
  CHECK(rule_applies(bc, "B", false));
  CHECK(rule_applies(bc, "C", false));
  CHECK_FALSE(rule_applies(bc, "A", false));
  CHECK(rule_satisfied(bc, {.services = 12, .proactive = 4, .meetings = 2}));
  CHECK_FALSE(rule_satisfied(bc, {.services = 11, .proactive = 4, .meetings = 2}));
}

TEST_CASE("Bank B monthly alternatives: calls OR meetings") {
  const Policy p = bank_b_policy();
  const ContactRule& diamond = rule(p, "bank_b.diamond_monthly");
  CHECK(diamond.period == RulePeriod::month);
  CHECK(rule_satisfied(diamond, {.calls = 2}));
  CHECK(rule_satisfied(diamond, {.meetings = 1}));
  CHECK_FALSE(rule_satisfied(diamond, {.calls = 1}));
  CHECK_FALSE(rule_applies(diamond, "platinum", false));

  const ContactRule& platinum = rule(p, "bank_b.platinum_monthly");
  CHECK(rule_satisfied(platinum, {.calls = 4}));
  CHECK(rule_satisfied(platinum, {.meetings = 2}));
  CHECK_FALSE(rule_satisfied(platinum, {.meetings = 1, .calls = 3}));
}

TEST_CASE("Bank B weekly ten clients, quarterly every client, Gold absence call") {
  const Policy p = bank_b_policy();
  const ContactRule& weekly = rule(p, "bank_b.weekly_ten_clients");
  CHECK(weekly.scope == RuleScope::per_manager);
  CHECK(weekly.period == RulePeriod::week);
  CHECK(rule_satisfied(weekly, {.clients = 10}));
  CHECK_FALSE(rule_satisfied(weekly, {.clients = 9}));

  const ContactRule& quarterly = rule(p, "bank_b.quarterly_every_client");
  CHECK(quarterly.period == RulePeriod::quarter);
  CHECK(rule_applies(quarterly, "gold", false));
  CHECK(rule_satisfied(quarterly, {.services = 1}));
  CHECK_FALSE(rule_satisfied(quarterly, {}));

  const ContactRule& gold = rule(p, "bank_b.gold_absence_call");
  CHECK(gold.event == TriggerEvent::branch_absence);
  CHECK(gold.absence_days == 7);
  CHECK(rule_applies(gold, "gold", false));
  CHECK_FALSE(rule_applies(gold, "diamond", false));
  CHECK(rule_satisfied(gold, {.calls = 1}));
  CHECK_FALSE(rule_satisfied(gold, {.messages = 1}));
}

TEST_CASE("Generic rules: 3-day call-back, important clients, risk re-assessment") {
  for (const Policy& p : {bank_a_policy(), bank_b_policy(), bank_c_policy()}) {
    const ContactRule& callback = rule(p, "generic.new_account_callback");
    CHECK(callback.period == RulePeriod::days_after_event);
    CHECK(callback.event == TriggerEvent::account_opened);
    CHECK(callback.window_days == 3);

    const ContactRule& monthly = rule(p, "generic.important_monthly");
    CHECK(monthly.period == RulePeriod::month);
    CHECK_FALSE(rule_applies(monthly, "A", false));
    CHECK(rule_applies(monthly, "A", true));

    const ContactRule& quarterly = rule(p, "generic.important_quarterly_meeting");
    CHECK(quarterly.period == RulePeriod::quarter);
    CHECK(rule_satisfied(quarterly, {.meetings = 1}));
    CHECK_FALSE(rule_satisfied(quarterly, {.services = 3, .calls = 3}));

    const ContactRule& risk = rule(p, "generic.risk_reassessment");
    CHECK(risk.kind == RuleKind::risk_reassessment);
    CHECK(risk.valid_months == 12);
    CHECK(risk.recommendation_gap_months == 6);
  }
}

TEST_CASE("Workload arithmetic of 000: 400 clients, 320 A and 80 B/C, 50 weeks") {
  const Policy p = bank_a_policy();
  const BookSplit split = expected_split(p.capacity);
  CHECK(split.below == 320);
  CHECK(split.above == 80);
  const Workload w = annual_workload(p.contacts, p.capacity, {{"A", 320}, {"B", 50}, {"C", 30}}, yearly_events(2027, p.contacts.greeting_holidays));
  CHECK(w.per_year.services == 2880);
  CHECK(w.per_year.proactive == 1600);
  CHECK(w.per_year.meetings == 800);
  CHECK(w.working_days == 250);
  CHECK(per_day_tenths(w.per_year.services, w.working_days) == 115);
  CHECK(per_day_tenths(w.per_year.proactive, w.working_days) == 64);
  CHECK(per_day_tenths(w.per_year.meetings, w.working_days) == 32);
}

TEST_CASE("Workload of 004 sums every Bank B rule per tier: 30 Diamond, 100 Platinum, 200 Gold") {
  const Policy p = bank_b_policy();
  // 2027 has the five major holidays of greeting_days.cpp, each an SMS to every client.
  const YearlyEvents events = yearly_events(2027, default_greeting_holidays());
  CHECK(events.major_holidays == 5);
  CHECK(events.birthdays == 1);
  const Workload w =
      annual_workload(p.contacts, p.capacity, {{"diamond", 30}, {"platinum", 100}, {"gold", 200}}, events);
  REQUIRE(w.tiers.size() == 3);

  // Diamond: 2 calls a month = 24 calls, which also make each quarter's contact;
  // plus a birthday and 5 holiday SMS.
  const TierWorkload& diamond = w.tiers[0];
  CHECK(diamond.per_client.calls == 24);
  CHECK(diamond.per_client.messages == 6);
  CHECK(diamond.per_client.services == 30);
  CHECK(diamond.per_year.calls == 720);
  // Platinum: 4 calls a month = 48 calls.
  const TierWorkload& platinum = w.tiers[1];
  CHECK(platinum.per_client.calls == 48);
  CHECK(platinum.per_client.services == 54);
  CHECK(platinum.per_year.calls == 4800);
  // Gold: one contact a quarter, plus the 6 greetings.
  const TierWorkload& gold = w.tiers[2];
  CHECK(gold.per_client.calls == 0);
  CHECK(gold.per_client.services == 4 + 6);
  CHECK(gold.per_year.services == 2000);

  CHECK(w.per_year.calls == 5520);
  CHECK(w.per_year.messages == 330 * 6);
  CHECK(w.per_year.services == 900 + 5400 + 2000);
  CHECK(w.per_year.proactive == 900 + 5400 + 1200);
  CHECK(w.per_year.meetings == 0);
  CHECK(w.working_days == 250);
  CHECK(w.working_weeks == 50);
  // About 22 calls a working day, not the 5.3 "services" of the single quarterly contact.
  CHECK(per_day_tenths(w.per_year.calls, w.working_days) == 221);
  CHECK(per_day_tenths(w.per_year.services, w.working_days) == 332);
  CHECK(per_day_tenths(w.per_year.messages, w.working_days) == 79);
  // "每周至少联系10个管户客户": 520 client contacts a year, made by the tiers' contacts.
  CHECK(w.per_manager.clients == 520);
  // The Gold absence call, product SMS, new-account call-back and the important
  // clients' rules depend on events and flags, not on headcount.
  for (const char* id : {"bank_b.gold_absence_call", "bank_b.product_launch_sms", "bank_b.return_change_sms",
                         "generic.new_account_callback", "generic.important_monthly"})
    CHECK(std::find(w.not_counted.begin(), w.not_counted.end(), id) != w.not_counted.end());
}

TEST_CASE("Staffing ratios of Bank B") {
  const Policy p = bank_b_policy();
  CHECK(staffing_needed(p.capacity, "diamond", 30).managers == 1);
  CHECK(staffing_needed(p.capacity, "diamond", 31).managers == 2);
  CHECK(staffing_needed(p.capacity, "diamond", 60).advisors == 1);
  CHECK(staffing_needed(p.capacity, "diamond", 61).advisors == 2);
  CHECK(staffing_needed(p.capacity, "platinum", 100).managers == 1);
  CHECK(staffing_needed(p.capacity, "platinum", 101).managers == 2);
  CHECK(staffing_needed(p.capacity, "platinum", 400).advisors == 1);
  CHECK(staffing_needed(p.capacity, "platinum", 401).advisors == 2);
  CHECK(staffing_needed(p.capacity, "gold", 200).managers == 1);
  CHECK(staffing_needed(p.capacity, "gold", 201).managers == 2);
  CHECK(staffing_needed(p.capacity, "gold", 201).advisors == 0);
  CHECK(p.capacity.delegated.size() == 2);
  CHECK(p.capacity.delegated[0].min_assets == yuan(200'000));
  CHECK(p.capacity.delegated[0].max_assets == yuan(500'000));
  CHECK(bank_a_policy().capacity.max_clients_per_manager == 400);
}
