// The written records: a communication report on a client, and the day's work
// log (one entry per manager per day: saving again updates it).
#include "command_fixture.h"

using namespace rm;
using namespace rm::test;

namespace {
WriteCommunicationReport report(Date d) {
  WriteCommunicationReport c;
  c.client_id = tid("c1");
  c.date = d;
  c.key_points = "客户关注养老规划";
  c.needs = "稳健收益";
  c.next_actions = "下周送方案";
  return c;
}

SaveWorkLog log_of(Date d) {
  SaveWorkLog c;
  c.date = d;
  c.morning_meeting = "晨会：推基金定投";
  c.contacts = "张伟 电话";
  c.memo = "备忘";
  return c;
}

}  // namespace

TEST_CASE("write communication report: a draft for the user; one undo removes it") {
  CommandFixture f;
  REQUIRE(f.run(report(f.today)).value() == 1);
  const CommunicationReport& r = f.ws.book().communication_reports.at(0);
  CHECK(r.client_id == tid("c1"));
  CHECK(r.manager_id == tid("m1"));
  CHECK(r.date == f.today);
  CHECK(r.key_points == "客户关注养老规划");
  CHECK(r.needs == "稳健收益");
  CHECK(r.next_actions == "下周送方案");
  CHECK(r.review == ReviewState::draft);
  CHECK(f.ws.undo_command() == "write_communication_report");
  REQUIRE(f.undo());
  CHECK(f.ws.book().communication_reports[0].meta.deleted);
}

TEST_CASE("write communication report: refusals say why and change nothing") {
  CommandFixture f;
  const uint64_t revision = f.ws.revision();
  WriteCommunicationReport empty = report(f.today);
  empty.key_points = "\n ";
  const Problem p = f.refused(empty);
  CHECK(p.path == "key_points");
  CHECK(p.message_zh == "请填写沟通要点。");
  CHECK(f.refused(report(f.today.plus_days(1))).code == "date_in_future");
  WriteCommunicationReport unknown = report(f.today);
  unknown.client_id = tid("nobody");
  CHECK(f.refused(unknown).code == "no_such_client");
  WriteCommunicationReport no_contact = report(f.today);
  no_contact.contact_id = tid("k-none");
  CHECK(f.refused(no_contact).code == "no_such_contact");
  CHECK(f.refused(report(f.today), Role::supervisor).code == "not_allowed");
  CHECK(f.ws.revision() == revision);
  CHECK(f.ws.book().communication_reports.empty());
}

TEST_CASE("save work log: one entry per day, updated by saving again; undo restores the earlier text") {
  CommandFixture f;
  REQUIRE(f.run(log_of(f.today)).value() == 1);
  REQUIRE(f.ws.book().work_log.size() == 1);
  const RecordId id = f.ws.book().work_log[0].meta.id;
  CHECK(f.ws.book().work_log[0].manager_id == tid("m1"));
  CHECK(f.ws.book().work_log[0].morning_meeting == "晨会：推基金定投");
  CHECK(f.ws.undo_command() == "save_work_log");

  SaveWorkLog again = log_of(f.today);
  again.suggestions = "增加理财讲座";
  REQUIRE(f.run(again).ok());
  REQUIRE(f.ws.book().work_log.size() == 1);  // the same day's entry, updated
  CHECK(f.ws.book().work_log[0].meta.id == id);
  CHECK(f.ws.book().work_log[0].suggestions == "增加理财讲座");
  REQUIRE(f.undo());
  CHECK(f.ws.book().work_log[0].suggestions.empty());

  REQUIRE(f.run(log_of(f.today.plus_days(-1))).ok());  // yesterday's, written late
  CHECK(f.ws.book().work_log.size() == 2);
}

TEST_CASE("save work log: refusals say why and change nothing") {
  CommandFixture f;
  const uint64_t revision = f.ws.revision();
  const Problem future = f.refused(log_of(f.today.plus_days(1)));
  CHECK(future.code == "date_in_future");
  CHECK(future.path == "date");
  SaveWorkLog empty;
  empty.date = f.today;
  empty.memo = " ";
  CHECK(f.refused(empty).code == "required");
  CHECK(f.refused(log_of(Date{})).path == "date");
  CHECK(f.refused(log_of(f.today), Role::supervisor).code == "not_allowed");
  CHECK(f.ws.revision() == revision);
  CHECK(f.ws.book().work_log.empty());
}

TEST_CASE("report commands: the JSON form reads every field and refuses bad ones") {
  CommandFixture f;
  const std::string c1 = tid("c1").str();
  REQUIRE(f.run_json(R"({"command":"write_communication_report","client_id":")" + c1 +
                     R"(","date":"2026-12-02","key_points":"要点","needs":"需求","next_actions":"行动"})")
              .ok());
  CHECK(f.ws.book().communication_reports[0].date == Date::from_ymd(2026, 12, 2));
  REQUIRE(f.run_json(R"({"command":"save_work_log","date":"2026-12-03","morning_meeting":"m","contacts":"c",)"
                     R"("sales":"s","suggestions":"g","memo":"x"})")
              .ok());
  const WorkLogEntry& e = f.ws.book().work_log[0];
  CHECK(e.sales == "s");
  CHECK(e.memo == "x");

  auto problem = [&](const std::string& json) { return f.run_json(json).problem(); };
  CHECK(problem(R"({"command":"write_communication_report","client_id":")" + c1 + R"(","date":"2026-12-02"})")
            .path == "key_points");
  CHECK(problem(R"({"command":"save_work_log","date":"2026-12-03","memo":7})").path == "memo");
  CHECK(problem(R"({"command":"save_work_log","date":"2026-12-03","mood":"good"})").code == "unknown_field");
  CHECK(f.ws.book().work_log.size() == 1);
}
