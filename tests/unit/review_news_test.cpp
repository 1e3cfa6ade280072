// Review news (sync/review_news.h, Workspace::review_news): what a review
// file brings back to the manager — her reports and plans reviewed,
// approved, returned or commented on, the clients reassigned — is news for
// the badges; her own hand-ins and other managers' items are not; undoing
// the import takes the news back, a redo brings it again.
#include "command_fixture.h"

#include "sync/review_file.h"

using namespace rm;
using namespace rm::test;

namespace {

SaveFinancialPlan plan_for(const char* client) {
  SaveFinancialPlan c;
  c.client_id = tid(client);
  c.goals = {PlanGoalArgs{GoalKind::retirement, "退休", 300'000'000, 2045, 1}};
  c.risk_level = RiskLevel::C3;
  return c;
}

}  // namespace

TEST_CASE("review news: what the supervisor's file brings back, and undo takes it away") {
  CommandFixture manager;
  REQUIRE(manager.run(plan_for("c1")).ok());
  const RecordId approved = manager.ws.book().financial_plans.back().meta.id;
  REQUIRE(manager.run(plan_for("c1")).ok());
  const RecordId returned = manager.ws.book().financial_plans.back().meta.id;
  REQUIRE(manager.run(plan_for("c1")).ok());
  const RecordId untouched = manager.ws.book().financial_plans.back().meta.id;
  for (const RecordId& id : {approved, returned, untouched}) REQUIRE(manager.run(SubmitForReview{id}).ok());
  CHECK(manager.ws.review_news().empty());

  // The supervisor has the hand-in (here: the whole book) and reviews.
  CommandFixture supervisor;
  REQUIRE(supervisor.ws.import_book(manager.ws.book(), supervisor.clock += 1000).ok());
  REQUIRE(supervisor.run(Approve{approved, ""}, Role::supervisor).ok());
  REQUIRE(supervisor.run(ReturnForChanges{returned, "请补充保障缺口"}, Role::supervisor).ok());
  REQUIRE(supervisor.run(ReassignClients{{tid("c2")}, tid("m1")}, Role::supervisor).ok());
  // An import of the hand-in itself brought her no news: submitted is her own doing.
  CHECK(supervisor.ws.review_news().empty());

  const Book file = review_file_for(supervisor.ws.book(), tid("m1"));
  REQUIRE(manager.ws.import_book(file, manager.clock += 1000).ok());
  const ReviewNews& news = manager.ws.review_news();
  std::vector<RecordId> items{approved, returned};
  std::sort(items.begin(), items.end());
  CHECK(news.items == items);
  std::vector<RecordId> clients{tid("c1"), tid("c2")};
  std::sort(clients.begin(), clients.end());
  CHECK(news.clients == clients);

  // Imported again: nothing new.
  const ReviewNews before = news;
  REQUIRE(manager.ws.import_book(file, manager.clock += 1000).ok());
  CHECK(manager.ws.review_news().items == before.items);

  REQUIRE(manager.undo());
  CHECK(manager.ws.review_news().empty());
  REQUIRE(manager.ws.redo(manager.clock += 1000));
  CHECK(manager.ws.review_news().items == items);
}

TEST_CASE("review news: a comment from the supervisor is news; her own comment and another manager's items are not") {
  CommandFixture f;
  Book before = f.ws.book();
  Book after = before;
  ReviewComment theirs;
  theirs.meta.id = tid("k1");
  theirs.subject_id = tid("plan");
  theirs.manager_id = tid("m1");
  theirs.author_id = tid("s1");
  theirs.text = "请核实";
  ReviewComment own = theirs;
  own.meta.id = tid("k2");
  own.subject_id = tid("plan2");
  own.author_id = tid("m1");
  ReviewComment others = theirs;
  others.meta.id = tid("k3");
  others.subject_id = tid("plan3");
  others.manager_id = tid("m2");
  after.review_comments = {theirs, own, others};
  FinancialPlan plan;
  plan.meta.id = tid("plan");
  plan.client_id = tid("c1");
  plan.manager_id = tid("m1");
  plan.review = ReviewState::reviewed;
  FinancialPlan not_hers = plan;
  not_hers.meta.id = tid("plan3");
  not_hers.manager_id = tid("m2");
  not_hers.review = ReviewState::approved;
  after.financial_plans = {plan, not_hers};
  const ReviewNews news = review_news(before, after, tid("m1"));
  CHECK(news.items == std::vector<RecordId>{tid("plan")});
  CHECK(news.clients == std::vector<RecordId>{tid("c1")});
  CHECK(review_news(before, after, RecordId{}).empty());
}
