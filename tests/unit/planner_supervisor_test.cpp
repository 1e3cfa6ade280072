// Supervisor figures (docs/domain.md §1, "Roles") with hand-worked numbers:
// compliance per manager and tier, overloaded managers, clients without a
// manager and assignments not followed up within a week.
#include <catch_amalgamated.hpp>

#include "core/planner/supervisor_figures.h"
#include "core/policy/policy_presets.h"
#include "planner_test_book.h"

using namespace planner_test;
using rm::Channel;
using rm::ComplianceStatus;

namespace {

// The client's manager_id set at 10:00 China time on DAY (02:00 UTC).
void assign_on(rm::Client& c, rm::Date day) {
  rm::Hlc stamp;
  stamp.wall_ms = int64_t{day.days()} * 86'400'000 + 2 * 3'600'000;
  stamp.actor = "sup1";
  rm::stamp_field(c.meta, "manager_id", stamp);
}

rm::Client& add_managed(rm::Book& book, const std::string& id, rm::Fen assets, const std::string& manager) {
  rm::Client& c = add_client(book, id, assets);
  c.manager_id = tid(manager);
  return c;
}

void add_contacts(rm::Book& book, const std::string& client, int n, int proactive, int meetings) {
  for (int k = 0; k < n; ++k) {
    const bool meeting = k < meetings;
    add_contact(book, client, ymd(2025, 2, 3).plus_days(7 * k), meeting ? Channel::visit : Channel::phone,
                k < proactive, meeting);
    book.contacts.back().manager_id = book.clients.back().manager_id;
  }
}

const rm::TierCompliance* tier_of(const rm::ManagerFigures& m, const std::string& tier) {
  for (const auto& t : m.tiers)
    if (t.tier == tier) return &t;
  return nullptr;
}

}  // namespace

TEST_CASE("supervisor figures: compliance per manager and tier, no manager, assignment follow-up") {
  // Manager m1's book, judged on 10 January 2026 for the year 2025 (Bank A, 6-4-2 / 12-4-2).
  rm::Book b1 = empty_book();
  add_managed(b1, "a1", rm::yuan(500'000), "m1");
  add_contacts(b1, "a1", 6, 4, 2);  // 6-4-2 met
  add_managed(b1, "a2", rm::yuan(500'000), "m1");
  add_contacts(b1, "a2", 1, 1, 0);  // 6-4-2 overdue
  add_managed(b1, "b1", rm::yuan(2'000'000), "m1");  // 12-4-2 overdue: no contact at all
  add_managed(b1, "x1", rm::yuan(500'000), "");      // without a manager
  // Assigned on Monday 2 June 2025: follow-up due by 9 June.
  assign_on(add_managed(b1, "n1", rm::yuan(500'000), "m1"), ymd(2025, 6, 2));
  add_contact(b1, "n1", ymd(2025, 6, 12), Channel::phone, true, false);  // day 10: late
  b1.contacts.back().manager_id = tid("m1");
  assign_on(add_managed(b1, "n2", rm::yuan(500'000), "m1"), ymd(2025, 6, 2));
  add_contact(b1, "n2", ymd(2025, 6, 5), Channel::phone, true, false);  // day 3: in time
  b1.contacts.back().manager_id = tid("m1");

  // Manager m2's book.
  rm::Book b2 = empty_book();
  b2.settings.owner_manager_id = tid("m2");
  add_managed(b2, "c1", rm::yuan(4'000'000), "m2");
  add_contacts(b2, "c1", 12, 4, 2);  // 12-4-2 met
  add_managed(b2, "a3", rm::yuan(300'000), "m2");
  add_contacts(b2, "a3", 6, 4, 1);  // one meeting short: overdue
  add_managed(b2, "y1", rm::yuan(300'000), "");

  const rm::Policy policy = rm::bank_a_policy();
  const rm::Date as_of = ymd(2026, 1, 10);
  const rm::PlannerContext c1(b1, policy, as_of);
  const rm::PlannerContext c2(b2, policy, as_of);
  const auto figures = rm::supervisor_figures({&c1, &c2, &c2}, ymd(2025, 1, 1), ymd(2026, 1, 1));  // c2 twice: once

  REQUIRE(figures.managers.size() == 2);
  const rm::ManagerFigures& m1 = figures.managers[0];
  const rm::ManagerFigures& m2 = figures.managers[1];
  CHECK(m1.manager_id == tid("m1"));
  CHECK(m2.manager_id == tid("m2"));
  CHECK(m1.clients == 5);  // a1 a2 b1 n1 n2
  CHECK(m2.clients == 2);  // c1 a3

  // m1, tier A: four 6-4-2 items (a1 met; a2, n1, n2 overdue) and two follow-ups
  // (n2 met on day 3; n1 overdue): 6 items, 2 met, 4 overdue.
  const auto* m1a = tier_of(m1, "A");
  REQUIRE(m1a);
  CHECK(m1a->clients == 4);
  CHECK(m1a->items == 6);
  CHECK(m1a->met == 2);
  CHECK(m1a->overdue == 4);
  // m1, tier B: b1's 12-4-2, overdue.
  const auto* m1b = tier_of(m1, "B");
  REQUIRE(m1b);
  CHECK(m1b->clients == 1);
  CHECK(m1b->items == 1);
  CHECK(m1b->met == 0);
  CHECK(m1b->overdue == 1);
  CHECK(tier_of(m1, "C") == nullptr);
  // m2: C met, A overdue.
  const auto* m2c = tier_of(m2, "C");
  const auto* m2a = tier_of(m2, "A");
  REQUIRE(m2c);
  REQUIRE(m2a);
  CHECK((m2c->clients == 1 && m2c->items == 1 && m2c->met == 1 && m2c->overdue == 0));
  CHECK((m2a->clients == 1 && m2a->items == 1 && m2a->met == 0 && m2a->overdue == 1));

  // Bank A caps a book at 400 and has no per-tier ratios: nobody is overloaded.
  for (const auto& m : figures.managers) {
    CHECK(m.over_total_cap == 0);
    CHECK(m.over_ratio.empty());
    CHECK(m.staffing_load_percent == 0);
    CHECK_FALSE(m.overloaded);
  }

  CHECK(figures.clients_without_manager == std::vector<rm::RecordId>{tid("x1"), tid("y1")});

  // n1: assigned 2 June, due 9 June, first contact 12 June; on 10 January 2026
  // that is 21 + 31 + 31 + 30 + 31 + 30 + 31 + 10 = 215 days overdue.
  REQUIRE(figures.assignments_not_followed_up.size() == 1);
  const rm::ComplianceItem& f = figures.assignments_not_followed_up.front();
  CHECK(b1.clients[f.client].meta.id == tid("n1"));
  CHECK(f.manager_id == tid("m1"));
  CHECK(f.start == ymd(2025, 6, 2));
  CHECK(f.due == ymd(2025, 6, 9));
  CHECK(f.status == ComplianceStatus::overdue);
  CHECK(f.overdue_days == 215);
}

TEST_CASE("supervisor figures: overloaded against the staffing ratios and the total cap") {
  // Bank B ratios (source 004): Diamond 30, Platinum 100, Gold 200 clients a manager.
  // One merged branch book, one context per manager.
  rm::Book branch = empty_book();
  int n = 0;
  const auto add = [&](const std::string& manager, rm::Fen assets, int count) {
    for (int k = 0; k < count; ++k) add_managed(branch, "c" + std::to_string(n++), assets, manager);
  };
  const rm::Fen diamond = rm::yuan(6'000'000), platinum = rm::yuan(2'000'000), gold = rm::yuan(500'000);
  add("m1", diamond, 31);  // 1 over the Diamond ratio: 31/30 = 103 %
  add("m2", diamond, 15);  // 15/30 + 50/100 = 100 %: a full book, not over
  add("m2", platinum, 50);
  add("m3", diamond, 15);  // 15/30 + 60/100 + 20/200 = 120 %: no tier over its ratio,
  add("m3", platinum, 60);  // but together more than one manager's work
  add("m3", gold, 20);
  add("", gold, 3);  // unassigned

  const rm::Policy bank_b = rm::bank_b_policy();
  const rm::Date as_of = ymd(2025, 3, 10);
  rm::PlannerSettings s1, s2, s3;
  s1.manager_id = tid("m1");
  s2.manager_id = tid("m2");
  s3.manager_id = tid("m3");
  const rm::PlannerContext k1(branch, bank_b, as_of, s1), k2(branch, bank_b, as_of, s2), k3(branch, bank_b, as_of, s3);
  const auto figures = rm::supervisor_figures({&k1, &k2, &k3}, ymd(2025, 3, 1), ymd(2025, 3, 11));
  REQUIRE(figures.managers.size() == 3);
  const auto& m1 = figures.managers[0];
  const auto& m2 = figures.managers[1];
  const auto& m3 = figures.managers[2];
  CHECK(m1.clients == 31);
  CHECK(m2.clients == 65);
  CHECK(m3.clients == 95);
  CHECK(m1.over_ratio == std::vector<std::pair<std::string, int>>{{"diamond", 1}});
  CHECK(m1.staffing_load_percent == 103);
  CHECK(m1.overloaded);
  CHECK(m2.over_ratio.empty());
  CHECK(m2.staffing_load_percent == 100);
  CHECK_FALSE(m2.overloaded);
  CHECK(m3.over_ratio.empty());
  CHECK(m3.staffing_load_percent == 120);
  CHECK(m3.overloaded);
  CHECK(figures.clients_without_manager.size() == 3);
  // No contacts: nothing met; the quarter and the month end on 31 March, so
  // nothing is overdue on 10 March either. The merged book counts once.
  const auto* d1 = tier_of(m1, "diamond");
  REQUIRE(d1);
  CHECK(d1->clients == 31);
  CHECK(d1->overdue == 0);
  CHECK(d1->met == 0);

  // Bank A's cap of 400 clients a manager: 401 is one over.
  rm::Book big = empty_book();
  for (int k = 0; k < 401; ++k) add_managed(big, "b" + std::to_string(k), rm::yuan(500'000), "m1");
  const rm::Policy bank_a = rm::bank_a_policy();
  const rm::PlannerContext ctx(big, bank_a, as_of);
  const auto capped = rm::supervisor_figures({&ctx}, ymd(2025, 3, 1), ymd(2025, 3, 11));
  REQUIRE(capped.managers.size() == 1);
  CHECK(capped.managers[0].clients == 401);
  CHECK(capped.managers[0].over_total_cap == 1);
  CHECK(capped.managers[0].over_ratio.empty());
  CHECK(capped.managers[0].overloaded);
}

TEST_CASE("reassignment load: each touched manager's clients and load before and after") {
  // Bank B ratios (source 004): Diamond 30 a manager.
  rm::Book branch = empty_book();
  for (int k = 0; k < 31; ++k) add_managed(branch, "d" + std::to_string(k), rm::yuan(6'000'000), "m1");  // 103 %
  for (int k = 0; k < 15; ++k) add_managed(branch, "e" + std::to_string(k), rm::yuan(6'000'000), "m2");  // 50 %
  add_managed(branch, "f0", rm::yuan(6'000'000), "m3");
  const rm::Policy bank_b = rm::bank_b_policy();
  const rm::PlannerContext ctx(branch, bank_b, ymd(2025, 3, 10));
  // Two of m1's clients and m3's one go to m2; a client already m2's changes nothing.
  const auto changes = rm::reassignment_load(ctx, {tid("d0"), tid("d1"), tid("f0"), tid("e0")}, tid("m2"));
  REQUIRE(changes.size() == 3);
  const auto of = [&](const std::string& m) -> const rm::LoadChange& {
    for (const auto& c : changes)
      if (c.manager_id == tid(m)) return c;
    FAIL("no change for " << m);
    return changes.front();
  };
  CHECK(of("m1").clients_before == 31);
  CHECK(of("m1").clients_after == 29);
  CHECK(of("m1").load_percent_before == 103);
  CHECK(of("m1").load_percent_after == 97);
  CHECK(of("m1").overloaded_before);
  CHECK_FALSE(of("m1").overloaded_after);
  CHECK(of("m2").clients_before == 15);
  CHECK(of("m2").clients_after == 18);
  CHECK(of("m2").load_percent_after == 60);
  CHECK(of("m3").clients_after == 0);
  CHECK(of("m3").load_percent_after == 0);
}
