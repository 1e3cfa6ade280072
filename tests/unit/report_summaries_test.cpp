// The weekly summary and the monthly sales analysis (core/reports/
// weekly_summary.h, monthly_sales.h; docs/domain.md §3 "Written reports")
// on a hand-built book: the week's and the month's figures counted by hand.
#include <catch_amalgamated.hpp>

#include <algorithm>

#include "core/planner/planner_context.h"
#include "core/policy/policy_presets.h"
#include "core/reports/monthly_sales.h"
#include "core/reports/weekly_summary.h"
#include "core/text/csv.h"
#include "planner_test_book.h"

using namespace planner_test;
using rm::Channel;
using rm::ReviewState;

namespace {

void add_report(rm::Book& book, const std::string& id, rm::Date date, ReviewState review) {
  rm::CommunicationReport r;
  r.meta.id = tid(id);
  r.client_id = tid("c1");
  r.manager_id = tid("m1");
  r.date = date;
  r.review = review;
  book.communication_reports.push_back(r);
}

void add_log(rm::Book& book, const std::string& id, rm::Date date, const std::string& sales) {
  rm::WorkLogEntry e;
  e.meta.id = tid(id);
  e.manager_id = tid("m1");
  e.date = date;
  e.sales = sales;
  book.work_log.push_back(e);
}

rm::Opportunity& add_opp(rm::Book& book, const std::string& id, rm::Date opened, rm::Fen amount) {
  rm::Opportunity o;
  o.meta.id = tid(id);
  o.client_id = tid("c1");
  o.manager_id = tid("m1");
  o.opened_on = opened;
  o.expected_amount = amount;
  book.opportunities.push_back(o);
  return book.opportunities.back();
}

// Week of 10–16 March 2025, in the month of March.
rm::Book activity_book() {
  rm::Book book = empty_book();
  add_client(book, "c1", rm::yuan(6'000'000));
  add_client(book, "c2", rm::yuan(100'000));
  add_contact(book, "c1", ymd(2025, 3, 10), Channel::visit, true, true);
  add_contact(book, "c2", ymd(2025, 3, 11), Channel::branch, false, true);
  add_contact(book, "c1", ymd(2025, 3, 12), Channel::phone, true, false);
  add_contact(book, "c2", ymd(2025, 3, 16), Channel::sms, true, false);
  add_contact(book, "c1", ymd(2025, 3, 3), Channel::phone, true, false);   // March, earlier week
  add_contact(book, "c1", ymd(2025, 3, 17), Channel::phone, true, false);  // next week
  add_contact(book, "c1", ymd(2025, 3, 12), Channel::phone, true, false);
  book.contacts.back().manager_id = tid("m2");  // a colleague's call
  add_log(book, "w1", ymd(2025, 3, 11), "售出基金");
  add_log(book, "w0", ymd(2025, 3, 10), "晨会");
  add_log(book, "w2", ymd(2025, 3, 18), "下周");
  add_report(book, "r1", ymd(2025, 3, 10), ReviewState::draft);
  add_report(book, "r2", ymd(2025, 3, 11), ReviewState::submitted);
  add_report(book, "r3", ymd(2025, 3, 12), ReviewState::approved);
  add_report(book, "r4", ymd(2025, 3, 2), ReviewState::approved);
  rm::Task t;
  t.meta.id = tid("t1");
  t.manager_id = tid("m1");
  t.done_on = ymd(2025, 3, 13);
  book.tasks.push_back(t);
  t.meta.id = tid("t2");
  t.done_on = ymd(2025, 3, 9);
  book.tasks.push_back(t);
  rm::Complaint k;
  k.meta.id = tid("k1");
  k.client_id = tid("c2");
  k.manager_id = tid("m1");
  k.received_on = ymd(2025, 3, 1);
  k.steps = {{rm::ComplaintStep::listen, ymd(2025, 3, 1), "", ""}, {rm::ComplaintStep::record_facts, ymd(2025, 3, 14), "", ""}};
  book.complaints.push_back(k);
  add_opp(book, "o1", ymd(2025, 3, 12), rm::yuan(80'000));
  rm::Opportunity& won = add_opp(book, "o2", ymd(2025, 2, 1), rm::yuan(300'000));
  won.status = rm::OpportunityStatus::won;
  won.closed_on = ymd(2025, 3, 14);
  won.product_id = tid("p-fund");
  rm::Opportunity& lost = add_opp(book, "o3", ymd(2025, 2, 1), rm::yuan(40'000));
  lost.status = rm::OpportunityStatus::lost;
  lost.closed_on = ymd(2025, 3, 25);  // March, not the week
  rm::Product p;
  p.meta.id = tid("p-fund");
  p.name = "稳健基金";
  p.category = rm::ProductCategory::equity_fund;
  book.products.push_back(p);
  p.meta.id = tid("p-sav");
  p.name = "定期存款";
  p.category = rm::ProductCategory::savings;
  book.products.push_back(p);
  rm::Holding h;
  h.meta.id = tid("h1");
  h.client_id = tid("c1");
  h.product_id = tid("p-fund");
  h.amount = rm::yuan(300'000);
  h.start = ymd(2025, 3, 14);
  book.holdings.push_back(h);
  h.meta.id = tid("h2");
  h.product_id = tid("p-sav");
  h.amount = rm::yuan(1'000'000);
  h.start = ymd(2024, 6, 1);  // held all March, not sold in it
  book.holdings.push_back(h);
  return book;
}

}  // namespace

TEST_CASE("weekly summary: the week's log entries and activity, in both languages", "[reports]") {
  const rm::Book book = activity_book();
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, ymd(2025, 3, 16));
  const rm::WeeklySummary s = rm::weekly_summary(ctx, tid("m1"), ymd(2025, 3, 13));
  REQUIRE(s.logs.size() == 2);
  CHECK(s.logs[0].date == ymd(2025, 3, 10));  // by date
  CHECK(s.contacts.all.meetings == 2);
  CHECK(s.contacts.all.calls == 1);
  CHECK(s.contacts.all.messages == 1);
  int64_t by_tier = 0;
  for (const rm::ContactTally& t : s.contacts.by_tier) by_tier += t.total();
  CHECK(by_tier == 4);
  CHECK(s.contacts.by_tier.size() == 2);  // c1 and c2 are of different tiers
  CHECK(s.pipeline.opened.count == 1);
  CHECK(s.pipeline.opened.amount == rm::yuan(80'000));
  CHECK(s.pipeline.won.amount == rm::yuan(300'000));
  CHECK(s.pipeline.lost.count == 0);
  CHECK(s.reports_written == 3);
  CHECK(s.reports_submitted == 2);
  CHECK(s.reports_approved == 1);
  CHECK(s.tasks_done == 1);
  CHECK(s.complaints_handled == 1);
  REQUIRE(s.zh.size() == s.en.size());
  CHECK(s.zh[0] == "本周联络客户 4 次，其中面谈 2 次、电话 1 次、信息 1 次。");
  CHECK(s.en[2] == "1 won for 300000.00 yuan; 0 lost for 0.00 yuan.");

  std::vector<std::vector<std::string>> rows;
  REQUIRE(rm::csv::parse(rm::weekly_summary_csv(s, rm::ReportLabels{}), rows));
  CHECK(std::find(rows.begin(), rows.end(), std::vector<std::string>{"联络次数", "4"}) != rows.end());
  rm::ReportLabels english;
  english.chinese = false;
  const std::string html = rm::weekly_summary_html(s, english, "");
  CHECK(html.find("售出基金") != std::string::npos);
}

TEST_CASE("monthly sales: contacts, sales by product, movement, compliance as supervised, simulated profit",
          "[reports]") {
  const rm::Book book = activity_book();
  const rm::Policy policy = rm::bank_a_policy();
  const rm::PlannerContext ctx(book, policy, ymd(2025, 4, 1));
  const rm::MonthlySales m = rm::monthly_sales(ctx, tid("m1"), ymd(2025, 3, 20));
  CHECK(m.month.start == ymd(2025, 3, 1));
  CHECK(m.month.end == ymd(2025, 4, 1));
  CHECK(m.contacts.all.total() == 6);  // the week's 4, 3 and 17 March
  CHECK(m.contacts.all.meetings == 2);
  REQUIRE(m.by_product.size() == 1);  // the fund; the savings started in 2024
  CHECK(m.by_product[0].product == "稳健基金");
  CHECK(m.by_product[0].holdings == 1);
  CHECK(m.by_product[0].holdings_amount == rm::yuan(300'000));
  CHECK(m.by_product[0].won == 1);
  CHECK(m.by_product[0].won_amount == rm::yuan(300'000));
  CHECK(m.holdings_amount == rm::yuan(300'000));
  CHECK(m.pipeline.lost.amount == rm::yuan(40'000));
  CHECK(m.pipeline.opened.count == 1);

  // Compliance is the supervisor's figure for the month, not judged again.
  const rm::SupervisorFigures f = rm::supervisor_figures({&ctx}, ymd(2025, 3, 1), ymd(2025, 4, 1));
  const auto m1 = std::find_if(f.managers.begin(), f.managers.end(),
                               [](const rm::ManagerFigures& x) { return x.manager_id == tid("m1"); });
  REQUIRE(m1 != f.managers.end());
  int items = 0;
  for (const rm::TierCompliance& t : m1->tiers) items += t.items;
  CHECK(items > 0);
  CHECK(m.compliance_items == items);
  CHECK(m.compliance.size() == m1->tiers.size());

  // Default rates: savings 150 bp over 31 days, equity fund 150 bp fee on 300 000.
  CHECK(m.rates == rm::default_profit_rates());
  CHECK(m.profit.deposit == 127'397);
  CHECK(m.profit.fee_income == rm::yuan(4'500));
  CHECK(m.profit.wealth_product == 0);

  std::vector<std::vector<std::string>> rows;
  REQUIRE(rm::csv::parse(rm::monthly_sales_csv(m, rm::ReportLabels{}), rows));
  CHECK(std::find(rows.begin(), rows.end(), std::vector<std::string>{"合计", "5773.97"}) != rows.end());
  const std::string html = rm::monthly_sales_html(m, rm::ReportLabels{}, "");
  CHECK(html.find("5773.97") != std::string::npos);
}
