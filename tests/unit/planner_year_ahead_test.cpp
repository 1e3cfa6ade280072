#include <catch_amalgamated.hpp>

#include "core/planner/year_ahead.h"
#include "core/policy/policy_presets.h"
#include "planner_test_book.h"

using namespace planner_test;

TEST_CASE("the worked example of domain.md §2: 400 clients under 6-4-2 / 12-4-2") {
  const rm::Policy policy = rm::bank_a_policy();
  const auto need = rm::capacity_needed(policy, {{"A", 320}, {"B", 40}, {"C", 40}}, 2026);
  CHECK(need.workload.working_days == 250);
  CHECK(need.workload.per_year.services == 2880);
  CHECK(need.workload.per_year.proactive == 1600);
  CHECK(need.workload.per_year.meetings == 800);
  CHECK(need.services_per_day.tenths() == 115);  // 11.52 shown as 11.5
  CHECK(need.proactive_per_day.tenths() == 64);
  CHECK(need.meetings_per_day.tenths() == 32);
  CHECK(need.services_per_day.numerator == 2880);
  CHECK(need.services_per_day.denominator == 250);
  CHECK(need.services_per_week.tenths() == 576);
}

TEST_CASE("year ahead from a book: headcount by tier and projection at pace") {
  rm::Book book = empty_book();
  for (int i = 0; i < 8; ++i) add_client(book, "a" + std::to_string(i), rm::yuan(500'000));
  for (int i = 0; i < 2; ++i) add_client(book, "b" + std::to_string(i), rm::yuan(2'000'000));
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, ymd(2025, 1, 2));
  const auto ya = rm::year_ahead(ctx);
  REQUIRE(ya.headcount.size() == 2);
  CHECK(ya.needed.workload.per_year.services == 8 * 6 + 2 * 12);
  REQUIRE(ya.projection.size() == 2);
  CHECK(ya.projection[0].meeting_rules_now == 0);
  CHECK(ya.projection[0].meeting_rules_at_pace == 8);  // ample capacity for 10 clients
  CHECK(ya.projection[1].meeting_rules_at_pace == 2);
  CHECK(ya.unscheduled == 0);
}
