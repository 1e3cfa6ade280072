// Complaints: taken down, then handled step by step in the order of
// docs/domain.md §6, resolved when the follow-up is done.
#include "command_fixture.h"

using namespace rm;
using namespace rm::test;

namespace {
AddComplaint fee_complaint(Date received) {
  AddComplaint c;
  c.client_id = tid("c1");
  c.received_on = received;
  c.summary = "账户管理费扣费有异议";
  c.facts = "11月扣费两次";
  return c;
}

RecordId make_complaint(CommandFixture& f) {
  REQUIRE(f.run(fee_complaint(f.today.plus_days(-5))).ok());
  return f.ws.book().complaints.back().meta.id;
}

AdvanceComplaint step(const RecordId& id, ComplaintStep s, Date d) {
  AdvanceComplaint c;
  c.complaint_id = id;
  c.step = s;
  c.date = d;
  return c;
}

}  // namespace

TEST_CASE("add complaint: taken down with its facts as the first two steps; one undo removes it") {
  CommandFixture f;
  REQUIRE(f.run(fee_complaint(f.today.plus_days(-1))).value() == 1);
  const Complaint& k = f.ws.book().complaints.at(0);
  CHECK(k.client_id == tid("c1"));
  CHECK(k.manager_id == tid("m1"));
  CHECK(k.received_on == f.today.plus_days(-1));
  CHECK(k.summary == "账户管理费扣费有异议");
  REQUIRE(k.steps.size() == 2);
  CHECK(k.steps[0].step == ComplaintStep::listen);
  CHECK(k.steps[1].step == ComplaintStep::record_facts);
  CHECK(k.steps[1].date == f.today.plus_days(-1));
  CHECK_FALSE(k.resolved_on);
  CHECK(next_complaint_step(k) == ComplaintStep::determine_responsibility);
  CHECK(f.ws.undo_command() == "add_complaint");
  REQUIRE(f.undo());
  CHECK(f.ws.book().complaints[0].meta.deleted);

  AddComplaint bare = fee_complaint(f.today);
  bare.facts.clear();
  REQUIRE(f.run(bare).ok());
  CHECK(f.ws.book().complaints.back().steps.size() == 1);
}

TEST_CASE("add complaint: refusals say why and change nothing") {
  CommandFixture f;
  const uint64_t revision = f.ws.revision();
  AddComplaint blank = fee_complaint(f.today);
  blank.summary = "";
  const Problem p = f.refused(blank);
  CHECK(p.path == "summary");
  CHECK(p.message_en == "Please fill in what the complaint is about.");
  CHECK(f.refused(fee_complaint(f.today.plus_days(2))).code == "date_in_future");
  AddComplaint unknown = fee_complaint(f.today);
  unknown.client_id = tid("nobody");
  CHECK(f.refused(unknown).code == "no_such_client");
  CHECK(f.refused(fee_complaint(f.today), Role::supervisor).code == "not_allowed");
  CHECK(f.ws.revision() == revision);
  CHECK(f.ws.book().complaints.empty());
}

TEST_CASE("advance complaint: each next step in order, resolved at the follow-up; undo takes a step back") {
  CommandFixture f;
  const RecordId id = make_complaint(f);
  AdvanceComplaint blame = step(id, ComplaintStep::determine_responsibility, f.today.plus_days(-4));
  blame.responsibility = Responsibility::bank;
  blame.note = "系统重复扣费";
  REQUIRE(f.run(blame).value() == 1);
  CHECK(f.ws.undo_command() == "advance_complaint");
  CHECK(f.ws.book().complaints[0].responsibility == Responsibility::bank);
  CHECK(f.ws.book().complaints[0].steps.back().note == "系统重复扣费");
  REQUIRE(f.run(step(id, ComplaintStep::apologise, f.today.plus_days(-4))).ok());
  AdvanceComplaint remedy = step(id, ComplaintStep::agree_remedy, f.today.plus_days(-3));
  remedy.remedy = "退还多扣费用";
  REQUIRE(f.run(remedy).ok());
  CHECK(f.ws.book().complaints[0].remedy == "退还多扣费用");
  REQUIRE(f.run(step(id, ComplaintStep::execute, f.today.plus_days(-2))).ok());
  CHECK_FALSE(f.ws.book().complaints[0].resolved_on);
  REQUIRE(f.run(step(id, ComplaintStep::follow_up, f.today)).ok());
  CHECK(f.ws.book().complaints[0].resolved_on == f.today);
  CHECK(f.ws.book().complaints[0].steps.size() == 7);
  REQUIRE(f.undo());
  CHECK_FALSE(f.ws.book().complaints[0].resolved_on);
  CHECK(f.ws.book().complaints[0].steps.size() == 6);
}

TEST_CASE("advance complaint: refusals say why and change nothing") {
  CommandFixture f;
  const RecordId id = make_complaint(f);
  const uint64_t revision = f.ws.revision();
  const Problem skip = f.refused(step(id, ComplaintStep::apologise, f.today));
  CHECK(skip.code == "not_next_step");
  CHECK(skip.path == "step");
  CHECK(f.refused(step(id, ComplaintStep::listen, f.today)).code == "not_next_step");  // going back
  CHECK(f.refused(step(id, ComplaintStep::determine_responsibility, f.today.plus_days(1))).code == "date_in_future");
  CHECK(f.refused(step(id, ComplaintStep::determine_responsibility, f.today.plus_days(-6))).code ==
        "before_previous_step");
  AdvanceComplaint early_remedy = step(id, ComplaintStep::determine_responsibility, f.today);
  early_remedy.remedy = "赔偿";
  CHECK(f.refused(early_remedy).code == "remedy_not_this_step");
  CHECK(f.refused(step(tid("k-none"), ComplaintStep::determine_responsibility, f.today)).code == "no_such_complaint");
  CHECK(f.ws.revision() == revision);
  CHECK(f.ws.book().complaints[0].steps.size() == 2);

  for (ComplaintStep s : {ComplaintStep::determine_responsibility, ComplaintStep::apologise, ComplaintStep::agree_remedy,
                          ComplaintStep::execute, ComplaintStep::follow_up})
    REQUIRE(f.run(step(id, s, f.today)).ok());
  CHECK(f.refused(step(id, ComplaintStep::follow_up, f.today)).code == "complaint_resolved");
}

TEST_CASE("complaint commands: the JSON form reads every field and refuses bad ones") {
  CommandFixture f;
  const std::string c1 = tid("c1").str();
  REQUIRE(f.run_json(R"({"command":"add_complaint","client_id":")" + c1 +
                     R"(","received_on":"2026-12-02","summary":"排队太久","responsibility":"bank","remedy":"预约服务"})")
              .ok());
  const Complaint& k = f.ws.book().complaints[0];
  CHECK(k.responsibility == Responsibility::bank);
  CHECK(k.remedy == "预约服务");
  CHECK(k.steps.size() == 1);
  const std::string id = k.meta.id.str();
  REQUIRE(f.run_json(R"({"command":"advance_complaint","complaint_id":")" + id +
                     R"(","step":"record_facts","date":"2026-12-03","note":"周一上午"})")
              .ok());
  CHECK(f.ws.book().complaints[0].steps.back().note == "周一上午");
  REQUIRE(f.run_json(R"({"command":"advance_complaint","complaint_id":")" + id +
                     R"(","step":"determine_responsibility","date":"2026-12-03","responsibility":"shared"})")
              .ok());
  CHECK(f.ws.book().complaints[0].responsibility == Responsibility::shared);

  auto problem = [&](const std::string& json) { return f.run_json(json).problem(); };
  CHECK(problem(R"({"command":"advance_complaint","complaint_id":")" + id + R"(","step":"apologise","date":"2026-12-03","responsibility":"nobody"})")
            .path == "responsibility");
  CHECK(problem(R"({"command":"add_complaint","client_id":")" + c1 + R"(","received_on":"2026-12-02"})").path ==
        "summary");
  CHECK(problem(R"({"command":"advance_complaint","complaint_id":")" + id + R"(","step":"dance","date":"2026-12-03"})")
            .path == "step");
  CHECK(f.ws.book().complaints[0].steps.size() == 3);
}
