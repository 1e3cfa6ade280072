// What asks for a risk reassessment, and what a recommendation needs
// (docs/domain.md §5): a change of the client's situation after the
// assessment (income, occupation, marital status, a large outflow), the six
// months since the last recommendation — one definition for the planner and
// the 360° Risk tab — the client's own signature, and money needed before an
// open-ended product's redemption arrives.
#include <catch_amalgamated.hpp>

#include "command_fixture.h"
#include "core/planner/compliance.h"
#include "core/policy/policy_presets.h"
#include "core/risk/client_suitability.h"
#include "planner_test_book.h"

using namespace planner_test;
using rm::ComplianceStatus;

namespace {

const rm::Date kToday = ymd(2026, 12, 3);

rm::RiskAssessment assessment(const std::string& client, rm::Date date, bool signed_in_person = true) {
  rm::RiskAssessment a;
  a.meta.id = tid("assessment of " + client);
  a.client_id = tid(client);
  a.level = rm::RiskLevel::C3;
  a.date = date;
  a.valid_until = date.plus_years(1);
  a.signed_in_person = signed_in_person;
  return a;
}

int64_t ms_of(rm::Date d) { return int64_t{d.days()} * 86'400'000 + 4 * 3'600'000; }  // noon in China

const rm::ComplianceItem* reassessment(const std::vector<rm::ComplianceItem>& items) {
  for (const auto& i : items)
    if (i.rule_id == "generic.risk_reassessment") return &i;
  return nullptr;
}

rm::Product open_ended(int redemption_days) {
  rm::Product p;
  p.code = "FUND1";
  p.name = "稳健债券基金";
  p.risk = rm::ProductRisk::R2;
  p.redemption_days = redemption_days;
  return p;
}

}  // namespace

TEST_CASE("an income edited after the assessment asks for a reassessment within a month") {
  rm::Book book = empty_book();
  rm::Client& c = add_client(book, "c", rm::yuan(500'000));
  c.annual_income = rm::yuan(300'000);
  rm::stamp_field(c.meta, "annual_income", rm::Hlc{ms_of(ymd(2026, 11, 20)), 0, tid("m1").str()});
  book.risk_assessments.push_back(assessment("c", ymd(2026, 6, 1)));
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, kToday);
  const auto* item = reassessment(rm::evaluate_compliance(ctx, ymd(2026, 1, 1), ymd(2027, 1, 1)));
  REQUIRE(item);
  CHECK(item->due == ymd(2026, 12, 20));  // 20 November + 30 days, not the end of validity (31 May 2027)
  CHECK(item->start == ymd(2026, 11, 20));
  const auto change = rm::situation_change_since(c, ymd(2026, 6, 1));
  REQUIRE(change);
  CHECK(change->what == "annual_income");
  // The same change stops a recommendation until the client is reassessed.
  const rm::SuitabilityFacts facts = rm::suitability_facts(book, ctx.index(), 0, kToday);
  CHECK(facts.situation_changed);
  CHECK(rm::check_suitability(facts, open_ended(0), kToday).refused_for(rm::RefusalReason::reassessment_due));
  // A new assessment after the change settles it.
  book.risk_assessments.push_back(assessment("c", ymd(2026, 11, 25)));
  book.risk_assessments.back().meta.id = tid("second assessment");
  const rm::PlannerContext after(book, policy, kToday);
  const auto* settled = reassessment(rm::evaluate_compliance(after, ymd(2026, 1, 1), ymd(2027, 1, 1)));
  CHECK((settled == nullptr || settled->due > ymd(2027, 1, 1)));
  CHECK_FALSE(rm::suitability_facts(book, after.index(), 0, kToday).situation_changed);
}

TEST_CASE("fields as entered are not a change; occupation and marital status are") {
  rm::Client c;
  CHECK_FALSE(rm::situation_change_since(c, ymd(2026, 6, 1)));
  rm::stamp_field(c.meta, "notes", rm::Hlc{ms_of(ymd(2026, 11, 1)), 0, "m1"});
  CHECK_FALSE(rm::situation_change_since(c, ymd(2026, 6, 1)));
  rm::stamp_field(c.meta, "marital_status", rm::Hlc{ms_of(ymd(2026, 10, 1)), 0, "m1"});
  rm::stamp_field(c.meta, "occupation", rm::Hlc{ms_of(ymd(2026, 9, 1)), 0, "m1"});
  REQUIRE(rm::situation_change_since(c, ymd(2026, 6, 1)));
  CHECK(rm::situation_change_since(c, ymd(2026, 6, 1))->what == "occupation");  // the first change
  CHECK_FALSE(rm::situation_change_since(c, ymd(2026, 10, 1)));                // both before the assessment
}

TEST_CASE("a large outflow (assets down 30 % or more between readings) is a change of situation") {
  rm::Client c;
  c.asset_history = {{ymd(2026, 5, 1), rm::yuan(2'000'000)}, {ymd(2026, 9, 1), rm::yuan(1'500'000)},
                     {ymd(2026, 11, 1), rm::yuan(1'000'000)}};
  // 2 M → 1.5 M is 25 %: not large; 1.5 M → 1 M is 33 %: large.
  const auto fall = rm::large_outflow_since(c, ymd(2026, 6, 1));
  REQUIRE(fall);
  CHECK(fall->date == ymd(2026, 11, 1));
  CHECK(fall->before == rm::yuan(1'500'000));
  REQUIRE(rm::situation_change_since(c, ymd(2026, 6, 1)));
  CHECK(rm::situation_change_since(c, ymd(2026, 6, 1))->what == "asset_outflow");
  c.asset_history.back().average_daily_assets = rm::yuan(1'050'001);  // 29.99 %
  CHECK_FALSE(rm::large_outflow_since(c, ymd(2026, 6, 1)));
}

TEST_CASE("the last recommendation is one definition: an opportunity the app made, without a product, counts") {
  rm::Book book = empty_book();
  add_client(book, "c", rm::yuan(500'000));
  book.risk_assessments.push_back(assessment("c", ymd(2026, 1, 5)));  // valid until 5 January 2027
  rm::Opportunity done;
  done.meta.id = tid("o1");
  done.client_id = tid("c");
  done.step = rm::SalesStep::presentation;
  done.status = rm::OpportunityStatus::won;
  done.opened_on = ymd(2026, 1, 10);
  book.opportunities.push_back(done);
  rm::Opportunity next = done;
  next.meta.id = tid("o2");
  next.step = rm::SalesStep::proposal;
  next.status = rm::OpportunityStatus::open;
  next.opened_on = ymd(2026, 11, 30);
  book.opportunities.push_back(next);
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, kToday);
  CHECK(rm::last_recommendation(book, ctx.index(), 0) == ymd(2026, 1, 10));
  CHECK(rm::recommendation_pending(book, ctx.index(), 0));
  // More than six months since 10 January, with a sale pending: the planner wants it today…
  const auto* item = reassessment(rm::evaluate_compliance(ctx, ymd(2026, 1, 1), ymd(2027, 1, 1)));
  REQUIRE(item);
  CHECK(item->due == kToday);
  // …and the 360° Risk tab refuses the recommendation for the same reason.
  const rm::SuitabilityFacts facts = rm::suitability_facts(book, ctx.index(), 0, kToday);
  CHECK(facts.last_recommendation == ymd(2026, 1, 10));
  CHECK(rm::check_suitability(facts, open_ended(0), kToday).refused_for(rm::RefusalReason::reassessment_due));
}

TEST_CASE("an assessment not signed by the client in person supports no recommendation") {
  rm::SuitabilityFacts facts;
  facts.assessment = assessment("c", ymd(2026, 11, 1), false);
  const rm::SuitabilityVerdict v = rm::check_suitability(facts, open_ended(0), kToday);
  CHECK(v.refused_for(rm::RefusalReason::assessment_not_signed));
  facts.assessment->signed_in_person = true;
  CHECK(rm::check_suitability(facts, open_ended(0), kToday).allowed());
}

TEST_CASE("liquidity: amounts are compared, and an open-ended product is judged by its redemption delay") {
  rm::SuitabilityFacts facts;
  facts.assessment = assessment("c", ymd(2026, 11, 1));
  facts.liquidity_needs = {{rm::LiquidityPurpose::other, kToday.plus_days(5), rm::yuan(1'000'000)}};
  // Redeemed today, a T+7 fund pays on the 10th: after the need on the 8th.
  CHECK(rm::check_suitability(facts, open_ended(7), kToday, rm::yuan(200'000))
            .refused_for(rm::RefusalReason::term_past_liquidity_need));
  // Money the next day (T+1, or no delay given): the need does not block it.
  CHECK(rm::check_suitability(facts, open_ended(1), kToday, rm::yuan(200'000)).allowed());
  CHECK(rm::check_suitability(facts, open_ended(0), kToday, rm::yuan(200'000)).allowed());
  // A 1 M need blocks nothing for a client with 50 M at hand outside the product.
  facts.liquid_assets = rm::yuan(50'000'000);
  CHECK(rm::check_suitability(facts, open_ended(7), kToday, rm::yuan(200'000)).allowed());
  rm::Product fixed = open_ended(0);
  fixed.term_days = 365;
  CHECK(rm::check_suitability(facts, fixed, kToday, rm::yuan(200'000)).allowed());
  facts.liquid_assets = rm::yuan(1'100'000);  // 1.1 M, 0.2 M of it into the product: 0.9 M left for a 1 M need
  CHECK(rm::check_suitability(facts, fixed, kToday, rm::yuan(200'000))
            .refused_for(rm::RefusalReason::term_past_liquidity_need));
}
