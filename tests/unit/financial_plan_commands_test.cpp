// Goals are goals (docs/domain.md §4, "How the product writes the plan"): the
// new-client wizard saves them in a draft plan; the opportunities it once made
// from goals move into the client's plan and are deleted, ordinary
// opportunities stay; a plan handed in is never changed silently — saving it
// (or moving goals into it) writes the next version and keeps the old; the
// yearly review of the latest version is a duty.
#include "command_fixture.h"

#include "core/plan/goal_opportunities.h"
#include "core/plan/plan_versions.h"
#include "core/planner/duties.h"

using namespace rm;
using namespace rm::test;

namespace {

std::vector<const FinancialPlan*> plans_of(CommandFixture& f, const char* client) {
  return plan_versions(f.ws.book(), tid(client));
}

const Opportunity* opportunity(CommandFixture& f, const RecordId& id) {
  for (const Opportunity& o : f.ws.book().opportunities)
    if (o.meta.id == id) return &o;
  return nullptr;
}

Opportunity wizard_goal(const char* id, const char* client, const char* title, Fen amount, const char* next) {
  Opportunity o;
  o.meta.id = tid(id);
  o.client_id = tid(client);
  o.manager_id = tid("m1");
  o.title = title;
  o.step = SalesStep::needs;
  o.expected_amount = amount;
  o.opened_on = Date::from_ymd(2026, 6, 1);
  o.next_step = next;
  return o;
}

// Client c3 as the old wizard made her: the client and her goals as
// opportunities in one edit, plus a sale with a product in the same edit
// and an ordinary opportunity added later.
void old_wizard_client(CommandFixture& f) {
  Client c3;
  c3.meta.id = tid("c3");
  c3.name = "陈静";
  c3.manager_id = tid("m1");
  Opportunity with_product = wizard_goal("o-prod", "c3", "基金定投", yuan(10'000), "");
  with_product.product_id = tid("some-product");
  REQUIRE(f.ws.apply({"old wizard",
                      {c3, wizard_goal("o-edu", "c3", "子女教育", yuan(500'000), "目标年份 2032"),
                       wizard_goal("o-trip", "c3", "环球旅行", yuan(80'000), ""), with_product}},
                     f.clock += 1000)
              .ok());
  REQUIRE(f.ws.apply({"later", {wizard_goal("o-later", "c3", "子女教育", yuan(500'000), "目标年份 2032")}},
                     f.clock += 1000)
              .ok());
}

}  // namespace

TEST_CASE("create_client: the wizard's goals go into a draft plan, not the pipeline", "[plan]") {
  CommandFixture f;
  CreateClient c;
  c.client.name = "王小明";
  c.goals.push_back(NewClientGoal{GoalKind::retirement, "", yuan(1'000'000), std::nullopt});
  c.goals.push_back(NewClientGoal{GoalKind::children_education, "女儿出国留学", yuan(800'000), 2030});
  REQUIRE(f.run(c).ok());
  CHECK(f.ws.book().opportunities.empty());
  const RecordId client = f.ws.book().clients.back().meta.id;
  const std::vector<const FinancialPlan*> plans = plan_versions(f.ws.book(), client);
  REQUIRE(plans.size() == 1);
  const FinancialPlan& p = *plans[0];
  CHECK(p.review == ReviewState::draft);
  CHECK(p.version == 1);
  CHECK(p.manager_id == tid("m1"));
  CHECK(p.review_date == f.today.plus_years(1));
  REQUIRE(p.goals.size() == 2);
  // In the order of §4: education before retirement.
  CHECK(p.goals[0].kind == GoalKind::children_education);
  CHECK(p.goals[0].name == "女儿出国留学");
  CHECK(p.goals[0].year == 2030);
  CHECK(p.goals[0].priority == 1);
  CHECK(p.goals[1].name == "退休养老");
  CHECK(p.goals[1].year == 0);  // not given: the plan asks for it
  CHECK(p.goals[1].priority == 2);
  REQUIRE(f.undo());
  CHECK(f.ws.book().financial_plans.back().meta.deleted);
}

TEST_CASE("move_goal_opportunities_to_plans: wizard goals become plan goals; other sales stay", "[plan]") {
  CommandFixture f;
  old_wizard_client(f);
  const uint32_t c3 = f.ws.index().client(tid("c3"));
  CHECK(wizard_goal_opportunities(f.ws.book(), f.ws.index(), c3).size() == 2);

  REQUIRE(f.run(MoveGoalOpportunitiesToPlans{}).ok());
  CHECK(f.ws.undo_command() == "move_goal_opportunities_to_plans");
  const std::vector<const FinancialPlan*> plans = plans_of(f, "c3");
  REQUIRE(plans.size() == 1);
  const FinancialPlan& p = *plans[0];
  CHECK(p.review == ReviewState::draft);
  REQUIRE(p.goals.size() == 2);
  CHECK(p.goals[0].kind == GoalKind::children_education);
  CHECK(p.goals[0].name == "子女教育");
  CHECK(p.goals[0].amount == yuan(500'000));
  CHECK(p.goals[0].year == 2032);
  CHECK(p.goals[1].kind == GoalKind::wealth_growth);
  CHECK(p.goals[1].name == "环球旅行");
  CHECK(p.goals[1].year == 0);
  CHECK(opportunity(f, tid("o-edu"))->meta.deleted);
  CHECK(opportunity(f, tid("o-trip"))->meta.deleted);
  CHECK_FALSE(opportunity(f, tid("o-prod"))->meta.deleted);
  CHECK_FALSE(opportunity(f, tid("o-later"))->meta.deleted);
  CHECK(plans_of(f, "c1").empty());
  // Nothing left to move.
  CHECK(f.refused(MoveGoalOpportunitiesToPlans{}).code == "nothing_to_move");
  REQUIRE(f.undo());
  CHECK_FALSE(opportunity(f, tid("o-edu"))->meta.deleted);
  CHECK(plans_of(f, "c3").empty());
}

TEST_CASE("move_goal_opportunities_to_plans: a plan handed in gets a new version", "[plan]") {
  CommandFixture f;
  old_wizard_client(f);
  SaveFinancialPlan save;
  save.client_id = tid("c3");
  save.goals = {PlanGoal{GoalKind::retirement, "退休", yuan(2'000'000), 2050, 1}};
  REQUIRE(f.run(save).ok());
  const RecordId v1 = plans_of(f, "c3").back()->meta.id;
  REQUIRE(f.run(SubmitForReview{v1}).ok());

  REQUIRE(f.run(MoveGoalOpportunitiesToPlans{tid("c3")}).ok());
  const std::vector<const FinancialPlan*> plans = plans_of(f, "c3");
  REQUIRE(plans.size() == 2);
  CHECK(plans[0]->meta.id == v1);
  CHECK(plans[0]->review == ReviewState::submitted);
  CHECK(plans[0]->goals.size() == 1);  // the version handed in is as it was
  CHECK(plans[1]->version == 2);
  CHECK(plans[1]->review == ReviewState::draft);
  REQUIRE(plans[1]->goals.size() == 3);
  CHECK(plans[1]->goals[0].name == "退休");
  CHECK(plans[1]->goals[1].priority == 2);
  CHECK(plans[1]->goals[2].priority == 3);
  CHECK(f.refused(MoveGoalOpportunitiesToPlans{tid("nobody")}).code == "no_such_client");
}

TEST_CASE("save_financial_plan: a draft in place, a plan handed in as the next version", "[plan]") {
  CommandFixture f;
  SaveFinancialPlan save;
  save.client_id = tid("c1");
  save.goals = {PlanGoal{GoalKind::housing, "首付", yuan(600'000), 2029, 1}};
  REQUIRE(f.run(save).ok());
  const RecordId v1 = plans_of(f, "c1").back()->meta.id;
  save.plan_id = v1;
  save.protection = "寿险缺口";
  REQUIRE(f.run(save).ok());
  REQUIRE(plans_of(f, "c1").size() == 1);  // a draft is saved in place
  CHECK(plans_of(f, "c1")[0]->protection == "寿险缺口");

  REQUIRE(f.run(SubmitForReview{v1}).ok());
  REQUIRE(f.run(Approve{v1, "同意"}, Role::supervisor).ok());
  save.protection = "寿险缺口 200 万";
  REQUIRE(f.run(save).ok());
  std::vector<const FinancialPlan*> plans = plans_of(f, "c1");
  REQUIRE(plans.size() == 2);
  CHECK(plans[0]->meta.id == v1);
  CHECK(plans[0]->review == ReviewState::approved);
  CHECK(plans[0]->protection == "寿险缺口");
  CHECK(plans[1]->version == 2);
  CHECK(plans[1]->review == ReviewState::draft);
  CHECK(plans[1]->approved_content.empty());
  CHECK(plans[1]->protection == "寿险缺口 200 万");
  // The old version is not edited any more.
  CHECK(f.refused(save).code == "superseded");
  // A goal's kind travels in the JSON form.
  REQUIRE(f.run_json(R"({"command":"save_financial_plan","plan_id":")" + plans[1]->meta.id.str() +
                     R"(","goals":[{"kind":"children_education","name":"读书","amount":100,"year":2030}]})")
              .ok());
  CHECK(plans_of(f, "c1")[1]->goals.at(0).kind == GoalKind::children_education);
  CHECK(f.run_json(R"({"command":"move_goal_opportunities_to_plans"})").problem().code == "nothing_to_move");
}

TEST_CASE("plan review duty: the latest version's review date, at least yearly", "[plan]") {
  CommandFixture f;
  SaveFinancialPlan save;
  save.client_id = tid("c1");
  save.review_date = Date::from_ymd(2027, 6, 1);
  REQUIRE(f.run(save).ok());
  std::vector<Duty> out;
  add_plan_review_duties(f.ws.book(), f.today, Date::from_ymd(2027, 5, 31), out);
  CHECK(out.empty());
  add_plan_review_duties(f.ws.book(), f.today, Date::from_ymd(2027, 6, 1), out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].kind == DutyKind::plan_review);
  CHECK(out[0].client_id == tid("c1"));
  CHECK(out[0].due == Date::from_ymd(2027, 6, 1));
  CHECK(out[0].zh.find("张伟") != std::string::npos);
  CHECK_FALSE(out[0].en.empty());

  // Submitted and saved again: the new version's review date counts.
  const RecordId v1 = plans_of(f, "c1").back()->meta.id;
  REQUIRE(f.run(SubmitForReview{v1}).ok());
  save.plan_id = v1;
  save.review_date = f.today.plus_days(30);
  REQUIRE(f.run(save).ok());
  out.clear();
  add_plan_review_duties(f.ws.book(), f.today, f.today.plus_days(29), out);
  CHECK(out.empty());
  add_plan_review_duties(f.ws.book(), f.today, f.today.plus_days(30), out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].subject_id == plans_of(f, "c1").back()->meta.id);

  // A plan with no review date is owed a year after it was written.
  Book book = f.ws.book();
  for (FinancialPlan& p : book.financial_plans) p.review_date = Date{};
  out.clear();
  add_plan_review_duties(book, f.today, f.today.plus_years(1), out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].due == f.today.plus_years(1));
}
