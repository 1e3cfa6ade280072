// Greetings on days off (docs/domain.md, "Greetings on days off"; source
// 004: SMS on major holidays and birthdays): a greeting whose day is not a
// working day is planned on the last working day before, when it is prepared
// and scheduled, and a message then or on the day itself serves it.
#include <catch_amalgamated.hpp>

#include <algorithm>

#include "core/calendar/holidays.h"
#include "core/demo/demo_book.h"
#include "core/planner/agenda.h"
#include "core/planner/compliance.h"
#include "core/planner/greeting_days.h"
#include "core/policy/policy_presets.h"
#include "planner_test_book.h"

using namespace planner_test;

namespace {

rm::Date mid_autumn(int year) {
  for (const rm::Holiday& h : rm::holidays_in_year(year))
    if (h.kind == rm::HolidayKind::mid_autumn) return h.date;
  FAIL("no Mid-Autumn in " << year);
  return {};
}

// Entries whose reasons include RULE, by day.
int planned_on(const rm::AgendaDay& day, std::string_view rule) {
  return static_cast<int>(std::count_if(day.entries.begin(), day.entries.end(), [&](const rm::AgendaEntry& e) {
    return std::any_of(e.reasons.begin(), e.reasons.end(), [&](const rm::AgendaReason& r) { return r.code == rule; });
  }));
}

}  // namespace

TEST_CASE("greetings on a day off: Bank B's Mid-Autumn 2027 SMS is planned on the last working day before") {
  const rm::Policy policy = rm::bank_b_policy();
  const rm::Date festival = mid_autumn(2027);
  const rm::Date monday = ymd(2027, 9, 13);
  rm::Book book = rm::make_demo_book({.clients = 400, .seed = 1, .today = monday, .policy_id = "bank_b"});
  const rm::PlannerContext before(book, policy, monday, {}, 2026, 2028);
  // The code's lunar calendar: 2027's 八月十五 is Wednesday 15 September, a
  // statutory day off; the message goes out on Tuesday the 14th.
  CHECK(festival == ymd(2027, 9, 15));
  CHECK_FALSE(before.calendar().is_working_day(festival));
  const rm::Date send_day = rm::greeting_send_day(before.calendar(), festival);
  CHECK(send_day == ymd(2027, 9, 14));

  // Every client owes one; the window opens on the 14th and is due on the 15th.
  std::vector<uint32_t> owed;
  for (const rm::ComplianceItem& i : rm::evaluate_compliance(before, monday, ymd(2027, 10, 1), true))
    if (i.rule_id == "bank_b.holiday_sms" && i.due == festival) {
      CHECK(i.start == send_day);
      owed.push_back(i.client);
    }
  size_t live = 0;
  for (uint32_t c = 0; c < book.clients.size(); ++c) live += before.live(c);
  CHECK(owed.size() == live);
  REQUIRE(owed.size() > 300);

  // The week's plan: all of them on the 14th, whatever the message capacity
  // (one batch), none on the days after the festival, none left unscheduled.
  const rm::Agenda week = rm::plan_agenda(before, monday, 7);
  for (const rm::AgendaDay& day : week.days) {
    INFO(day.date.iso());
    CHECK(planned_on(day, "bank_b.holiday_sms") == (day.date == send_day ? static_cast<int>(owed.size()) : 0));
  }
  for (const rm::AgendaEntry& e : week.unscheduled)
    for (const rm::AgendaReason& r : e.reasons) CHECK(r.code != "bank_b.holiday_sms");

  // Sent on the 14th (one client greeted on the festival itself instead):
  // on the festival and after, none of them is overdue.
  for (size_t k = 0; k < owed.size(); ++k) {
    const rm::Client& client = book.clients[owed[k]];
    add_contact(book, std::string("greet-") + std::to_string(k), k == 0 ? festival : send_day, rm::Channel::sms, true,
                false);
    book.contacts.back().client_id = client.meta.id;
  }
  for (const rm::Date as_of : {festival, festival.plus_days(1), ymd(2027, 9, 30)}) {
    INFO(as_of.iso());
    const rm::PlannerContext after(book, policy, as_of, {}, 2026, 2028);
    int judged = 0;
    for (const rm::ComplianceItem& i : rm::evaluate_compliance(after, ymd(2027, 9, 1), ymd(2027, 10, 1)))
      if (i.rule_id == "bank_b.holiday_sms" && i.due == festival) {
        ++judged;
        CHECK(i.status == rm::ComplianceStatus::met);
      }
    CHECK(judged == static_cast<int>(owed.size()));
    // … and the days after the festival hold no late greeting for it.
    const rm::Agenda rest = rm::plan_agenda(after, as_of, 7);
    for (const rm::AgendaDay& day : rest.days)
      for (const rm::AgendaEntry& e : day.entries)
        for (const rm::AgendaReason& r : e.reasons) CHECK_FALSE((r.code == "bank_b.holiday_sms" && r.due == festival));
  }
}

TEST_CASE("greetings on a day off: a Saturday birthday is planned on Friday, a message Friday or Saturday serves it") {
  rm::Book book = empty_book();
  add_client(book, "b", rm::yuan(600'000)).birthday = ymd(1980, 9, 18);  // 2027-09-18 is a Saturday
  add_client(book, "w", rm::yuan(600'000)).birthday = ymd(1980, 9, 16);  // a Thursday: on the day
  const rm::Policy policy = rm::bank_b_policy();
  const rm::PlannerContext ctx(book, policy, ymd(2027, 9, 16));
  const rm::Agenda a = rm::plan_agenda(ctx, ymd(2027, 9, 16), 7);
  for (const rm::AgendaDay& day : a.days) {
    INFO(day.date.iso());
    const int want = day.date == ymd(2027, 9, 16) || day.date == ymd(2027, 9, 17) ? 1 : 0;
    CHECK(planned_on(day, "bank_b.birthday_sms") == want);
  }
  const auto birthday_item = [&](const rm::Book& b, rm::Date as_of, const char* client) {
    const rm::PlannerContext c(b, policy, as_of);
    for (const rm::ComplianceItem& i : rm::evaluate_compliance(c, ymd(2027, 9, 1), ymd(2027, 10, 1)))
      if (i.rule_id == "bank_b.birthday_sms" && b.clients[i.client].meta.id == tid(client)) return i;
    FAIL("no birthday item for " << client);
    return rm::ComplianceItem{};
  };
  CHECK(birthday_item(book, ymd(2027, 9, 20), "b").start == ymd(2027, 9, 17));
  CHECK(birthday_item(book, ymd(2027, 9, 20), "w").start == ymd(2027, 9, 16));  // a working day: the day itself
  for (const rm::Date sent : {ymd(2027, 9, 17), ymd(2027, 9, 18)}) {
    rm::Book greeted = book;
    add_contact(greeted, "b", sent, rm::Channel::wechat, true, false);
    CHECK(birthday_item(greeted, ymd(2027, 9, 20), "b").status == rm::ComplianceStatus::met);
  }
  // Thursday's message is too early: a working-day birthday opens on the day.
  rm::Book early = book;
  add_contact(early, "b", ymd(2027, 9, 16), rm::Channel::sms, true, false);
  CHECK(birthday_item(early, ymd(2027, 9, 20), "b").status == rm::ComplianceStatus::overdue);
}
