#include <catch_amalgamated.hpp>

#include "core/planner/agenda.h"
#include "core/policy/policy_presets.h"
#include "planner_test_book.h"

using namespace planner_test;

namespace {
int entries(const rm::Agenda& a) {
  int n = 0;
  for (const auto& d : a.days) n += static_cast<int>(d.entries.size());
  return n;
}
}  // namespace

TEST_CASE("agenda: no work on holidays or leave, capacity respected, deterministic") {
  rm::Book book = empty_book();
  for (int i = 0; i < 30; ++i) add_client(book, "c" + std::to_string(100 + i), rm::yuan(500'000), i % 2 ? "东城" : "西城");
  const rm::Policy policy = rm::bank_a_policy();
  rm::PlannerSettings settings;
  settings.leave = {{ymd(2025, 10, 13), ymd(2025, 10, 14)}};
  const rm::PlannerContext ctx(book, policy, ymd(2025, 9, 29), settings);
  rm::AgendaSettings as;
  as.capacity = {2, 3, 5};
  const rm::Agenda a = rm::plan_agenda(ctx, ymd(2025, 9, 29), 21, as);
  REQUIRE(a.days.size() == 21);
  for (const auto& d : a.days) {
    int meetings = 0, calls = 0, messages = 0;
    for (const auto& e : d.entries) {
      meetings += e.kind == rm::ContactClass::meeting;
      calls += e.kind == rm::ContactClass::call;
      messages += e.kind == rm::ContactClass::message;
      CHECK_FALSE(e.reasons.empty());
    }
    CHECK(meetings <= 2);
    CHECK(calls <= 3);
    CHECK(messages <= 5);
    if (d.date >= ymd(2025, 10, 1) && d.date <= ymd(2025, 10, 8)) CHECK(d.entries.empty());  // holiday week
    if (d.on_leave) CHECK(d.entries.empty());
  }
  CHECK(a.days[12].date == ymd(2025, 10, 11));  // a Saturday worked (调休)
  CHECK_FALSE(a.days[12].entries.empty());
  CHECK(a.days[14].on_leave);
  const rm::Agenda again = rm::plan_agenda(ctx, ymd(2025, 9, 29), 21, as);
  CHECK(entries(again) == entries(a));
  for (size_t i = 0; i < a.days.size(); ++i)
    for (size_t k = 0; k < a.days[i].entries.size(); ++k)
      CHECK(again.days[i].entries[k].client == a.days[i].entries[k].client);
}

TEST_CASE("agenda: recording a contact removes the need; events carry reasons and preferred channels") {
  rm::Book book = empty_book();
  rm::Client& c = add_client(book, "x", rm::yuan(500'000));
  c.preferred_channel = rm::Channel::wechat;
  c.lunar_birthday = rm::LunarDate{1980, 8, 15, false};  // Mid-Autumn birthday: 2025-10-06
  rm::Holding h;
  h.meta.id = "h1";
  h.client_id = "x";
  h.amount = rm::yuan(800'000);
  h.start = ymd(2024, 10, 20);
  h.maturity = ymd(2025, 10, 20);
  book.holdings.push_back(h);
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, ymd(2025, 10, 9));
  const rm::Agenda a = rm::plan_agenda(ctx, ymd(2025, 10, 9), 14);
  bool maturity = false;
  for (const auto& d : a.days)
    for (const auto& e : d.entries)
      for (const auto& r : e.reasons)
        if (r.code == "maturity") {
          maturity = true;
          CHECK(e.date >= ymd(2025, 10, 13));
          CHECK(e.date <= ymd(2025, 10, 19));
          CHECK((e.channel == rm::Channel::wechat || e.kind != rm::ContactClass::call));
        }
  CHECK(maturity);
  const int before = entries(a);
  add_contact(book, "x", ymd(2025, 10, 9), rm::Channel::visit, true, true);
  const rm::PlannerContext after(book, policy, ymd(2025, 10, 9));
  CHECK(entries(rm::plan_agenda(after, ymd(2025, 10, 9), 14)) <= before);
}
