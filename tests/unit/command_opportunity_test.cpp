// Opportunities: opened from the 360° view, moved between the six steps and
// closed as won or lost from the pipeline (docs/domain.md §3).
#include "command_fixture.h"

using namespace rm;
using namespace rm::test;

namespace {
CreateOpportunity fund_sale(Date opened) {
  CreateOpportunity c;
  c.client_id = tid("c1");
  c.title = "养老目标基金";
  c.expected_amount = yuan(200'000);
  c.step = SalesStep::needs;
  c.method = SalesMethod::cross_sell;
  c.opened_on = opened;
  c.next_step = "面谈";
  c.next_step_date = opened.plus_days(5);
  return c;
}

RecordId make_opportunity(CommandFixture& f) {
  REQUIRE(f.run(fund_sale(f.today.plus_days(-10))).ok());
  return f.ws.book().opportunities.back().meta.id;
}

}  // namespace

TEST_CASE("create opportunity: opened for the user at its step, and one undo removes it") {
  CommandFixture f;
  REQUIRE(f.run(fund_sale(f.today)).value() == 1);
  const Opportunity& o = f.ws.book().opportunities.at(0);
  CHECK(o.title == "养老目标基金");
  CHECK(o.client_id == tid("c1"));
  CHECK(o.manager_id == tid("m1"));
  CHECK(o.step == SalesStep::needs);
  CHECK(o.status == OpportunityStatus::open);
  CHECK(o.method == SalesMethod::cross_sell);
  CHECK(o.expected_amount == yuan(200'000));
  CHECK(o.opened_on == f.today);
  CHECK(o.next_step_date == f.today.plus_days(5));
  CHECK(f.ws.undo_command() == "create_opportunity");
  REQUIRE(f.undo());
  CHECK(f.ws.book().opportunities[0].meta.deleted);
}

TEST_CASE("create opportunity: refusals say why and change nothing") {
  CommandFixture f;
  const uint64_t revision = f.ws.revision();
  CreateOpportunity negative = fund_sale(f.today);
  negative.expected_amount = -1;
  const Problem p = f.refused(negative);
  CHECK(p.code == "negative_amount");
  CHECK(p.path == "expected_amount");
  CHECK(p.message_zh == "预计金额不能为负数。");
  CreateOpportunity untitled = fund_sale(f.today);
  untitled.title = " ";
  CHECK(f.refused(untitled).path == "title");
  CreateOpportunity unknown = fund_sale(f.today);
  unknown.client_id = tid("nobody");
  CHECK(f.refused(unknown).code == "no_such_client");
  CreateOpportunity no_product = fund_sale(f.today);
  no_product.product_id = tid("p-none");
  CHECK(f.refused(no_product).code == "no_such_product");
  CHECK(f.refused(fund_sale(f.today.plus_days(1))).code == "date_in_future");
  CreateOpportunity backwards = fund_sale(f.today);
  backwards.next_step_date = f.today.plus_days(-1);
  CHECK(f.refused(backwards).code == "next_step_before_opened");
  CHECK(f.refused(fund_sale(f.today), Role::supervisor).code == "not_allowed");
  CHECK(f.ws.revision() == revision);
  CHECK(f.ws.book().opportunities.empty());
}

TEST_CASE("move opportunity: to any other step of an open one; undo moves it back") {
  CommandFixture f;
  const RecordId id = make_opportunity(f);
  CHECK(f.ws.book().opportunities[0].moves.empty());  // creating records no move
  REQUIRE(f.run(MoveOpportunity{id, SalesStep::proposal}).value() == 1);
  CHECK(f.ws.book().opportunities[0].step == SalesStep::proposal);
  // The move is kept for the weekly pipeline table (what moved since last week).
  CHECK(f.ws.book().opportunities[0].moves == std::vector<StepMove>{{f.today, SalesStep::needs, SalesStep::proposal}});
  CHECK(f.ws.undo_command() == "move_opportunity");
  REQUIRE(f.run(MoveOpportunity{id, SalesStep::contact}).ok());  // back a step: the client wants to talk again
  CHECK(f.ws.book().opportunities[0].step == SalesStep::contact);
  CHECK(f.ws.book().opportunities[0].moves.size() == 2);
  REQUIRE(f.undo());
  CHECK(f.ws.book().opportunities[0].step == SalesStep::proposal);
  CHECK(f.ws.book().opportunities[0].moves.size() == 1);
}

TEST_CASE("move opportunity: each move is kept with its date for the weekly table") {
  CommandFixture f;
  const RecordId id = make_opportunity(f);
  REQUIRE(f.run(MoveOpportunity{id, SalesStep::proposal}).ok());
  REQUIRE(f.run(MoveOpportunity{id, SalesStep::contact}).ok());
  const std::vector<StepMove>& moves = f.ws.book().opportunities[0].moves;
  REQUIRE(moves.size() == 2);
  CHECK(moves[0] == StepMove{f.today, SalesStep::needs, SalesStep::proposal});
  CHECK(moves[1] == StepMove{f.today, SalesStep::proposal, SalesStep::contact});
  REQUIRE(f.undo());
  CHECK(f.ws.book().opportunities[0].moves.size() == 1);
}

TEST_CASE("update opportunity: the manager's estimate, source and expected close; step and outcome untouched") {
  CommandFixture f;
  const RecordId id = make_opportunity(f);
  UpdateOpportunity u;
  u.opportunity_id = id;
  u.title = "养老目标基金（追加）";
  u.expected_amount = yuan(300'000);
  u.method = SalesMethod::up_sell;
  u.source = FindingChannel::client_referral;
  u.probability_pct = 60;
  u.expected_close = f.today.plus_days(20);
  u.next_step = "呈现方案";
  u.next_step_date = f.today.plus_days(3);
  REQUIRE(f.run(u).value() == 1);
  const Opportunity& o = f.ws.book().opportunities[0];
  CHECK(o.title == "养老目标基金（追加）");
  CHECK(o.expected_amount == yuan(300'000));
  CHECK(o.source == FindingChannel::client_referral);
  CHECK(o.probability_pct == 60);
  CHECK(o.expected_close == f.today.plus_days(20));
  CHECK(o.step == SalesStep::needs);
  CHECK(o.status == OpportunityStatus::open);

  const uint64_t revision = f.ws.revision();
  UpdateOpportunity odds = u;
  odds.probability_pct = 101;
  CHECK(f.refused(odds).code == "bad_probability");
  UpdateOpportunity early = u;
  early.expected_close = f.today.plus_days(-11);  // opened 10 days ago
  CHECK(f.refused(early).code == "close_before_opened");
  UpdateOpportunity blank = u;
  blank.title = "";
  CHECK(f.refused(blank).path == "title");
  CHECK(f.ws.revision() == revision);
  REQUIRE(f.run(CloseOpportunity{id, OpportunityStatus::won, f.today, ""}).ok());
  CHECK(f.refused(u).code == "opportunity_closed");
}

TEST_CASE("move opportunity: refusals say why and change nothing") {
  CommandFixture f;
  const RecordId id = make_opportunity(f);
  const uint64_t revision = f.ws.revision();
  const Problem same = f.refused(MoveOpportunity{id, SalesStep::needs});
  CHECK(same.code == "same_step");
  CHECK(same.message_en == "The opportunity is already at that step.");
  CHECK(f.refused(MoveOpportunity{tid("o-none"), SalesStep::proposal}).code == "no_such_opportunity");
  CHECK(f.refused(MoveOpportunity{id, static_cast<SalesStep>(6)}).code == "bad_step");
  CHECK(f.ws.revision() == revision);
  REQUIRE(f.run(CloseOpportunity{id, OpportunityStatus::lost, f.today, "利率不合适"}).ok());
  const uint64_t closed = f.ws.revision();
  CHECK(f.refused(MoveOpportunity{id, SalesStep::proposal}).code == "opportunity_closed");
  CHECK(f.ws.revision() == closed);
  CHECK(f.ws.book().opportunities[0].step == SalesStep::needs);
}

TEST_CASE("close opportunity: won or lost, dated, with the reason for a lost one") {
  CommandFixture f;
  const RecordId id = make_opportunity(f);
  REQUIRE(f.run(CloseOpportunity{id, OpportunityStatus::lost, f.today.plus_days(-1), "已在他行购买"}).value() == 1);
  const Opportunity& o = f.ws.book().opportunities[0];
  CHECK(o.status == OpportunityStatus::lost);
  CHECK(o.closed_on == f.today.plus_days(-1));
  CHECK(o.lost_reason == "已在他行购买");
  CHECK(f.ws.undo_command() == "close_opportunity");
  REQUIRE(f.undo());
  CHECK(f.ws.book().opportunities[0].status == OpportunityStatus::open);
  REQUIRE(f.run(CloseOpportunity{id, OpportunityStatus::won, f.today, ""}).ok());
  CHECK(f.ws.book().opportunities[0].status == OpportunityStatus::won);
}

TEST_CASE("close opportunity: refusals say why and change nothing") {
  CommandFixture f;
  const RecordId id = make_opportunity(f);
  const uint64_t revision = f.ws.revision();
  CHECK(f.refused(CloseOpportunity{id, OpportunityStatus::won, f.today.plus_days(1), ""}).code == "date_in_future");
  CHECK(f.refused(CloseOpportunity{id, OpportunityStatus::open, f.today, ""}).code == "bad_outcome");
  CHECK(f.refused(CloseOpportunity{id, OpportunityStatus::won, f.today, "因为"}).code == "reason_for_won");
  const Problem early = f.refused(CloseOpportunity{id, OpportunityStatus::lost, f.today.plus_days(-11), ""});
  CHECK(early.code == "closed_before_opened");
  CHECK(early.path == "closed_on");
  CHECK(f.refused(CloseOpportunity{tid("o-none"), OpportunityStatus::won, f.today, ""}).code == "no_such_opportunity");
  CHECK(f.ws.revision() == revision);
  REQUIRE(f.run(CloseOpportunity{id, OpportunityStatus::won, f.today, ""}).ok());
  CHECK(f.refused(CloseOpportunity{id, OpportunityStatus::lost, f.today, ""}).code == "opportunity_closed");
  CHECK(f.ws.book().opportunities[0].status == OpportunityStatus::won);
}

TEST_CASE("opportunity commands: the JSON form reads every field and refuses bad ones") {
  CommandFixture f;
  const std::string c1 = tid("c1").str();
  REQUIRE(f.run_json(R"({"command":"create_opportunity","client_id":")" + c1 +
                     R"(","title":"大额存单","expected_amount":50000000,"step":"proposal","method":"up_sell",)"
                     R"("opened_on":"2026-12-01","next_step":"送方案","next_step_date":"2026-12-05"})")
              .ok());
  const Opportunity& o = f.ws.book().opportunities[0];
  CHECK(o.expected_amount == 50'000'000);
  CHECK(o.step == SalesStep::proposal);
  CHECK(o.method == SalesMethod::up_sell);
  CHECK(o.next_step_date == Date::from_ymd(2026, 12, 5));
  const std::string id = o.meta.id.str();
  REQUIRE(f.run_json(R"({"command":"update_opportunity","opportunity_id":")" + id +
                     R"(","title":"大额存单","expected_amount":50000000,"source":"alliance_partner",)"
                     R"("probability_pct":40,"expected_close":"2026-12-20"})")
              .ok());
  CHECK(f.ws.book().opportunities[0].source == FindingChannel::alliance_partner);
  CHECK(f.ws.book().opportunities[0].probability_pct == 40);
  CHECK(f.ws.book().opportunities[0].expected_close == Date::from_ymd(2026, 12, 20));
  CHECK(f.run_json(R"({"command":"update_opportunity","opportunity_id":")" + id +
                   R"(","title":"x","probability_pct":9999999999})")
            .problem()
            .code == "bad_probability");
  REQUIRE(f.run_json(R"({"command":"move_opportunity","opportunity_id":")" + id + R"(","step":"presentation"})").ok());
  CHECK(f.ws.book().opportunities[0].step == SalesStep::presentation);
  REQUIRE(f.run_json(R"({"command":"close_opportunity","opportunity_id":")" + id +
                     R"(","outcome":"lost","closed_on":"2026-12-03","reason":"客户资金另有安排"})")
              .ok());
  CHECK(f.ws.book().opportunities[0].lost_reason == "客户资金另有安排");

  auto problem = [&](const std::string& json) { return f.run_json(json).problem(); };
  CHECK(problem(R"({"command":"create_opportunity","client_id":")" + c1 +
                R"(","title":"x","expected_amount":-5,"opened_on":"2026-12-01"})")
            .code == "negative_amount");
  CHECK(problem(R"({"command":"create_opportunity","client_id":")" + c1 +
                R"(","title":"x","expected_amount":1.5,"opened_on":"2026-12-01"})")
            .path == "expected_amount");
  CHECK(problem(R"({"command":"move_opportunity","opportunity_id":")" + id + R"(","step":"seventh"})").path == "step");
  CHECK(problem(R"({"command":"close_opportunity","opportunity_id":")" + id + R"(","closed_on":"2026-12-03"})").path ==
        "outcome");
  CHECK(f.ws.book().opportunities.size() == 1);
}
