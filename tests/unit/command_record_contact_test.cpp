// Recording a contact: one command for Today and the 360° view, one rule set.
#include "command_fixture.h"

using namespace rm;
using namespace rm::test;

namespace {
RecordContact call(Date date) {
  RecordContact c;
  c.client_id = tid("c2");
  c.date = date;
  c.channel = Channel::phone;
  c.notes = "问候";
  return c;
}
}  // namespace

TEST_CASE("record contact: a call is recorded, credited to the user, and one undo removes it") {
  CommandFixture f;
  REQUIRE(f.run(call(f.today.plus_days(-1))).value() == 1);
  REQUIRE(f.ws.book().contacts.size() == 1);
  const Contact& k = f.ws.book().contacts[0];
  CHECK(k.client_id == tid("c2"));
  CHECK(k.manager_id == tid("m1"));  // who made the call, not the client's manager
  CHECK(k.date == f.today.plus_days(-1));
  CHECK(k.notes == "问候");
  CHECK(f.ws.book().tasks.empty());
  CHECK(f.ws.undo_command() == "record_contact");
  CHECK(f.ws.undo_label() == "记录联络 Record contact");

  REQUIRE(f.undo());
  CHECK(f.ws.book().contacts[0].meta.deleted);
}

TEST_CASE("record contact: a next-step date makes a follow-up task due then") {
  CommandFixture f;
  RecordContact c = call(f.today);
  c.next_step = "送产品说明书";
  c.next_step_date = f.today.plus_days(7);
  REQUIRE(f.run(c).value() == 2);
  REQUIRE(f.ws.book().tasks.size() == 1);
  const Task& t = f.ws.book().tasks[0];
  CHECK(t.title == "送产品说明书");
  CHECK(t.kind == TaskKind::follow_up);
  CHECK(t.client_id == tid("c2"));
  CHECK(t.manager_id == tid("m1"));
  CHECK(t.due == f.today.plus_days(7));
  REQUIRE(f.undo());  // the contact and its task go together
  CHECK(f.ws.book().contacts[0].meta.deleted);
  CHECK(f.ws.book().tasks[0].meta.deleted);
}

TEST_CASE("record contact: refusals say why and change nothing") {
  CommandFixture f;
  const uint64_t revision = f.ws.revision();

  CHECK(f.refused(call(f.today.plus_days(1))).code == "date_in_future");
  RecordContact unknown = call(f.today);
  unknown.client_id = tid("nobody");
  CHECK(f.refused(unknown).code == "no_such_client");
  RecordContact backwards = call(f.today);
  backwards.next_step_date = f.today.plus_days(-2);
  CHECK(f.refused(backwards).code == "next_step_before_contact");
  RecordContact wrong_sale = call(f.today);
  wrong_sale.opportunity_id = tid("o-none");
  CHECK(f.refused(wrong_sale).code == "no_such_opportunity");
  const Problem p = f.refused(call(f.today), Role::supervisor);
  CHECK(p.code == "not_allowed");
  CHECK(p.message_en == "A supervisor cannot do this: Record contact.");

  CHECK(f.ws.revision() == revision);
  CHECK(f.ws.book().contacts.empty());
  CHECK_FALSE(f.ws.undo_command() == "record_contact");
}

TEST_CASE("record contact: the JSON form reads every field and refuses bad ones") {
  CommandFixture f;
  const std::string c2 = tid("c2").str();
  REQUIRE(f.run_json(R"({"command":"record_contact","client_id":")" + c2 +
                     R"(","date":"2026-12-02","channel":"visit","meeting":true,"proactive":false,)"
                     R"("outcome":"interested","notes":"面谈","next_step":"回访","next_step_date":"2026-12-10"})")
              .value() == 2);
  const Contact& k = f.ws.book().contacts[0];
  CHECK(k.channel == Channel::visit);
  CHECK(k.meeting);
  CHECK_FALSE(k.proactive);
  CHECK(k.outcome == ContactOutcome::interested);
  CHECK(k.next_step_date == Date::from_ymd(2026, 12, 10));

  auto problem = [&](const std::string& json) { return f.run_json(json).problem(); };
  CHECK(problem("{").code == "not_json");
  CHECK(problem(R"({"command":"fly"})").code == "unknown_command");
  CHECK(problem(R"({"command":"record_contact","client_id":")" + c2 + R"(","date":"2026-13-01","channel":"phone"})")
            .path == "date");
  CHECK(problem(R"({"command":"record_contact","client_id":")" + c2 + R"(","date":"2026-12-01","channel":"pigeon"})")
            .path == "channel");
  CHECK(problem(R"({"command":"record_contact","client_id":")" + c2 +
                R"(","date":"2026-12-01","channel":"phone","note":"typo"})")
            .code == "unknown_field");
  CHECK(problem(R"({"command":"record_contact","date":"2026-12-01","channel":"phone"})").path == "client_id");
  CHECK(f.ws.book().contacts.size() == 1);
}

TEST_CASE("record contact: the channel is stated, never assumed, and decides whether it was a meeting") {
  CommandFixture f;
  const uint64_t revision = f.ws.revision();
  RecordContact unsaid = call(f.today);
  unsaid.channel.reset();
  const Problem none = f.refused(unsaid);
  CHECK(none.path == "channel");
  CHECK(none.message_zh == "请选择联络方式。");

  // A phone call is not a branch meeting, whatever the plan suggested.
  RecordContact call_as_meeting = call(f.today);
  call_as_meeting.meeting = true;
  const Problem p = f.refused(call_as_meeting);
  CHECK(p.code == "meeting_mismatch");
  CHECK(p.path == "meeting");
  CHECK(p.message_zh.find("不算面谈") != std::string::npos);
  RecordContact branch_not_met = call(f.today);
  branch_not_met.channel = Channel::branch;
  branch_not_met.meeting = false;
  CHECK(f.refused(branch_not_met).code == "meeting_mismatch");
  CHECK(f.ws.revision() == revision);

  REQUIRE(f.run(call(f.today)).ok());
  CHECK_FALSE(f.ws.book().contacts.back().meeting);
  RecordContact visit = call(f.today);
  visit.channel = Channel::visit;
  REQUIRE(f.run(visit).ok());
  CHECK(f.ws.book().contacts.back().meeting);

  const std::string c2 = tid("c2").str();
  CHECK(f.run_json(R"({"command":"record_contact","client_id":")" + c2 + R"(","date":"2026-12-01"})").problem().path ==
        "channel");
  CHECK(f.run_json(R"({"command":"record_contact","client_id":")" + c2 +
                   R"(","date":"2026-12-01","channel":"phone","meeting":true})")
            .problem()
            .code == "meeting_mismatch");
  REQUIRE(f.run_json(R"({"command":"record_contact","client_id":")" + c2 +
                     R"(","date":"2026-12-01","channel":"branch"})")
              .ok());
  CHECK(f.ws.book().contacts.back().meeting);
}

TEST_CASE("record contact: a backdated contact is kept, a future one refused naming both dates") {
  CommandFixture f;
  REQUIRE(f.run(call(f.today.plus_days(-3))).ok());
  CHECK(f.ws.book().contacts.back().date == f.today.plus_days(-3));
  const Problem p = f.refused(call(f.today.plus_days(1)));
  CHECK(p.code == "date_in_future");
  CHECK(p.path == "date");
  CHECK(p.message_zh.find(f.today.plus_days(1).iso()) != std::string::npos);
  CHECK(p.message_zh.find("晚于今天") != std::string::npos);
  CHECK(p.message_en.find("after today") != std::string::npos);
}

TEST_CASE("record contact: the kind is stated or follows the channel, and the channel must carry it") {
  CommandFixture f;
  const uint64_t revision = f.ws.revision();
  // Unstated: as the channel implies (docs/domain.md §2, "Channel and kind").
  for (const auto& [channel, kind] : {std::pair{Channel::phone, ContactClass::call},
                                      std::pair{Channel::wechat, ContactClass::message},
                                      std::pair{Channel::email, ContactClass::message},
                                      std::pair{Channel::visit, ContactClass::meeting}}) {
    RecordContact c = call(f.today);
    c.channel = channel;
    REQUIRE(f.run(c).ok());
    CHECK(f.ws.book().contacts.back().kind == kind);
    CHECK(f.ws.book().contacts.back().meeting == (kind == ContactClass::meeting));
  }
  // Stated: a WeChat voice call is a call.
  RecordContact wechat_call = call(f.today);
  wechat_call.channel = Channel::wechat;
  wechat_call.contact_kind = ContactClass::call;
  REQUIRE(f.run(wechat_call).ok());
  CHECK(f.ws.book().contacts.back().channel == Channel::wechat);
  CHECK(f.ws.book().contacts.back().kind == ContactClass::call);
  CHECK_FALSE(f.ws.book().contacts.back().meeting);

  // A kind the channel cannot carry is refused, naming the field.
  const size_t recorded = f.ws.book().contacts.size();
  for (const auto& [channel, kind] : {std::pair{Channel::phone, ContactClass::message},
                                      std::pair{Channel::sms, ContactClass::call},
                                      std::pair{Channel::wechat, ContactClass::meeting},
                                      std::pair{Channel::branch, ContactClass::call}}) {
    RecordContact c = call(f.today);
    c.channel = channel;
    c.contact_kind = kind;
    const Problem p = f.refused(c);
    CHECK(p.code == "kind_mismatch");
    CHECK(p.path == "kind");
  }
  CHECK(f.ws.book().contacts.size() == recorded);
  CHECK(f.ws.revision() != revision);

  // The JSON form (JS hook, CLI): "kind" optional.
  const std::string c2 = tid("c2").str();
  const std::string head = R"({"command":"record_contact","client_id":")" + c2 + R"(","date":"2026-12-01",)";
  REQUIRE(f.run_json(head + R"("channel":"wechat","kind":"call"})").ok());
  CHECK(f.ws.book().contacts.back().kind == ContactClass::call);
  REQUIRE(f.run_json(head + R"("channel":"wechat"})").ok());
  CHECK(f.ws.book().contacts.back().kind == ContactClass::message);
  REQUIRE(f.run_json(head + R"("channel":"visit","kind":"meeting","meeting":true})").ok());
  CHECK(f.ws.book().contacts.back().kind == ContactClass::meeting);
  CHECK(f.run_json(head + R"("channel":"phone","kind":"message"})").problem().code == "kind_mismatch");
  CHECK(f.run_json(head + R"("channel":"wechat","kind":"voice"})").problem().path == "kind");
  CHECK(f.run_json(head + R"("channel":"wechat","kind":1})").problem().path == "kind");
}
