// The weekly pipeline table (core/reports/pipeline_week.h, docs/domain.md §3)
// on a hand-built book: which opportunities stand at which step at the
// week's end, what moved in the week, and the CSV and HTML totals.
#include <catch_amalgamated.hpp>

#include <algorithm>

#include "core/reports/pipeline_week.h"
#include "core/text/csv.h"
#include "planner_test_book.h"

using namespace planner_test;
using rm::OpportunityStatus;
using rm::SalesStep;

namespace {

rm::Opportunity& add_opp(rm::Book& book, const std::string& id, rm::Date opened, SalesStep step, rm::Fen amount,
                         const std::string& manager = "m1") {
  rm::Opportunity o;
  o.meta.id = tid(id);
  o.title = id;
  o.client_id = tid("c1");
  o.manager_id = tid(manager);
  o.opened_on = opened;
  o.step = step;
  o.expected_amount = amount;
  book.opportunities.push_back(o);
  return book.opportunities.back();
}

void close(rm::Opportunity& o, OpportunityStatus status, rm::Date on) {
  o.status = status;
  o.closed_on = on;
}

// The week of Wednesday 2025-03-12 runs Monday 10 to Sunday 16 March.
rm::Book week_book() {
  rm::Book book = empty_book();
  add_client(book, "c1", rm::yuan(1'000'000)).name = "<b>王&李</b>";
  // Moved before, in and after the week: at "needs" on the Sunday.
  rm::Opportunity& o1 = add_opp(book, "o1", ymd(2025, 2, 20), SalesStep::proposal, rm::yuan(100'000));
  o1.moves = {{ymd(2025, 3, 1), SalesStep::find, SalesStep::contact},
              {ymd(2025, 3, 11), SalesStep::contact, SalesStep::needs},
              {ymd(2025, 3, 20), SalesStep::needs, SalesStep::proposal}};
  o1.probability_pct = 40;
  o1.source = rm::FindingChannel::client_referral;
  add_opp(book, "o2", ymd(2025, 3, 12), SalesStep::contact, rm::yuan(50'000));  // opened in the week
  // Moved back, then won in the week: not open on the Sunday.
  rm::Opportunity& o3 = add_opp(book, "o3", ymd(2025, 1, 10), SalesStep::proposal, rm::yuan(200'000));
  o3.moves = {{ymd(2025, 3, 13), SalesStep::presentation, SalesStep::proposal}};
  close(o3, OpportunityStatus::won, ymd(2025, 3, 14));
  close(add_opp(book, "o4", ymd(2025, 1, 5), SalesStep::needs, rm::yuan(30'000)), OpportunityStatus::lost,
        ymd(2025, 3, 15));
  add_opp(book, "o5", ymd(2025, 3, 20), SalesStep::find, rm::yuan(9'000));          // opened after the week
  add_opp(book, "o6", ymd(2025, 2, 1), SalesStep::find, rm::yuan(8'000), "m2");     // another manager's
  // Won after the week: still open on the Sunday, at maintenance.
  close(add_opp(book, "o7", ymd(2025, 2, 1), SalesStep::maintenance, rm::yuan(70'000)), OpportunityStatus::won,
        ymd(2025, 3, 18));
  add_opp(book, "o8", ymd(2025, 2, 1), SalesStep::find, rm::yuan(5'000)).meta.deleted = true;
  return book;
}

}  // namespace

TEST_CASE("step_on: a step is read back through the moves; not open before opening or after closing", "[reports]") {
  const rm::Book book = week_book();
  const rm::Opportunity& o1 = book.opportunities[0];
  CHECK_FALSE(rm::step_on(o1, ymd(2025, 2, 19)));
  CHECK(rm::step_on(o1, ymd(2025, 2, 20)) == SalesStep::find);
  CHECK(rm::step_on(o1, ymd(2025, 3, 5)) == SalesStep::contact);
  CHECK(rm::step_on(o1, ymd(2025, 3, 16)) == SalesStep::needs);
  CHECK(rm::step_on(o1, ymd(2025, 3, 25)) == SalesStep::proposal);
  const rm::Opportunity& o3 = book.opportunities[2];
  CHECK(rm::step_on(o3, ymd(2025, 3, 12)) == SalesStep::presentation);
  CHECK(rm::step_on(o3, ymd(2025, 3, 13)) == SalesStep::proposal);
  CHECK_FALSE(rm::step_on(o3, ymd(2025, 3, 14)));  // closed that day
}

TEST_CASE("pipeline week: open at the week's end by step, the week's movement, totals", "[reports]") {
  const rm::Book book = week_book();
  const rm::BookIndex index(book);
  const rm::PipelineWeek w = rm::pipeline_week(book, index, tid("m1"), ymd(2025, 3, 12));
  CHECK(w.week.start == ymd(2025, 3, 10));
  CHECK(w.week.end == ymd(2025, 3, 17));

  const auto& needs = w.steps[static_cast<size_t>(SalesStep::needs)];
  REQUIRE(needs.count == 1);
  CHECK(needs.amount == rm::yuan(100'000));
  CHECK(needs.rows[0].title == "o1");
  CHECK(needs.rows[0].client == "<b>王&李</b>");
  CHECK(needs.rows[0].probability_pct == 40);
  CHECK(needs.rows[0].source == rm::FindingChannel::client_referral);
  CHECK(w.steps[static_cast<size_t>(SalesStep::contact)].amount == rm::yuan(50'000));
  CHECK(w.steps[static_cast<size_t>(SalesStep::maintenance)].amount == rm::yuan(70'000));
  CHECK(w.steps[static_cast<size_t>(SalesStep::find)].count == 0);          // o5 later, o6 not m1's, o8 deleted
  CHECK(w.steps[static_cast<size_t>(SalesStep::presentation)].count == 0);  // o3 closed in the week
  CHECK(w.open.count == 3);
  CHECK(w.open.amount == rm::yuan(220'000));

  CHECK(w.movement.advanced.count == 1);
  CHECK(w.movement.advanced.amount == rm::yuan(100'000));
  CHECK(w.movement.moved_back.count == 1);
  CHECK(w.movement.moved_back.amount == rm::yuan(200'000));
  CHECK(w.movement.opened.count == 1);
  CHECK(w.movement.opened.amount == rm::yuan(50'000));
  CHECK(w.movement.won.count == 1);
  CHECK(w.movement.won.amount == rm::yuan(200'000));
  CHECK(w.movement.lost.count == 1);
  CHECK(w.movement.lost.amount == rm::yuan(30'000));

  // The whole book (no manager): o6 joins the find step.
  const rm::PipelineWeek all = rm::pipeline_week(book, index, {}, ymd(2025, 3, 16));
  CHECK(all.open.count == 4);
  CHECK(all.open.amount == rm::yuan(228'000));
}

TEST_CASE("pipeline week: the CSV's total row and the HTML's totals row match the table; text escaped", "[reports]") {
  const rm::Book book = week_book();
  const rm::BookIndex index(book);
  const rm::PipelineWeek w = rm::pipeline_week(book, index, tid("m1"), ymd(2025, 3, 12));
  const rm::ReportLabels labels;  // Chinese, codes for steps

  std::vector<std::vector<std::string>> rows;
  REQUIRE(rm::csv::parse(rm::pipeline_week_csv(w, labels), rows));
  const auto total = std::find_if(rows.begin(), rows.end(), [](const auto& r) { return !r.empty() && r[0] == "合计"; });
  REQUIRE(total != rows.end());
  CHECK(*total == std::vector<std::string>{"合计", "3", "220000.00"});
  const auto o1 = std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r.size() > 2 && r[2] == "o1"; });
  REQUIRE(o1 != rows.end());
  CHECK((*o1)[0] == "needs");
  CHECK((*o1)[4] == "100000.00");

  const std::string html = rm::pipeline_week_html(w, labels, "张经理");
  CHECK(html.find("@page") != std::string::npos);
  CHECK(html.find("<tfoot><tr><td>合计</td><td class=\"n\">3</td><td class=\"n\">220000.00</td></tr></tfoot>") !=
        std::string::npos);
  CHECK(html.find("&lt;b&gt;王&amp;李&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("<b>王") == std::string::npos);
}
