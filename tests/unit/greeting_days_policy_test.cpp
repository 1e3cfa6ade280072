// Greeting days (docs/domain.md §2, "Greeting days"): the policy names the
// holidays its clients are greeted on; the greeting rule, the workload and a
// policy file follow it.
#include <catch_amalgamated.hpp>

#include <nlohmann/json.hpp>

#include "core/planner/compliance.h"
#include "core/planner/greeting_days.h"
#include "core/policy/contact_workload.h"
#include "core/policy/policy.h"
#include "core/policy/policy_presets.h"
#include "planner_test_book.h"

using namespace planner_test;

namespace {

int greeting_items(const rm::Policy& policy, const rm::Book& book, int year) {
  const rm::PlannerContext ctx(book, policy, ymd(year, 12, 31));
  int n = 0;
  for (const rm::ComplianceItem& i : rm::evaluate_compliance(ctx, ymd(year, 1, 1), ymd(year + 1, 1, 1)))
    n += i.rule_id == "bank_b.holiday_sms" && i.due.year() == year;  // not New Year 2028, sent on 31 December
  return n;
}

}  // namespace

TEST_CASE("Bank B greets on the five statutory festivals unless the policy names others") {
  rm::Book book = empty_book();
  add_client(book, "gold", rm::yuan(200'000));
  rm::Policy policy = rm::bank_b_policy();
  REQUIRE(policy.contacts.greeting_holidays == rm::default_greeting_holidays());
  // 2027: New Year, Spring Festival (6 Feb), Dragon Boat (9 Jun), Mid-Autumn (15 Sep), National Day.
  CHECK(greeting_items(policy, book, 2027) == 5);
  CHECK(rm::yearly_events(2027, policy.contacts.greeting_holidays).major_holidays == 5);

  policy.contacts.greeting_holidays = {rm::HolidayKind::spring_festival, rm::HolidayKind::mid_autumn,
                                       rm::HolidayKind::double_ninth};
  CHECK(greeting_items(policy, book, 2027) == 3);
  const auto mid_autumn = rm::major_holidays_between(ymd(2027, 9, 1), ymd(2027, 10, 1), policy.contacts.greeting_holidays);
  REQUIRE(mid_autumn.size() == 1);
  CHECK(mid_autumn[0].date == ymd(2027, 9, 15));
  // The workload counts three greetings a client a year, not five: 200 Gold clients → 800 SMS with the birthday.
  const rm::Workload w = rm::annual_workload(policy.contacts, policy.capacity, {{"gold", 200}},
                                             rm::yearly_events(2027, policy.contacts.greeting_holidays));
  REQUIRE(w.tiers.size() == 1);
  CHECK(w.tiers[0].per_client.messages >= 4);  // 3 holidays + the birthday
  const rm::Workload five = rm::annual_workload(rm::bank_b_policy().contacts, policy.capacity, {{"gold", 200}},
                                                rm::yearly_events(2027, rm::default_greeting_holidays()));
  CHECK(five.tiers[0].per_client.messages - w.tiers[0].per_client.messages == 2);
}

TEST_CASE("greeting days in a policy file: written, read back, checked; absent means the default five") {
  rm::Policy policy = rm::bank_b_policy();
  policy.contacts.greeting_holidays = {rm::HolidayKind::new_year, rm::HolidayKind::qixi};
  nlohmann::json j = rm::policy_to_json(policy);
  CHECK(j["contacts"]["greeting_holidays"] == nlohmann::json::array({"new_year", "qixi"}));
  auto back = rm::policy_from_json(j);
  REQUIRE(back.ok());
  CHECK(back.value().contacts.greeting_holidays == policy.contacts.greeting_holidays);

  j["contacts"].erase("greeting_holidays");
  back = rm::policy_from_json(j);
  REQUIRE(back.ok());
  CHECK(back.value().contacts.greeting_holidays == rm::default_greeting_holidays());

  j["contacts"]["greeting_holidays"] = nlohmann::json::array({"new_year", "christmas"});
  const auto bad = rm::policy_from_json(j);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.problem().code == "unknown_code");
  CHECK(bad.problem().path.find("greeting_holidays") != std::string::npos);

  // A holiday greeting rule with no holiday to greet on is refused, naming the field.
  policy.contacts.greeting_holidays.clear();
  const rm::Problems problems = rm::validate_policy(policy, "policy");
  REQUIRE_FALSE(problems.empty());
  CHECK(problems.front().code == "no_greeting_days");
}
