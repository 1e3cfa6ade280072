// Tier history (docs/domain.md §1, "Tier history"): each period is judged by
// the tier the client had in it, from the assets the bank reported then, pro
// rata — not by today's tier for the whole year.
#include <catch_amalgamated.hpp>

#include "app/commands/client_commands.h"
#include "command_fixture.h"
#include "core/planner/compliance.h"
#include "core/planner/tier_timeline.h"
#include "core/policy/policy_presets.h"
#include "planner_test_book.h"

using namespace planner_test;

namespace {
const rm::ComplianceItem* find(const std::vector<rm::ComplianceItem>& items, std::string_view rule) {
  for (const auto& i : items)
    if (i.rule_id == rule) return &i;
  return nullptr;
}
}  // namespace

TEST_CASE("Bank A: a client upgraded on 1 November owes 6-4-2 for January–October and 12-4-2 for the rest") {
  rm::Book book = empty_book();
  rm::Client& c = add_client(book, "up", rm::yuan(1'500'000));
  c.asset_history = {{ymd(2026, 1, 31), rm::yuan(600'000)}, {ymd(2026, 11, 1), rm::yuan(1'500'000)}};
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, ymd(2026, 12, 3));
  CHECK(ctx.facts(0).tiers.tier_on(ymd(2026, 6, 1)) == "A");
  CHECK(ctx.facts(0).tiers.tier_on(ymd(2026, 11, 1)) == "B");
  const auto items = rm::evaluate_compliance(ctx, ymd(2026, 1, 1), ymd(2027, 1, 1));
  const auto* a = find(items, "bank_a.6_4_2");
  const auto* b = find(items, "bank_a.12_4_2");
  REQUIRE(a);
  REQUIRE(b);
  // 1 January – 31 October: 304 of 365 days. 6-4-2 × 304/365 = 5.00, 3.33, 1.67 → 5-3-2.
  CHECK(a->required.front().services == 5);
  CHECK(a->required.front().proactive == 3);
  CHECK(a->required.front().meetings == 2);
  CHECK(a->due == ymd(2026, 10, 31));
  // 1 November – 31 December: 61 days. 12-4-2 × 61/365 = 2.01, 0.67, 0.33 → 2-1-0.
  CHECK(b->required.front().services == 2);
  CHECK(b->required.front().proactive == 1);
  CHECK(b->required.front().meetings == 0);
  CHECK(b->start == ymd(2026, 11, 1));
}

TEST_CASE("without a history the tier of today's assets stands for the whole year") {
  rm::Book book = empty_book();
  add_client(book, "up", rm::yuan(1'500'000));
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, ymd(2026, 12, 3));
  const auto items = rm::evaluate_compliance(ctx, ymd(2026, 1, 1), ymd(2027, 1, 1));
  CHECK(find(items, "bank_a.6_4_2") == nullptr);
  REQUIRE(find(items, "bank_a.12_4_2"));
  CHECK(find(items, "bank_a.12_4_2")->required.front().services == 12);
}

TEST_CASE("Bank B: a Platinum client who fell to Gold on 1 July owes Platinum's monthly calls only until June") {
  rm::Book book = empty_book();
  rm::Client& c = add_client(book, "down", rm::yuan(600'000));
  c.asset_history = {{ymd(2026, 1, 1), rm::yuan(2'000'000)}, {ymd(2026, 7, 1), rm::yuan(600'000)}};
  const rm::Policy policy = rm::bank_b_policy();
  const rm::PlannerContext ctx(book, policy, ymd(2026, 12, 3));
  const std::string june = ctx.facts(0).tiers.tier_on(ymd(2026, 6, 15));
  const std::string july = ctx.facts(0).tiers.tier_on(ymd(2026, 7, 15));
  CHECK(june != july);
  CHECK(july == ctx.facts(0).tiers.current());
  int monthly_june = 0, monthly_july = 0;
  for (const rm::ComplianceItem& i : rm::evaluate_compliance(ctx, ymd(2026, 6, 1), ymd(2026, 8, 1))) {
    if (policy.contacts.rules[i.rule].period != rm::RulePeriod::month) continue;
    if (i.start == ymd(2026, 6, 1)) ++monthly_june;
    if (i.start == ymd(2026, 7, 1)) ++monthly_july;
  }
  CHECK(monthly_june == 1);  // Platinum: 4 calls or 2 meetings in June
  CHECK(monthly_july == 0);  // Gold has no monthly rule
}

TEST_CASE("the timeline: readings in force by date, a later override, readings after today not yet") {
  rm::Client c;
  c.average_daily_assets = rm::yuan(1'500'000);
  c.asset_history = {{ymd(2026, 3, 1), rm::yuan(200'000)}, {ymd(2026, 9, 1), rm::yuan(1'500'000)},
                     {ymd(2027, 1, 1), rm::yuan(100'000)}};
  const rm::Policy policy = rm::bank_a_policy();
  rm::TierTimeline t = rm::client_tier_timeline(c, policy.tiers, ymd(2026, 12, 3));
  REQUIRE(t.spans().size() == 2);
  CHECK(t.tier_on(ymd(2025, 1, 1)) == "A");  // the first reading covers earlier dates
  CHECK(t.tier_on(ymd(2026, 8, 31)) == "A");
  CHECK(t.tier_on(ymd(2026, 9, 1)) == "B");
  CHECK(t.current() == "B");
  // Today's figure differs from the last reading: from the day after it.
  c.average_daily_assets = rm::yuan(300'000);
  t = rm::client_tier_timeline(c, policy.tiers, ymd(2026, 12, 3));
  CHECK(t.tier_on(ymd(2026, 9, 1)) == "B");
  CHECK(t.tier_on(ymd(2026, 9, 2)) == "A");
  c.tier_override = rm::TierOverride{"C", "sup", ymd(2026, 10, 1), "行长特批"};
  t = rm::client_tier_timeline(c, policy.tiers, ymd(2026, 12, 3));
  CHECK(t.tier_on(ymd(2026, 9, 1)) == "B");
  CHECK(t.tier_on(ymd(2026, 10, 1)) == "C");
  CHECK(t.current() == "C");
}

TEST_CASE("editing a client's assets keeps the old figure as a reading, so earlier periods keep their tier") {
  rm::test::CommandFixture f;
  const std::string c1 = rm::test::tid("c1").str();
  const rm::Fen before = f.ws.book().clients[f.ws.index().client(rm::test::tid("c1"))].average_daily_assets;
  REQUIRE(f.run_json(R"({"command":"update_client_profile","client_id":")" + c1 +
                     R"(","changes":{"average_daily_assets":150000000}})"));
  const rm::Client& c = f.ws.book().clients[f.ws.index().client(rm::test::tid("c1"))];
  REQUIRE(c.asset_history.size() == (before != 0 ? 2u : 1u));
  if (before != 0) CHECK(c.asset_history.front() == rm::AssetReading{f.today.plus_days(-1), before});
  CHECK(c.asset_history.back() == rm::AssetReading{f.today, 150000000});
  // A second change the same day replaces today's reading.
  REQUIRE(f.run_json(R"({"command":"update_client_profile","client_id":")" + c1 +
                     R"(","changes":{"average_daily_assets":160000000}})"));
  const rm::Client& again = f.ws.book().clients[f.ws.index().client(rm::test::tid("c1"))];
  CHECK(again.asset_history.back() == rm::AssetReading{f.today, 160000000});
  CHECK(again.asset_history.size() == (before != 0 ? 2u : 1u));
  REQUIRE(f.undo());
  REQUIRE(f.undo());
  CHECK(f.ws.book().clients[f.ws.index().client(rm::test::tid("c1"))].asset_history.empty());
}
