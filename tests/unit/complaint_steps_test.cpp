// A complaint handled through the six steps of docs/domain.md §6 (seven in
// the model: apologise and agree a remedy apart), each with its date, who
// did it and a note; the next step's deadline; the Branch screen's count.
#include "command_fixture.h"

#include "core/model/book_stats.h"
#include "core/planner/branch_dashboard.h"
#include "core/planner/complaint_deadlines.h"
#include "core/planner/duties.h"
#include "core/planner/planner_context.h"

using namespace rm;
using namespace rm::test;

namespace {

// 2026-12-03, a Thursday: the fixture's today.
RecordId take(CommandFixture& f, Date received, const RecordId& client = tid("c1")) {
  AddComplaint c;
  c.client_id = client;
  c.received_on = received;
  c.summary = "理财产品赎回到账延迟";
  c.facts = "12月1日赎回，3日未到账";
  REQUIRE(f.run(c).ok());
  return f.ws.book().complaints.back().meta.id;
}

AdvanceComplaint step(const RecordId& id, ComplaintStep s, Date d, std::string by = {}) {
  AdvanceComplaint c;
  c.complaint_id = id;
  c.step = s;
  c.date = d;
  c.by = std::move(by);
  c.note = "已处理";
  return c;
}

const Complaint& complaint(CommandFixture& f, const RecordId& id) {
  for (const Complaint& k : f.ws.book().complaints)
    if (k.meta.id == id) return k;
  FAIL("no such complaint");
  return f.ws.book().complaints.front();
}

std::vector<Duty> duties(CommandFixture& f, Date until) {
  std::vector<Duty> out;
  add_complaint_duties(f.ws.book(), f.today, until, out);
  return out;
}

}  // namespace

TEST_CASE("complaint: every step in order, each with its date, who and note; resolved at the follow-up",
          "[complaints]") {
  CommandFixture f;
  const RecordId id = take(f, f.today.plus_days(-2));
  // Taken down by the manager who records it: her name.
  REQUIRE(complaint(f, id).steps.size() == 2);
  CHECK(complaint(f, id).steps[0].by == "王芳");
  CHECK(complaint(f, id).steps[1].by == "王芳");

  AdvanceComplaint blame = step(id, ComplaintStep::determine_responsibility, f.today.plus_days(-2), "赵主管");
  blame.responsibility = Responsibility::bank;
  REQUIRE(f.run(blame).ok());
  REQUIRE(f.run(step(id, ComplaintStep::apologise, f.today.plus_days(-1))).ok());
  AdvanceComplaint remedy = step(id, ComplaintStep::agree_remedy, f.today.plus_days(-1), "王芳");
  remedy.remedy = "补偿延迟期间收益";
  REQUIRE(f.run(remedy).ok());
  // A step skipped is refused: execute comes before the follow-up.
  const Problem skipped = f.refused(step(id, ComplaintStep::follow_up, f.today));
  CHECK(skipped.code == "not_next_step");
  CHECK(skipped.path == "step");
  REQUIRE(f.run(step(id, ComplaintStep::execute, f.today, "柜台 李娜")).ok());
  CHECK_FALSE(complaint(f, id).resolved_on);
  REQUIRE(f.run_json(R"({"command":"advance_complaint","complaint_id":")" + id.str() +
                     R"(","step":"follow_up","date":"2026-12-03","by":"王芳","note":"客户满意"})")
              .ok());

  const Complaint& k = complaint(f, id);
  REQUIRE(k.steps.size() == 7);
  const std::vector<std::string> by{"王芳", "王芳", "赵主管", "王芳", "王芳", "柜台 李娜", "王芳"};
  for (size_t i = 0; i < 7; ++i) {
    CHECK(k.steps[i].step == static_cast<ComplaintStep>(i));
    CHECK(k.steps[i].by == by[i]);
  }
  CHECK(k.steps[3].by == "王芳");  // no one named: the complaint's manager
  CHECK(k.steps[6].note == "客户满意");
  CHECK(k.steps[2].date == f.today.plus_days(-2));
  CHECK(k.responsibility == Responsibility::bank);
  CHECK(k.remedy == "补偿延迟期间收益");
  CHECK(k.resolved_on == f.today);
  CHECK(f.refused(step(id, ComplaintStep::follow_up, f.today)).code == "complaint_resolved");
}

TEST_CASE("complaint deadlines: the next step and when it is due, in working days where the product says so",
          "[complaints]") {
  const WorkingCalendar calendar(2025, 2027);
  Complaint k;
  k.received_on = Date::from_ymd(2026, 12, 3);  // Thursday
  CHECK(complaint_next_step_due(k, calendar)->step == ComplaintStep::listen);
  CHECK(complaint_next_step_due(k, calendar)->due == k.received_on);
  k.steps.push_back({ComplaintStep::listen, k.received_on, {}, "王芳"});
  CHECK(complaint_next_step_due(k, calendar)->step == ComplaintStep::record_facts);
  CHECK(complaint_next_step_due(k, calendar)->due == k.received_on);  // the same day
  k.steps.push_back({ComplaintStep::record_facts, k.received_on, {}, "王芳"});
  // Two working days after Thursday: Friday, then Monday.
  CHECK(complaint_next_step_due(k, calendar)->due == Date::from_ymd(2026, 12, 7));
  k.steps.push_back({ComplaintStep::determine_responsibility, Date::from_ymd(2026, 12, 4), {}, "王芳"});
  CHECK(complaint_next_step_due(k, calendar)->due == Date::from_ymd(2026, 12, 7));  // 1 working day after Friday
  k.steps.push_back({ComplaintStep::apologise, Date::from_ymd(2026, 12, 7), {}, "王芳"});
  CHECK(complaint_next_step_due(k, calendar)->due == Date::from_ymd(2026, 12, 10));  // 3 working days
  k.steps.push_back({ComplaintStep::agree_remedy, Date::from_ymd(2026, 12, 10), {}, "王芳"});
  CHECK(complaint_next_step_due(k, calendar)->due == Date::from_ymd(2026, 12, 17));  // 7 days
  k.steps.push_back({ComplaintStep::execute, Date::from_ymd(2026, 12, 17), {}, "王芳"});
  CHECK(complaint_next_step_due(k, calendar)->step == ComplaintStep::follow_up);
  CHECK(complaint_next_step_due(k, calendar)->due == Date::from_ymd(2026, 12, 31));  // 14 days
  k.steps.push_back({ComplaintStep::follow_up, Date::from_ymd(2026, 12, 20), {}, "王芳"});
  CHECK_FALSE(complaint_next_step_due(k, calendar));
}

TEST_CASE("complaint duties: the next step with its due date, overdue once past, none when resolved",
          "[complaints]") {
  CommandFixture f;
  const RecordId id = take(f, f.today);  // facts recorded: responsibility next, due Monday 2026-12-07
  std::vector<Duty> d = duties(f, f.today.plus_days(7));
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == DutyKind::complaint_step);
  CHECK(d[0].client_id == tid("c1"));
  CHECK(d[0].subject_id == id);
  CHECK(d[0].due == Date::from_ymd(2026, 12, 7));
  CHECK(d[0].zh == "投诉处理：认定责任（理财产品赎回到账延迟）");
  CHECK(d[0].en == "Complaint: Determine responsibility (理财产品赎回到账延迟)");
  CHECK_FALSE(d[0].overdue(f.today));
  CHECK(duties(f, f.today).empty());  // not owed by today

  f.today = Date::from_ymd(2026, 12, 8);
  d = duties(f, f.today);
  REQUIRE(d.size() == 1);
  CHECK(d[0].overdue(f.today));

  for (ComplaintStep s : {ComplaintStep::determine_responsibility, ComplaintStep::apologise,
                          ComplaintStep::agree_remedy, ComplaintStep::execute}) {
    REQUIRE(f.run(step(id, s, f.today)).ok());
    REQUIRE(duties(f, f.today.plus_days(30)).size() == 1);
  }
  CHECK(duties(f, f.today.plus_days(30))[0].due == f.today.plus_days(14));
  REQUIRE(f.run(step(id, ComplaintStep::follow_up, f.today)).ok());
  CHECK(duties(f, f.today.plus_days(365)).empty());

  // A deleted complaint owes nothing either.
  const RecordId other = take(f, f.today);
  REQUIRE(duties(f, f.today.plus_days(30)).size() == 1);
  REQUIRE(f.run(DeleteRecord{DeletableKind::complaint, other}).ok());
  CHECK(duties(f, f.today.plus_days(30)).empty());
}

TEST_CASE("branch dashboard: open complaints per manager and listed, overdue first", "[complaints]") {
  CommandFixture f;
  const RecordId late = take(f, Date::from_ymd(2026, 11, 30));  // responsibility due 2026-12-02: overdue
  const RecordId fresh = take(f, f.today, tid("c2"));
  const RecordId done = take(f, Date::from_ymd(2026, 12, 1));
  for (ComplaintStep s : {ComplaintStep::determine_responsibility, ComplaintStep::apologise,
                          ComplaintStep::agree_remedy, ComplaintStep::execute, ComplaintStep::follow_up})
    REQUIRE(f.run(step(done, s, f.today)).ok());
  // The second complaint is m2's: her own client, her own record.
  Complaint mine = complaint(f, fresh);
  mine.manager_id = tid("m2");
  REQUIRE(f.ws.apply({"fixture", {mine}}, f.clock += 1000).ok());

  const PlannerContext ctx(f.ws.book(), f.ws.index(), active_policy(f.ws.book()), f.today);
  const BranchDashboard d = branch_dashboard({&ctx}, Date::from_ymd(2026, 1, 1), Date::from_ymd(2027, 1, 1));
  REQUIRE(d.open_complaints.size() == 2);
  CHECK(d.open_complaints[0].complaint_id == late);
  CHECK(d.open_complaints[0].overdue);
  CHECK(d.open_complaints[0].next_step == ComplaintStep::determine_responsibility);
  CHECK(d.open_complaints[0].due == Date::from_ymd(2026, 12, 2));
  CHECK(d.open_complaints[0].manager_id == tid("m1"));
  CHECK(d.open_complaints[1].complaint_id == fresh);
  CHECK_FALSE(d.open_complaints[1].overdue);
  CHECK(d.open_complaints[1].due == Date::from_ymd(2026, 12, 7));
  int m1 = -1, m2 = -1, m1_overdue = -1;
  for (const ManagerDashboard& m : d.managers) {
    if (m.manager_id == tid("m1")) m1 = m.open_complaints, m1_overdue = m.overdue_complaints;
    if (m.manager_id == tid("m2")) m2 = m.open_complaints;
  }
  CHECK(m1 == 1);
  CHECK(m1_overdue == 1);
  CHECK(m2 == 1);
}
