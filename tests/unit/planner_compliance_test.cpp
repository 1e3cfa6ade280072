#include <catch_amalgamated.hpp>

#include "core/planner/compliance.h"
#include "core/policy/policy_presets.h"
#include "planner_test_book.h"

using namespace planner_test;
using rm::Channel;
using rm::ComplianceStatus;

namespace {
const rm::ComplianceItem* find(const std::vector<rm::ComplianceItem>& items, std::string_view rule, uint32_t client = 0) {
  for (const auto& i : items)
    if (i.rule_id == rule && (i.client == client || i.client == rm::kNotAPolicyRule)) return &i;
  return nullptr;
}
}  // namespace

TEST_CASE("6-4-2: done, required, due and pace") {
  rm::Book book = empty_book();
  add_client(book, "a1", rm::yuan(500'000));
  add_contact(book, "a1", ymd(2024, 2, 29), Channel::phone, true, false);  // leap day counts
  add_contact(book, "a1", ymd(2024, 3, 10), Channel::visit, true, true);
  add_contact(book, "a1", ymd(2024, 4, 1), Channel::wechat, false, false);
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, ymd(2024, 7, 1));
  const auto items = rm::evaluate_compliance(ctx, ymd(2024, 1, 1), ymd(2025, 1, 1));
  const auto* i = find(items, "bank_a.6_4_2");
  REQUIRE(i);
  CHECK(i->tier == "A");
  CHECK(i->done.services == 3);
  CHECK(i->done.proactive == 2);
  CHECK(i->done.meetings == 1);
  CHECK(i->required.front().services == 6);
  CHECK(i->due == ymd(2024, 12, 31));
  // 182 of 366 days gone: the pace is 6-4-2 × 182/366 = 2.98-1.99-0.99; 3-2-1 is on track.
  CHECK(i->status == ComplianceStatus::on_track);
  CHECK(find(items, "bank_a.12_4_2") == nullptr);

  const rm::PlannerContext later(book, policy, ymd(2025, 1, 10));
  const auto* late = find(rm::evaluate_compliance(later, ymd(2024, 1, 1), ymd(2025, 1, 1)), "bank_a.6_4_2");
  REQUIRE(late);
  CHECK(late->status == ComplianceStatus::overdue);
  CHECK(late->overdue_days == 10);
}

TEST_CASE("a client with no history owes the full rule and is behind") {
  rm::Book book = empty_book();
  add_client(book, "new", rm::yuan(2'000'000));
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, ymd(2025, 9, 1));
  const auto items = rm::evaluate_compliance(ctx, ymd(2025, 1, 1), ymd(2026, 1, 1));
  const auto* i = find(items, "bank_a.12_4_2");
  REQUIRE(i);
  CHECK(i->done.services == 0);
  CHECK(i->required.front().services == 12);
  CHECK(i->status == ComplianceStatus::behind);
  CHECK_FALSE(i->prorated);
  const auto r = rm::remaining(*i);
  CHECK(r.services == 12);
  CHECK(r.meetings == 2);
}

TEST_CASE("a client upgraded from A to B on 1 July: each rule prorated to its half") {
  rm::Book book = empty_book();
  add_client(book, "up", rm::yuan(1'500'000));
  add_contact(book, "up", ymd(2025, 3, 1), Channel::visit, true, true);
  add_contact(book, "up", ymd(2025, 8, 1), Channel::phone, true, false);
  const rm::Policy policy = rm::bank_a_policy();
  rm::PlannerSettings settings;
  settings.tier_histories = {{tid("up"), {{ymd(2025, 1, 1), "A"}, {ymd(2025, 7, 1), "B"}}}};
  const rm::PlannerContext ctx(book, policy, ymd(2025, 9, 1), settings);
  const auto items = rm::evaluate_compliance(ctx, ymd(2025, 1, 1), ymd(2026, 1, 1));
  const auto* a = find(items, "bank_a.6_4_2");
  const auto* b = find(items, "bank_a.12_4_2");
  REQUIRE(a);
  REQUIRE(b);
  // January–June: 181 of 365 days. 6-4-2 × 181/365 = 2.98, 1.98, 0.99 -> 3-2-1.
  CHECK(a->prorated);
  CHECK(a->required.front().services == 3);
  CHECK(a->required.front().proactive == 2);
  CHECK(a->required.front().meetings == 1);
  CHECK(a->done.services == 1);  // only the March meeting
  CHECK(a->due == ymd(2025, 6, 30));
  CHECK(a->status == ComplianceStatus::overdue);
  CHECK(a->overdue_days == 63);
  // July–December: 184 days. 12-4-2 × 184/365 = 6.05, 2.02, 1.01 -> 6-2-1.
  CHECK(b->required.front().services == 6);
  CHECK(b->required.front().proactive == 2);
  CHECK(b->required.front().meetings == 1);
  CHECK(b->done.services == 1);
  CHECK(b->start == ymd(2025, 7, 1));
  CHECK(b->due == ymd(2025, 12, 31));
}

TEST_CASE("a tier override carries its approval date as the upgrade") {
  rm::Book book = empty_book();
  rm::Client& c = add_client(book, "ovr", rm::yuan(400'000));
  c.tier_override = rm::TierOverride{"B", "sup1", ymd(2025, 7, 1), "relationship"};
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, ymd(2025, 9, 1));
  const auto items = rm::evaluate_compliance(ctx, ymd(2025, 1, 1), ymd(2026, 1, 1));
  REQUIRE(find(items, "bank_a.6_4_2"));
  CHECK(find(items, "bank_a.6_4_2")->due == ymd(2025, 6, 30));
  CHECK(find(items, "bank_a.12_4_2")->start == ymd(2025, 7, 1));
}

TEST_CASE("new-account call-back within 3 days") {
  rm::Book book = empty_book();
  add_client(book, "n1", rm::yuan(300'000)).account_opened = ymd(2025, 3, 3);
  add_client(book, "n2", rm::yuan(300'000)).account_opened = ymd(2025, 3, 3);
  add_contact(book, "n1", ymd(2025, 3, 6), Channel::phone, true, false);  // day 3: in time
  add_contact(book, "n2", ymd(2025, 3, 7), Channel::phone, true, false);  // day 4: late
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, ymd(2025, 3, 10));
  const auto items = rm::evaluate_compliance(ctx, ymd(2025, 1, 1), ymd(2026, 1, 1));
  const auto* i1 = find(items, "generic.new_account_callback", 0);
  const auto* i2 = find(items, "generic.new_account_callback", 1);
  REQUIRE(i1);
  REQUIRE(i2);
  CHECK(i1->status == ComplianceStatus::met);
  CHECK(i2->status == ComplianceStatus::overdue);
  CHECK(i2->due == ymd(2025, 3, 6));
  CHECK(i2->overdue_days == 4);
  // Opened 3 March: the yearly rule applies from then, prorated 304/365.
  const auto* y = find(items, "bank_a.6_4_2", 0);
  REQUIRE(y);
  CHECK(y->required.front().services == 5);
}

TEST_CASE("Bank B: monthly alternatives, quarterly contact, 10 clients a week in a holiday week and on leave") {
  rm::Book book = empty_book();
  add_client(book, "d1", rm::yuan(6'000'000));  // diamond
  add_contact(book, "d1", ymd(2025, 9, 3), Channel::visit, true, true);  // 1 meeting meets September
  add_contact(book, "d1", ymd(2025, 10, 9), Channel::phone, true, false);
  const rm::Policy policy = rm::bank_b_policy();
  rm::PlannerSettings settings;
  settings.leave = {{ymd(2025, 10, 13), ymd(2025, 10, 17)}};
  const rm::PlannerContext ctx(book, policy, ymd(2025, 10, 20), settings);
  const auto items = rm::evaluate_compliance(ctx, ymd(2025, 9, 1), ymd(2025, 10, 20));
  int september = 0, october = 0;
  for (const auto& i : items) {
    if (i.rule_id != "bank_b.diamond_monthly") continue;
    if (i.start == ymd(2025, 9, 1)) september = static_cast<int>(i.status == ComplianceStatus::met);
    if (i.start == ymd(2025, 10, 1)) {
      october = 1;
      CHECK(i.done.calls == 1);
      // 19 of 31 days gone: the pace is 2 × 19/31 = 1.23 calls or 19/31 = 0.61
      // meetings; 1 call and no meeting reach neither.
      CHECK(i.status == ComplianceStatus::behind);
    }
  }
  CHECK(september == 1);
  CHECK(october == 1);
  // Weekly rule: National Day week (29 Sep – 5 Oct 2025): 29 and 30 Sep worked of 5 weekdays -> 10 × 2/5 = 4.
  // Leave week 13–17 Oct: nothing required.
  for (const auto& i : items) {
    if (i.rule_id != "bank_b.weekly_ten_clients") continue;
    if (i.start == ymd(2025, 9, 29)) {
      CHECK(i.required.front().clients == 4);
      CHECK(i.done.clients == 0);
      CHECK(i.status == ComplianceStatus::overdue);
    }
    if (i.start == ymd(2025, 10, 13)) CHECK(i.status == ComplianceStatus::met);
    if (i.start == ymd(2025, 10, 6)) CHECK(i.required.front().clients == 6);  // 9, 10 Oct and Sat 11 Oct worked: 3 of 5
  }
}

TEST_CASE("important clients and assignment follow-up") {
  rm::Book book = empty_book();
  rm::Client& vip = add_client(book, "vip", rm::yuan(500'000));
  vip.tags = {"important"};
  vip.meta.created.wall_ms = 1'735'689'600'000;  // 2025-01-01 08:00 Beijing
  add_contact(book, "vip", ymd(2025, 1, 20), Channel::phone, true, false);
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, ymd(2025, 2, 15));
  const auto items = rm::evaluate_compliance(ctx, ymd(2025, 1, 1), ymd(2025, 3, 1));
  int months = 0;
  for (const auto& i : items)
    if (i.rule_id == "generic.important_monthly") {
      ++months;
      if (i.start == ymd(2025, 1, 1)) CHECK(i.status == ComplianceStatus::met);
      if (i.start == ymd(2025, 2, 1)) CHECK(i.status == ComplianceStatus::behind);  // pace 14/28 = 0.5, none done
    }
  CHECK(months == 2);
  const auto* q = find(items, "generic.important_quarterly_meeting");
  REQUIRE(q);
  CHECK(q->due == ymd(2025, 3, 31));
  const auto* f = find(items, "assignment_follow_up");
  REQUIRE(f);
  CHECK(f->start == ymd(2025, 1, 1));
  CHECK(f->due == ymd(2025, 1, 8));
  CHECK(f->status == ComplianceStatus::overdue);  // first contact on 20 January
  CHECK(f->overdue_days == 38);
}

TEST_CASE("risk re-assessment due when the assessment expires") {
  rm::Book book = empty_book();
  add_client(book, "r", rm::yuan(500'000));
  rm::RiskAssessment a;
  a.meta.id = tid("ra1");
  a.client_id = tid("r");
  a.date = ymd(2024, 3, 1);
  a.valid_until = ymd(2025, 3, 1);
  book.risk_assessments.push_back(a);
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, ymd(2025, 3, 11));
  const auto* i = find(rm::evaluate_compliance(ctx, ymd(2025, 1, 1), ymd(2026, 1, 1)), "generic.risk_reassessment");
  REQUIRE(i);
  CHECK(i->due == ymd(2025, 2, 28));
  CHECK(i->status == ComplianceStatus::overdue);
  CHECK(i->overdue_days == 11);
}

TEST_CASE("pace: a one-contact monthly rule is on track only on its first day without a contact") {
  rm::Book book = empty_book();
  add_client(book, "vip", rm::yuan(500'000)).tags = {"important"};
  const rm::Policy policy = rm::bank_a_policy();
  const auto status_on = [&](rm::Date as_of) {
    const rm::PlannerContext ctx(book, policy, as_of);
    for (const auto& i : rm::evaluate_compliance(ctx, ymd(2025, 2, 1), ymd(2025, 3, 1)))
      if (i.rule_id == "generic.important_monthly") return i.status;
    FAIL("no monthly item");
    return ComplianceStatus::met;
  };
  CHECK(status_on(ymd(2025, 2, 1)) == ComplianceStatus::on_track);  // 0 of 28 days gone
  CHECK(status_on(ymd(2025, 2, 2)) == ComplianceStatus::behind);    // 1/28 of a contact owed
  CHECK(status_on(ymd(2025, 2, 28)) == ComplianceStatus::behind);   // the last day: due, not overdue
  CHECK(status_on(ymd(2025, 3, 1)) == ComplianceStatus::overdue);
  add_contact(book, "vip", ymd(2025, 2, 27), Channel::wechat, true, false);
  CHECK(status_on(ymd(2025, 2, 28)) == ComplianceStatus::met);
}

TEST_CASE("Gold client absent a week (004): the call is owed from day 7 until a call serves it") {
  rm::Book book = empty_book();
  add_client(book, "g1", rm::yuan(500'000));
  add_contact(book, "g1", ymd(2026, 3, 2), Channel::branch, false, true);  // last visit, Monday
  add_contact(book, "g1", ymd(2026, 3, 5), Channel::phone, true, false);   // day 3: before the absence
  const rm::Policy policy = rm::bank_b_policy();
  const auto judge_on = [&](rm::Date as_of, rm::Date from) {
    const rm::PlannerContext ctx(book, policy, as_of);
    const auto* i = find(rm::evaluate_compliance(ctx, from, ymd(2027, 1, 1)), "bank_b.gold_absence_call");
    return i ? std::optional<rm::ComplianceItem>(*i) : std::nullopt;
  };

  // Day 10, no call since day 7: still owed, three days late.
  auto open = judge_on(ymd(2026, 3, 12), ymd(2026, 1, 1));
  REQUIRE(open);
  CHECK(open->start == ymd(2026, 3, 9));
  CHECK(open->due == ymd(2026, 3, 9));
  CHECK(open->done.calls == 0);
  CHECK(open->status == ComplianceStatus::overdue);
  CHECK(open->overdue_days == 3);
  // Judged over a later stretch (April), the unserved absence is still there.
  open = judge_on(ymd(2026, 4, 10), ymd(2026, 4, 1));
  REQUIRE(open);
  CHECK(open->status == ComplianceStatus::overdue);
  CHECK(open->overdue_days == 32);

  // A call on day 9 serves it and closes the window.
  add_contact(book, "g1", ymd(2026, 3, 11), Channel::phone, true, false);
  const auto served = judge_on(ymd(2026, 3, 20), ymd(2026, 1, 1));
  REQUIRE(served);
  CHECK(served->status == ComplianceStatus::met);
  CHECK(served->done.calls == 1);
  CHECK(served->end == ymd(2026, 3, 12));
  // … and a stretch after it closed has nothing owed.
  CHECK_FALSE(judge_on(ymd(2026, 4, 10), ymd(2026, 4, 1)));
}
