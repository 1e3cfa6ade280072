// The review between manager and supervisor (docs/commands.md, "Review"):
// the manager saves a financial plan and submits reports and plans; the
// supervisor comments, approves, returns, reassigns clients and sets weekly
// targets. A manager is refused the supervisor's commands with a message in
// both languages.
#include "command_fixture.h"
#include "sync/review.h"

using namespace rm;
using namespace rm::test;

namespace {

RecordId write_report(CommandFixture& f) {
  WriteCommunicationReport c;
  c.client_id = tid("c1");
  c.date = f.today;
  c.key_points = "客户关注养老规划";
  REQUIRE(f.run(c).ok());
  return f.ws.book().communication_reports.back().meta.id;
}

SaveFinancialPlan plan_for_c1() {
  SaveFinancialPlan c;
  c.client_id = tid("c1");
  c.goals = {PlanGoalArgs{GoalKind::children_education, "子女教育", 50'000'000, 2032, 1},
             PlanGoalArgs{GoalKind::retirement, "退休", 300'000'000, 2045, 2}};
  c.financial_position = "资产负债健康";
  c.protection = "寿险缺口 200 万";
  c.risk_level = RiskLevel::C3;
  c.recommendations = "应急金 6 个月";
  return c;
}

RecordId save_plan(CommandFixture& f) {
  REQUIRE(f.run(plan_for_c1()).ok());
  return f.ws.book().financial_plans.back().meta.id;
}

template <class T>
const T& by_id(const std::vector<T>& records, const RecordId& id) {
  for (const T& r : records)
    if (r.meta.id == id) return r;
  FAIL("no record " << id.str());
  return records.front();
}

}  // namespace

TEST_CASE("save_financial_plan: a draft plan with goals; checked; a year to the next review", "[review-commands]") {
  CommandFixture f;
  const RecordId id = save_plan(f);
  const FinancialPlan& p = by_id(f.ws.book().financial_plans, id);
  CHECK(p.client_id == tid("c1"));
  CHECK(p.manager_id == tid("m1"));
  CHECK(p.version == 1);
  CHECK(p.created_on == f.today);
  CHECK(p.review_date == f.today.plus_years(1));
  REQUIRE(p.goals.size() == 2);
  CHECK(p.goals[1].amount == 300'000'000);
  CHECK(p.risk_level == RiskLevel::C3);
  CHECK(p.review == ReviewState::draft);
  CHECK(f.ws.undo_command() == "save_financial_plan");

  SaveFinancialPlan late = plan_for_c1();
  late.review_date = f.today.plus_years(1).plus_days(1);
  CHECK(f.refused(late).code == "review_date");
  SaveFinancialPlan no_amount = plan_for_c1();
  no_amount.goals[0].amount = 0;
  const Problem p0 = f.refused(no_amount);
  CHECK(p0.code == "goal_needs_amount");
  CHECK(p0.path == "goals[0].amount");
  SaveFinancialPlan nobody = plan_for_c1();
  nobody.client_id = tid("nobody");
  CHECK(f.refused(nobody).code == "no_such_client");
  CHECK(f.refused(plan_for_c1(), Role::supervisor).code == "not_allowed");

  // Saving a draft again keeps its version.
  SaveFinancialPlan again = plan_for_c1();
  again.plan_id = id;
  again.protection = "寿险缺口 150 万";
  REQUIRE(f.run(again).ok());
  CHECK(by_id(f.ws.book().financial_plans, id).version == 1);
}

TEST_CASE("submit, comment, approve: the approval keeps what it approved; an edit after it is a new version",
          "[review-commands]") {
  CommandFixture f;
  const RecordId plan = save_plan(f);
  REQUIRE(f.run(SubmitForReview{plan}).ok());
  CHECK(by_id(f.ws.book().financial_plans, plan).review == ReviewState::submitted);
  CHECK(f.refused(SubmitForReview{plan}).code == "already_submitted");

  REQUIRE(f.run(CommentOnReview{plan, "退休目标请再核实"}, Role::supervisor).ok());
  CHECK(f.ws.undo_command() == "comment_on_review");
  REQUIRE(f.ws.book().review_comments.size() == 1);
  const ReviewComment& c = f.ws.book().review_comments[0];
  CHECK(c.subject_kind == ReviewSubject::financial_plan);
  CHECK(c.subject_id == plan);
  CHECK(c.manager_id == tid("m1"));
  CHECK(c.author_id == tid("s1"));
  CHECK(by_id(f.ws.book().financial_plans, plan).review == ReviewState::reviewed);

  REQUIRE(f.run(Approve{plan, "同意"}, Role::supervisor).ok());
  const FinancialPlan& approved = by_id(f.ws.book().financial_plans, plan);
  CHECK(approved.review == ReviewState::approved);
  CHECK(approved.reviewer_id == tid("s1"));
  CHECK(approved.reviewed_on == f.today);
  CHECK(approved.review_comment == "同意");
  CHECK_FALSE(approved.approved_content.empty());
  CHECK_FALSE(changed_since_approval(approved));
  CHECK(f.refused(Approve{plan, ""}, Role::supervisor).code == "already_approved");
  CHECK(f.refused(SubmitForReview{plan}).code == "already_approved");

  // The manager saves the approved plan: the approved version stays as it was
  // approved; the new text is version 2, a draft of its own.
  SaveFinancialPlan edit = plan_for_c1();
  edit.plan_id = plan;
  edit.recommendations = "应急金 3 个月";
  REQUIRE(f.run(edit).ok());
  const FinancialPlan& kept = by_id(f.ws.book().financial_plans, plan);
  CHECK(kept.version == 1);
  CHECK(kept.review == ReviewState::approved);
  CHECK(kept.recommendations == "应急金 6 个月");
  CHECK_FALSE(changed_since_approval(kept));
  const FinancialPlan& next = f.ws.book().financial_plans.back();
  CHECK(next.meta.id != plan);
  CHECK(next.version == 2);
  CHECK(next.review == ReviewState::draft);
  CHECK(next.recommendations == "应急金 3 个月");
  // Handing the new version in is its first round.
  const RecordId v2 = next.meta.id;
  REQUIRE(f.run(SubmitForReview{v2}).ok());
  CHECK(by_id(f.ws.book().financial_plans, v2).review == ReviewState::submitted);
  CHECK(by_id(f.ws.book().financial_plans, v2).review_round == 0);
  REQUIRE(f.undo());
  CHECK(by_id(f.ws.book().financial_plans, v2).review == ReviewState::draft);
}

TEST_CASE("return_for_changes: a reason is required; resubmitting starts a new round", "[review-commands]") {
  CommandFixture f;
  const RecordId report = write_report(f);
  CHECK(f.refused(ReturnForChanges{report, "x"}, Role::supervisor).code == "not_submitted");
  REQUIRE(f.run(SubmitForReview{report}).ok());
  const Problem blank = f.refused(ReturnForChanges{report, " "}, Role::supervisor);
  CHECK(blank.path == "reason");
  REQUIRE(f.run(ReturnForChanges{report, "请补充客户需求"}, Role::supervisor).ok());
  const CommunicationReport& r = by_id(f.ws.book().communication_reports, report);
  CHECK(r.review == ReviewState::returned);
  CHECK(r.return_reason == "请补充客户需求");
  CHECK(f.refused(Approve{report, ""}, Role::supervisor).code == "already_returned");
  REQUIRE(f.run(SubmitForReview{report}).ok());
  CHECK(by_id(f.ws.book().communication_reports, report).review_round == 1);
  REQUIRE(f.run(Approve{report, ""}, Role::supervisor).ok());
  CHECK(by_id(f.ws.book().communication_reports, report).review == ReviewState::approved);
}

TEST_CASE("supervisor commands are refused for a manager, in both languages", "[review-commands]") {
  CommandFixture f;
  const RecordId report = write_report(f);
  REQUIRE(f.run(SubmitForReview{report}).ok());
  const Problem p = f.refused(Approve{report, ""});
  CHECK(p.code == "not_allowed");
  CHECK(p.message_en == "A manager cannot do this: Approve.");
  CHECK(p.message_zh == "客户经理无权执行此操作：审阅通过。");
  CHECK(f.refused(ReturnForChanges{report, "r"}).code == "not_allowed");
  CHECK(f.refused(CommentOnReview{report, "c"}).code == "not_allowed");
  CHECK(f.refused(ReassignClients{{tid("c2")}, tid("m1")}).code == "not_allowed");
  CHECK(f.refused(SetWeeklyTargets{tid("m1"), f.today, 100, 10, 2, 1}).code == "not_allowed");
  CHECK(f.refused(CommentOnReview{tid("nothing"), "c"}, Role::supervisor).code == "no_such_record");
  CHECK(f.refused(CommentOnReview{report, "  "}, Role::supervisor).path == "text");
}

TEST_CASE("reassign_clients: assign_clients's rules, and a reassignment per client moved", "[review-commands]") {
  CommandFixture f;
  REQUIRE(f.run(ReassignClients{{tid("c2"), tid("c1")}, tid("m1")}, Role::supervisor).ok());
  CHECK(f.ws.undo_command() == "reassign_clients");
  REQUIRE(f.ws.book().reassignments.size() == 1);  // c1 was m1's already
  const ClientReassignment& r = f.ws.book().reassignments[0];
  CHECK(r.client_id == tid("c2"));
  CHECK(r.from_manager_id == tid("m2"));
  CHECK(r.to_manager_id == tid("m1"));
  CHECK(r.supervisor_id == tid("s1"));
  CHECK(f.ws.book().clients[f.ws.index().client(tid("c2"))].manager_id == tid("m1"));
  CHECK(f.refused(ReassignClients{{tid("c2")}, tid("nobody")}, Role::supervisor).code == "no_such_manager");
  CHECK(f.refused(ReassignClients{{tid("nobody")}, tid("m2")}, Role::supervisor).code == "no_such_client");
  REQUIRE(f.undo());
  CHECK(f.ws.book().clients[f.ws.index().client(tid("c2"))].manager_id == tid("m2"));
}

TEST_CASE("set_weekly_targets: one record per manager and ISO week, replaced when set again", "[review-commands]") {
  CommandFixture f;  // today is Thursday 2026-12-03; its week starts Monday 2026-11-30
  REQUIRE(f.run(SetWeeklyTargets{tid("m1"), f.today, 500'000'000, 40, 8, 3}, Role::supervisor).ok());
  REQUIRE(f.ws.book().weekly_targets.size() == 1);
  const WeeklyTarget& t = f.ws.book().weekly_targets[0];
  CHECK(t.week_start == Date::from_ymd(2026, 11, 30));
  CHECK(t.meta.id == weekly_target_id(tid("m1"), Date::from_ymd(2026, 11, 30)));
  CHECK(t.contacts == 40);
  REQUIRE(f.run(SetWeeklyTargets{tid("m1"), Date::from_ymd(2026, 12, 6), 0, 50, 8, 3}, Role::supervisor).ok());
  REQUIRE(f.ws.book().weekly_targets.size() == 1);
  CHECK(f.ws.book().weekly_targets[0].contacts == 50);
  CHECK(weekly_target_id(tid("m1"), t.week_start) != weekly_target_id(tid("m2"), t.week_start));
  CHECK(f.refused(SetWeeklyTargets{tid("nobody"), f.today, 0, 1, 1, 1}, Role::supervisor).code == "no_such_manager");
  CHECK(f.refused(SetWeeklyTargets{tid("m1"), f.today, 0, -1, 1, 1}, Role::supervisor).path == "contacts");
}

TEST_CASE("review commands in their JSON form", "[review-commands]") {
  CommandFixture f;
  REQUIRE(f.run_json(R"({"command":"save_financial_plan","client_id":")" + tid("c1").str() +
                     R"(","goals":[{"name":"购房","amount":100000000,"year":2030}],"risk_level":"C2","review_date":"2027-06-01"})")
              .ok());
  const FinancialPlan& p = f.ws.book().financial_plans.at(0);
  CHECK(p.goals.at(0).priority == 1);
  CHECK(p.risk_level == RiskLevel::C2);
  const std::string id = p.meta.id.str();
  CHECK(f.run_json(R"({"command":"save_financial_plan","client_id":")" + tid("c1").str() +
                   R"(","goals":[{"name":"购房","amount":1,"year":2030,"colour":1}]})")
            .problem()
            .path == "goals.colour");
  REQUIRE(f.run_json(R"({"command":"submit_for_review","id":")" + id + R"("})").ok());
  REQUIRE(f.run_json(R"({"command":"comment_on_review","id":")" + id + R"(","text":"好"})", Role::supervisor).ok());
  CHECK(f.run_json(R"({"command":"return_for_changes","id":")" + id + R"("})", Role::supervisor).problem().path ==
        "reason");
  REQUIRE(f.run_json(R"({"command":"approve","id":")" + id + R"(","comment":"通过"})", Role::supervisor).ok());
  REQUIRE(f.run_json(R"({"command":"reassign_clients","client_ids":[")" + tid("c2").str() + R"("],"manager_id":")" +
                         tid("m1").str() + R"("})",
                     Role::supervisor)
              .ok());
  REQUIRE(f.run_json(R"({"command":"set_weekly_targets","manager_id":")" + tid("m1").str() +
                         R"(","week":"2026-12-07","new_opportunity_amount":100000,"contacts":30,"meetings":6,"reports":2})",
                     Role::supervisor)
              .ok());
  CHECK(f.ws.book().weekly_targets.at(0).week_start == Date::from_ymd(2026, 12, 7));
}
