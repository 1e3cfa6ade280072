// Greetings sent as one batch (record_greetings): one message contact per
// client for a holiday or birthday, one undo step for the whole batch.
#include "command_fixture.h"

using namespace rm;
using namespace rm::test;

namespace {
RecordGreetings mid_autumn(Date date, std::vector<RecordId> clients = {tid("c1"), tid("c2")}) {
  RecordGreetings g;
  g.client_ids = std::move(clients);
  g.occasion = "mid_autumn";
  g.channel = Channel::sms;
  g.date = date;
  return g;
}
}  // namespace

TEST_CASE("record greetings: one message per client, credited to the user, one undo reverts the batch") {
  CommandFixture f;
  // c1 named twice is greeted once.
  REQUIRE(f.run(mid_autumn(f.today.plus_days(-1), {tid("c1"), tid("c2"), tid("c1")})).value() == 2);
  const auto& contacts = f.ws.book().contacts;
  REQUIRE(contacts.size() == 2);
  for (const Contact& k : contacts) {
    CHECK(k.date == f.today.plus_days(-1));
    CHECK(k.channel == Channel::sms);
    CHECK_FALSE(k.meeting);
    CHECK(k.kind == ContactClass::message);
    CHECK(k.proactive);
    CHECK(k.outcome == ContactOutcome::reached);
    CHECK(k.manager_id == tid("m1"));  // who sent them, also for m2's client
    CHECK(k.notes == "中秋节问候 Mid-Autumn Festival greeting");
  }
  CHECK(contacts[0].client_id == tid("c1"));
  CHECK(contacts[1].client_id == tid("c2"));
  CHECK(f.ws.undo_command() == "record_greetings");
  CHECK(f.ws.undo_label() == "批量记录问候 Record greetings sent");

  REQUIRE(f.undo());
  CHECK(contacts[0].meta.deleted);
  CHECK(contacts[1].meta.deleted);
  CHECK_FALSE(f.ws.undo_command() == "record_greetings");

  RecordGreetings birthday = mid_autumn(f.today, {tid("c2")});
  birthday.occasion = "birthday";
  birthday.channel = Channel::wechat;
  REQUIRE(f.run(birthday).value() == 1);
  CHECK(f.ws.book().contacts.back().notes == "生日问候 Birthday greeting");
  CHECK(f.ws.book().contacts.back().channel == Channel::wechat);
}

TEST_CASE("record greetings: refusals say why in both languages and record none") {
  CommandFixture f;
  Problem p = f.refused(mid_autumn(f.today, {tid("c1"), tid("ghost"), tid("c2")}));
  CHECK(p.code == "no_such_client");
  CHECK(p.path == "client_ids/1");
  CHECK(p.message_en.find(tid("ghost").str()) != std::string::npos);
  CHECK(p.message_zh.find(tid("ghost").str()) != std::string::npos);
  CHECK(f.refused(mid_autumn(f.today, {})).code == "no_clients");
  CHECK(f.refused(mid_autumn(f.today.plus_days(1))).code == "date_in_future");
  RecordGreetings odd = mid_autumn(f.today);
  odd.occasion = "mid-autumn";
  CHECK(f.refused(odd).path == "occasion");
  RecordGreetings call = mid_autumn(f.today);
  call.channel = Channel::phone;
  CHECK(f.refused(call).code == "not_a_message");
  call.channel = Channel::visit;
  CHECK(f.refused(call).code == "not_a_message");
  RecordGreetings unsaid = mid_autumn(f.today);
  unsaid.channel.reset();
  CHECK(f.refused(unsaid).path == "channel");
  CHECK(f.ws.book().contacts.empty());

  // A deleted client is as good as unknown: the whole batch is refused.
  Client deleted = f.ws.book().clients[f.ws.index().client(tid("c2"))];
  deleted.meta.deleted = true;
  REQUIRE(f.ws.apply({"remove", {deleted}}, f.clock += 1000).ok());
  p = f.refused(mid_autumn(f.today));
  CHECK(p.code == "no_such_client");
  CHECK(p.path == "client_ids/1");
  CHECK(f.ws.book().contacts.empty());
  CHECK(f.refused(mid_autumn(f.today), Role::supervisor).code == "not_allowed");
}

TEST_CASE("record greetings: the JSON form reads every field and refuses bad ones") {
  CommandFixture f;
  const std::string c1 = tid("c1").str(), c2 = tid("c2").str();
  REQUIRE(f.run_json(R"({"command":"record_greetings","client_ids":[")" + c1 + R"(",")" + c2 +
                     R"("],"occasion":"spring_festival","channel":"wechat","date":"2026-12-02"})")
              .value() == 2);
  CHECK(f.ws.book().contacts[1].client_id == tid("c2"));
  CHECK(f.ws.book().contacts[1].date == Date::from_ymd(2026, 12, 2));
  CHECK(f.ws.book().contacts[1].channel == Channel::wechat);
  CHECK(f.ws.book().contacts[1].notes == "春节问候 Spring Festival greeting");

  auto problem = [&](const std::string& json) { return f.run_json(json).problem(); };
  const std::string head = R"({"command":"record_greetings","client_ids":[")" + c1 + R"("],)";
  CHECK(problem(head + R"("channel":"sms","date":"2026-12-02"})").path == "occasion");
  CHECK(problem(head + R"("occasion":"birthday","date":"2026-12-02"})").path == "channel");
  CHECK(problem(head + R"("occasion":"birthday","channel":"fax","date":"2026-12-02"})").path == "channel");
  CHECK(problem(head + R"("occasion":"birthday","channel":"sms"})").path == "date");
  CHECK(problem(head + R"("occasion":"birthday","channel":"sms","date":"2026-12-02","notes":"x"})").code ==
        "unknown_field");
}
