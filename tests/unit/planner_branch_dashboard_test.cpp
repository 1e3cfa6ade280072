// The branch dashboard (docs/domain.md §1, §3) with hand-worked numbers:
// compliance per manager and tier, the pipeline by step, reports waiting for
// review (reports and financial plans), the week's target, overdue tasks and
// rule items, the staffing load, unassigned clients.
#include <catch_amalgamated.hpp>

#include "core/planner/branch_dashboard.h"
#include "core/policy/policy_presets.h"
#include "planner_test_book.h"

using namespace planner_test;
using rm::Channel;
using rm::SalesStep;

namespace {

rm::Client& add_managed(rm::Book& book, const std::string& id, rm::Fen assets, const std::string& manager) {
  rm::Client& c = add_client(book, id, assets);
  c.manager_id = manager.empty() ? rm::RecordId{} : tid(manager);
  return c;
}

void add_contacts(rm::Book& book, const std::string& client, int n, int proactive, int meetings) {
  const rm::RecordId manager = book.clients.back().manager_id;
  for (int k = 0; k < n; ++k) {
    const bool meeting = k < meetings;
    add_contact(book, client, ymd(2025, 2, 3).plus_days(7 * k), meeting ? Channel::visit : Channel::phone,
                k < proactive, meeting);
    book.contacts.back().manager_id = manager;
  }
}

void add_opportunity(rm::Book& book, const std::string& id, const std::string& manager, const std::string& client,
                     SalesStep step, rm::Fen amount, rm::OpportunityStatus status = rm::OpportunityStatus::open,
                     std::optional<rm::Date> closed = std::nullopt) {
  rm::Opportunity o;
  o.meta.id = tid(id);
  if (!manager.empty()) o.manager_id = tid(manager);
  if (!client.empty()) o.client_id = tid(client);
  o.step = step;
  o.expected_amount = amount;
  o.status = status;
  o.closed_on = closed;
  book.opportunities.push_back(o);
}

void add_report(rm::Book& book, const std::string& id, const std::string& manager, const std::string& client,
                rm::ReviewState review) {
  rm::CommunicationReport r;
  r.meta.id = tid(id);
  if (!manager.empty()) r.manager_id = tid(manager);
  if (!client.empty()) r.client_id = tid(client);
  r.date = ymd(2025, 12, 1);
  r.review = review;
  book.communication_reports.push_back(r);
}

void add_task(rm::Book& book, const std::string& id, const std::string& manager, const std::string& client,
              rm::Date due, std::optional<rm::Date> done = std::nullopt) {
  rm::Task t;
  t.meta.id = tid(id);
  if (!manager.empty()) t.manager_id = tid(manager);
  if (!client.empty()) t.client_id = tid(client);
  t.due = due;
  t.done_on = done;
  book.tasks.push_back(t);
}

const rm::TierCompliance* tier_of(const rm::ManagerFigures& m, const std::string& tier) {
  for (const auto& t : m.tiers)
    if (t.tier == tier) return &t;
  return nullptr;
}

std::vector<rm::RecordId> ids(std::initializer_list<const char*> names) {
  std::vector<rm::RecordId> out;
  for (const char* n : names) out.push_back(tid(n));
  return out;
}

}  // namespace

TEST_CASE("branch dashboard: two managers' books, compliance, pipeline, reviews, overdue, load") {
  // Manager m1's book (Bank A; judged on 10 January 2026 for the year 2025).
  rm::Book b1 = empty_book();
  rm::Manager li;
  li.meta.id = tid("m1");
  li.name = "李晓燕";
  b1.managers.push_back(li);
  add_managed(b1, "a1", rm::yuan(500'000), "m1");
  add_contacts(b1, "a1", 6, 4, 2);  // 6-4-2 met
  add_managed(b1, "a2", rm::yuan(500'000), "m1");
  add_contacts(b1, "a2", 1, 1, 0);  // 6-4-2 overdue
  add_managed(b1, "b1", rm::yuan(2'000'000), "m1");  // 12-4-2 overdue: no contact
  add_managed(b1, "x1", rm::yuan(500'000), "");      // nobody's

  add_opportunity(b1, "o1", "m1", "a1", SalesStep::find, 10'000'000);
  add_opportunity(b1, "o2", "m1", "a2", SalesStep::find, 5'000'050);
  add_opportunity(b1, "o3", "", "a1", SalesStep::proposal, 30'000'000);  // a1's manager: m1
  b1.opportunities[0].opened_on = ymd(2026, 1, 5);
  b1.opportunities[1].opened_on = ymd(2026, 1, 4);
  b1.opportunities[2].opened_on = ymd(2026, 1, 9);
  add_opportunity(b1, "o4", "m1", "a1", SalesStep::presentation, 20'000'000, rm::OpportunityStatus::won,
                  ymd(2025, 6, 1));
  add_opportunity(b1, "o5", "m1", "a2", SalesStep::presentation, 1'000, rm::OpportunityStatus::lost,
                  ymd(2025, 7, 1));
  add_opportunity(b1, "o6", "m1", "a2", SalesStep::presentation, 4'000, rm::OpportunityStatus::won,
                  ymd(2024, 12, 31));  // closed before the period
  add_opportunity(b1, "o7", "m1", "a2", SalesStep::needs, 99);
  b1.opportunities.back().meta.deleted = true;
  add_opportunity(b1, "o8", "", "", SalesStep::needs, 7);  // nobody's: the branch total only

  add_report(b1, "r1", "m1", "a1", rm::ReviewState::submitted);
  add_report(b1, "r2", "m1", "a1", rm::ReviewState::draft);
  add_report(b1, "r3", "m1", "a2", rm::ReviewState::approved);
  add_report(b1, "r5", "m1", "a2", rm::ReviewState::submitted);
  b1.communication_reports.back().meta.deleted = true;

  const auto add_plan = [](rm::Book& book, const std::string& id, const std::string& manager,
                           const std::string& client, rm::ReviewState review) {
    rm::FinancialPlan p;
    p.meta.id = tid(id);
    if (!manager.empty()) p.manager_id = tid(manager);
    p.client_id = tid(client);
    p.review = review;
    book.financial_plans.push_back(p);
  };
  add_plan(b1, "p1", "m1", "a1", rm::ReviewState::submitted);
  add_plan(b1, "p2", "m1", "a2", rm::ReviewState::approved);
  add_plan(b1, "p4", "m1", "a2", rm::ReviewState::draft);
  const auto add_target = [](rm::Book& book, const std::string& id, rm::Date week, rm::Fen amount) {
    rm::WeeklyTarget t;
    t.meta.id = tid(id);
    t.manager_id = tid("m1");
    t.week_start = week;
    t.new_opportunity_amount = amount;
    book.weekly_targets.push_back(t);
  };
  add_target(b1, "w2", ymd(2026, 1, 5), 50'000'000);
  add_target(b1, "w1", ymd(2025, 12, 29), 1);  // last week's, listed after this week's

  add_task(b1, "t1", "m1", "a1", ymd(2026, 1, 9));                    // overdue
  add_task(b1, "t2", "m1", "a1", ymd(2026, 1, 10));                   // due today: not yet
  add_task(b1, "t3", "m1", "a2", ymd(2026, 1, 1), ymd(2026, 1, 2));  // done
  add_task(b1, "t5", "m1", "a2", ymd(2025, 12, 1));
  b1.tasks.back().meta.deleted = true;

  // Manager m2's book.
  rm::Book b2 = empty_book();
  b2.settings.owner_manager_id = tid("m2");
  add_managed(b2, "c1", rm::yuan(4'000'000), "m2");
  add_contacts(b2, "c1", 12, 4, 2);  // 12-4-2 met
  add_managed(b2, "a3", rm::yuan(300'000), "m2");
  add_contacts(b2, "a3", 6, 4, 1);  // one meeting short: overdue
  // Assigned on Monday 2 June 2025, first contact on 12 June: the week's
  // follow-up is overdue, and so is the year's 6-4-2.
  rm::Client& n1 = add_managed(b2, "n1", rm::yuan(500'000), "m2");
  rm::Hlc assigned;
  assigned.wall_ms = int64_t{ymd(2025, 6, 2).days()} * 86'400'000 + 2 * 3'600'000;  // 10:00 China time
  assigned.actor = "sup1";
  rm::stamp_field(n1.meta, "manager_id", assigned);
  add_contact(b2, "n1", ymd(2025, 6, 12), Channel::phone, true, false);
  b2.contacts.back().manager_id = tid("m2");
  add_managed(b2, "y1", rm::yuan(300'000), "");

  add_opportunity(b2, "o9", "m2", "c1", SalesStep::find, 1'000);
  add_report(b2, "r4", "m2", "c1", rm::ReviewState::submitted);
  add_report(b2, "r6", "", "a3", rm::ReviewState::submitted);  // a3's manager: m2
  rm::FinancialPlan p3;
  p3.meta.id = tid("p3");
  p3.client_id = tid("c1");  // c1's manager: m2
  p3.review = rm::ReviewState::submitted;
  b2.financial_plans.push_back(p3);
  add_task(b2, "t4", "", "c1", ymd(2025, 12, 20));               // c1's manager: m2
  add_task(b2, "t6", "", "", ymd(2025, 12, 1));                  // nobody's

  // Bank A as a branch edited it: staffing ratios A 200, B 100, C 30.
  rm::Policy policy = rm::bank_a_policy();
  policy.capacity.staffing = {{"A", 200, 0}, {"B", 100, 0}, {"C", 30, 0}};
  const rm::Date as_of = ymd(2026, 1, 10);
  const rm::PlannerContext c1(b1, policy, as_of);
  const rm::PlannerContext c2(b2, policy, as_of);
  const auto d = rm::branch_dashboard({&c1, &c2, &c2}, ymd(2025, 1, 1), ymd(2026, 1, 1));  // c2 twice: once

  CHECK(d.as_of == as_of);
  CHECK(d.unassigned_clients == ids({"x1", "y1"}));
  REQUIRE(d.managers.size() == 2);
  const rm::ManagerDashboard& m1 = d.managers[0];
  const rm::ManagerDashboard& m2 = d.managers[1];
  CHECK(m1.manager_id == tid("m1"));
  CHECK(m1.name == "李晓燕");
  CHECK(m2.manager_id == tid("m2"));
  CHECK(m2.name.empty());  // no manager record in either book

  // Compliance per tier. m1, A: a1's 6-4-2 met, a2's overdue, and a1's risk
  // assessment, due today because o3 is a proposal to a client never assessed
  // (docs/domain.md §2): not met, not yet overdue. B: b1's 12-4-2 overdue.
  CHECK(m1.figures.clients == 3);
  const auto* m1a = tier_of(m1.figures, "A");
  const auto* m1b = tier_of(m1.figures, "B");
  REQUIRE(m1a);
  REQUIRE(m1b);
  CHECK((m1a->clients == 2 && m1a->items == 3 && m1a->met == 1 && m1a->overdue == 1));
  CHECK((m1b->clients == 1 && m1b->items == 1 && m1b->met == 0 && m1b->overdue == 1));
  CHECK(m1.overdue_rule_items == 2);
  CHECK(m1.assignments_not_followed_up == 0);
  // m2: C met; A: a3 and n1's 6-4-2 and n1's follow-up, all three overdue.
  CHECK(m2.figures.clients == 3);
  const auto* m2a = tier_of(m2.figures, "A");
  const auto* m2c = tier_of(m2.figures, "C");
  REQUIRE(m2a);
  REQUIRE(m2c);
  CHECK((m2a->clients == 2 && m2a->items == 3 && m2a->met == 0 && m2a->overdue == 3));
  CHECK((m2c->clients == 1 && m2c->items == 1 && m2c->met == 1 && m2c->overdue == 0));
  CHECK(m2.overdue_rule_items == 3);
  CHECK(m2.assignments_not_followed_up == 1);

  // Staffing load: m1 2/200 + 1/100 = 1 % + 1 % = 2 %;
  // m2 2/200 + 1/30 = 1 % + 3.33 % = 4 %.
  CHECK(m1.figures.staffing_load_percent == 2);
  CHECK(m2.figures.staffing_load_percent == 4);
  CHECK_FALSE(m1.figures.overloaded);
  CHECK_FALSE(m2.figures.overloaded);

  // Pipeline, open opportunities by step. m1: find o1 + o2, proposal o3.
  const auto step = [](const rm::ManagerDashboard& m, SalesStep s) { return m.pipeline[static_cast<size_t>(s)]; };
  CHECK(step(m1, SalesStep::find).step == SalesStep::find);
  CHECK(step(m1, SalesStep::find).open == 2);
  CHECK(step(m1, SalesStep::find).amount == 15'000'050);
  CHECK(step(m1, SalesStep::needs).open == 0);  // o7 is deleted
  CHECK(step(m1, SalesStep::proposal).open == 1);
  CHECK(step(m1, SalesStep::proposal).amount == 30'000'000);
  CHECK(step(m1, SalesStep::presentation).open == 0);  // o4 o5 o6 are closed
  // The week of Saturday 10 January: Monday 5 to Sunday 11. Opened in it:
  // o1 (5 January) and o3 (9 January), not o2 (Sunday 4 January).
  CHECK(d.week_start == ymd(2026, 1, 5));
  CHECK(m1.opened_this_week == 2);
  CHECK(m1.opened_this_week_amount == 40'000'000);
  CHECK(m1.week_target_amount == std::optional<rm::Fen>(50'000'000));  // this week's, not last week's
  CHECK_FALSE(m2.week_target_amount.has_value());
  CHECK(m2.opened_this_week == 0);
  CHECK(m1.pipeline_amount == 45'000'050);
  CHECK((m1.won == 1 && m1.won_amount == 20'000'000 && m1.lost == 1));  // o6 closed in 2024
  CHECK(step(m2, SalesStep::find).open == 1);
  CHECK(m2.pipeline_amount == 1'000);
  // The branch: m1's and m2's and o8, nobody's.
  CHECK(d.pipeline[0].open == 3);
  CHECK(d.pipeline[0].amount == 15'001'050);
  CHECK(d.pipeline[2].open == 1);
  CHECK(d.pipeline[2].amount == 7);
  CHECK(d.pipeline[3].amount == 30'000'000);
  CHECK(d.pipeline_amount == 45'001'057);

  // Reviews: submitted only, not deleted; r6 reaches m2 through its client.
  CHECK(m1.reports_awaiting_review == ids({"r1"}));
  CHECK(m2.reports_awaiting_review == ids({"r4", "r6"}));
  CHECK(m1.plans_awaiting_review == ids({"p1"}));
  CHECK(m2.plans_awaiting_review == ids({"p3"}));
  // Overdue tasks: due before 10 January and not done; t4 through its client.
  CHECK(m1.overdue_tasks == ids({"t1"}));
  CHECK(m2.overdue_tasks == ids({"t4"}));
}

TEST_CASE("branch dashboard: one merged book against Bank B's staffing ratios; totals saturate") {
  // Diamond 30, Platinum 100, Gold 200 clients a manager (source 004).
  rm::Book branch = empty_book();
  int n = 0;
  const auto add = [&](const std::string& manager, rm::Fen assets, int count) {
    for (int k = 0; k < count; ++k) add_managed(branch, "c" + std::to_string(n++), assets, manager);
  };
  const rm::Fen diamond = rm::yuan(6'000'000), platinum = rm::yuan(2'000'000), gold = rm::yuan(500'000);
  add("m1", diamond, 45);  // 45/30 = 150 %, 15 over the Diamond ratio
  add("m2", platinum, 50);  // 50/100 + 100/200 = 100 %: a full book, not over
  add("m2", gold, 100);
  add("", gold, 2);
  // 9 224 opportunities of the largest amount (10^15 fen) pass INT64_MAX.
  for (int k = 0; k < 9'224; ++k)
    add_opportunity(branch, "big" + std::to_string(k), "m2", "", SalesStep::presentation, rm::kMaxAmount);

  const rm::Policy bank_b = rm::bank_b_policy();
  const rm::PlannerContext ctx(branch, bank_b, ymd(2025, 3, 10));
  const auto d = rm::branch_dashboard({&ctx}, ymd(2025, 3, 1), ymd(2025, 3, 11));
  REQUIRE(d.managers.size() == 2);
  const auto& m1 = d.managers[0];
  const auto& m2 = d.managers[1];
  CHECK(m1.figures.clients == 45);
  CHECK(m1.figures.staffing_load_percent == 150);
  CHECK(m1.figures.over_ratio == std::vector<std::pair<std::string, int>>{{"diamond", 15}});
  CHECK(m1.figures.overloaded);
  CHECK(m2.figures.clients == 150);
  CHECK(m2.figures.staffing_load_percent == 100);
  CHECK_FALSE(m2.figures.overloaded);
  CHECK(d.unassigned_clients.size() == 2);
  CHECK(m2.pipeline[static_cast<size_t>(SalesStep::presentation)].open == 9'224);
  CHECK(m2.pipeline[static_cast<size_t>(SalesStep::presentation)].amount == rm::kMoneyCeiling);
  CHECK(m2.pipeline_amount == rm::kMoneyCeiling);
  CHECK(d.pipeline_amount == rm::kMoneyCeiling);
  CHECK(m1.pipeline_amount == 0);
}
