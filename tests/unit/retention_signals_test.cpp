// Retention signals and product events from the book's holdings
// (docs/domain.md §6, "Retention"; 004: "大额资金流出、等级下降…挽留并向主管报告";
// Bank B: an SMS when the return of a product the client holds changes).
#include <catch_amalgamated.hpp>

#include "core/planner/agenda.h"
#include "core/planner/branch_dashboard.h"
#include "core/planner/compliance.h"
#include "core/planner/contact_events.h"
#include "core/planner/retention.h"
#include "core/policy/policy_presets.h"
#include "planner_test_book.h"

using namespace planner_test;

namespace {

const rm::Date kToday = ymd(2026, 12, 3);

int64_t ms_of(rm::Date d) { return int64_t{d.days()} * 86'400'000 + 4 * 3'600'000; }

std::vector<rm::ContactEvent> events_of(const rm::PlannerContext& ctx, rm::ContactEventKind kind) {
  std::vector<rm::ContactEvent> out;
  for (rm::ContactEvent& e : rm::contact_events(ctx, ctx.as_of(), ctx.as_of().plus_days(7)))
    if (e.kind == kind) out.push_back(std::move(e));
  return out;
}

}  // namespace

TEST_CASE("a large outflow asks for a retention call within a week and is reported to the supervisor") {
  rm::Book book = empty_book();
  rm::Client& c = add_client(book, "leaving", rm::yuan(900'000));
  // Bank A tiers: 1.5 M is B, 0.9 M is A. A fall of 40 % on 1 December.
  c.asset_history = {{ymd(2026, 6, 30), rm::yuan(1'500'000)}, {ymd(2026, 12, 1), rm::yuan(900'000)}};
  add_client(book, "steady", rm::yuan(600'000));
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, kToday);

  const auto signals = rm::retention_signals(ctx, ymd(2026, 12, 1), ymd(2027, 1, 1));
  REQUIRE(signals.size() == 2);  // the outflow, and the fall from tier B to A on the same day
  CHECK(signals[0].kind == rm::RetentionSignalKind::large_outflow);
  CHECK(signals[0].before == rm::yuan(1'500'000));
  CHECK(signals[0].after == rm::yuan(900'000));
  CHECK(signals[1].kind == rm::RetentionSignalKind::tier_downgrade);
  CHECK(signals[1].tier_before == "B");
  CHECK(signals[1].tier_after == "A");

  const auto calls = events_of(ctx, rm::ContactEventKind::retention);
  REQUIRE(calls.size() == 2);
  CHECK(calls[0].client == 0);
  CHECK(calls[0].due == ymd(2026, 12, 8));
  CHECK(calls[0].suggested == rm::ContactClass::call);
  // Today's plan has the call.
  const rm::Agenda plan = rm::plan_agenda(ctx, kToday, 1);
  REQUIRE_FALSE(plan.days.empty());
  bool planned = false;
  for (const rm::AgendaEntry& e : plan.days.front().entries)
    for (const rm::AgendaReason& r : e.reasons) planned |= e.client == 0 && r.code == "retention";
  CHECK(planned);

  // The supervisor's figures list it for the manager.
  const rm::BranchDashboard d = rm::branch_dashboard({&ctx}, ymd(2026, 12, 1), ymd(2027, 1, 1));
  REQUIRE(d.managers.size() == 1);
  CHECK(d.managers[0].retention_signals == 2);
  REQUIRE(d.retention.size() == 2);
  CHECK(d.retention[0].client_id == tid("leaving"));

  // A call after the signal serves it.
  add_contact(book, "leaving", ymd(2026, 12, 2), rm::Channel::phone, true, false);
  const rm::PlannerContext after(book, policy, kToday);
  CHECK(events_of(after, rm::ContactEventKind::retention).empty());
}

TEST_CASE("a steady decline: three falls in a row, none of them large") {
  rm::Book book = empty_book();
  rm::Client& c = add_client(book, "slow", rm::yuan(700'000));
  c.asset_history = {{ymd(2026, 8, 31), rm::yuan(900'000)},
                     {ymd(2026, 9, 30), rm::yuan(850'000)},
                     {ymd(2026, 10, 31), rm::yuan(780'000)},
                     {ymd(2026, 11, 30), rm::yuan(700'000)}};
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, kToday);
  const auto signals = rm::retention_signals(ctx, ymd(2026, 1, 1), ymd(2027, 1, 1));
  REQUIRE(signals.size() == 1);
  CHECK(signals[0].kind == rm::RetentionSignalKind::steady_decline);
  CHECK(signals[0].date == ymd(2026, 11, 30));
  CHECK(signals[0].before == rm::yuan(900'000));
  // Two falls are not yet a decline.
  c.asset_history.pop_back();
  const rm::PlannerContext earlier(book, policy, kToday);
  CHECK(rm::retention_signals(earlier, ymd(2026, 1, 1), ymd(2027, 1, 1)).empty());
}

TEST_CASE("Bank B: a change in the return of a product the client holds asks for an SMS that day") {
  rm::Book book = empty_book();
  add_client(book, "holder", rm::yuan(600'000));
  rm::Product p;
  p.meta.id = tid("product");
  p.name = "稳盈 90 天";
  p.expected_return_bp = 280;
  rm::stamp_field(p.meta, "expected_return_bp", rm::Hlc{ms_of(ymd(2026, 12, 2)), 0, tid("m1").str()});
  book.products.push_back(p);
  rm::Holding h;
  h.meta.id = tid("holding");
  h.client_id = tid("holder");
  h.product_id = p.meta.id;
  h.amount = rm::yuan(300'000);
  h.start = ymd(2026, 10, 1);
  h.maturity = ymd(2027, 1, 1);
  h.expected_return_bp = 320;  // bought at 3.20 %, now 2.80 %
  book.holdings.push_back(h);

  REQUIRE(rm::holding_return_changed(book.holdings[0], book.products[0]) == ymd(2026, 12, 2));
  const rm::Policy policy = rm::bank_b_policy();
  const rm::PlannerContext ctx(book, policy, kToday);
  const rm::ComplianceItem* item = nullptr;
  const auto items = rm::evaluate_compliance(ctx, ymd(2026, 12, 1), ymd(2027, 1, 1));
  for (const auto& i : items)
    if (i.rule_id == "bank_b.return_change_sms") item = &i;
  REQUIRE(item);
  CHECK(item->start == ymd(2026, 12, 2));
  CHECK(item->required.front().messages == 1);
  CHECK(item->status == rm::ComplianceStatus::overdue);
  // Under Bank A (no such rule) it is a reason to call instead.
  const rm::Policy bank_a = rm::bank_a_policy();
  const rm::PlannerContext a(book, bank_a, ymd(2026, 12, 2));
  REQUIRE(events_of(a, rm::ContactEventKind::return_change).size() == 1);
  CHECK(events_of(a, rm::ContactEventKind::return_change)[0].zh.find("3.20% → 2.80%") != std::string::npos);
  // The same return as bought, or a change before the holding began: nothing.
  book.holdings[0].expected_return_bp = 280;
  CHECK_FALSE(rm::holding_return_changed(book.holdings[0], book.products[0]));
  book.holdings[0].expected_return_bp = 320;
  book.holdings[0].start = ymd(2026, 12, 3);
  CHECK_FALSE(rm::holding_return_changed(book.holdings[0], book.products[0]));
}
