// The plan's HTML file (core/plan/plan_html.h): one self-contained page set
// that names the client, prints the six ratios with thresholds and verdicts
// and the allocation table, and escapes every text a person typed — a goal
// named "<script>" is printed, never run.
#include <catch_amalgamated.hpp>

#include "core/plan/plan_html.h"
#include "core/text/html_escape.h"
#include "test_ids.h"

using namespace rm;
using namespace rm::test;

namespace {

const Date kToday = Date::from_ymd(2026, 12, 3);

Book small_book() {
  Book b;
  Product bond;
  bond.meta.id = tid("p-bond");
  bond.code = "WMF-12";
  bond.name = "固定收益类理财（12个月）";
  bond.category = ProductCategory::fixed_income_wealth;
  bond.risk = ProductRisk::R2;
  bond.term_days = 365;
  bond.expected_return_bp = 330;
  b.products.push_back(bond);
  Client c;
  c.meta.id = tid("c1");
  c.name = "欧阳<b>娜娜</b>";
  c.annual_income = yuan(200'000);
  c.household_id = tid("h1");
  b.clients.push_back(c);
  Household h;
  h.meta.id = tid("h1");
  h.client_id = tid("c1");
  h.balance_sheet.cash_and_deposits = yuan(100'000);
  h.balance_sheet.bonds = yuan(300'000);
  h.income_statement.pretax_income = yuan(200'000);
  h.income_statement.aftertax_income = yuan(160'000);
  h.income_statement.living_expenses = yuan(80'000);
  b.households.push_back(h);
  RiskAssessment a;
  a.meta.id = tid("a1");
  a.client_id = tid("c1");
  a.level = RiskLevel::C2;
  a.date = kToday.plus_days(-5);
  a.valid_until = kToday.plus_days(360);
  a.signed_in_person = true;
  b.risk_assessments.push_back(a);
  return b;
}

}  // namespace

TEST_CASE("html_escape writes the five special characters as entities", "[plan]") {
  CHECK(html_escape("<script>alert('x') & \"y\"</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  CHECK(html_escape("张伟") == "张伟");
}

TEST_CASE("plan HTML: client, the six ratios, the allocation table, escaped goal names", "[plan]") {
  const Book book = small_book();
  const BookIndex index(book);
  FinancialPlan plan;
  plan.meta.id = tid("plan");
  plan.client_id = tid("c1");
  plan.version = 3;
  plan.review = ReviewState::submitted;
  plan.created_on = kToday;
  plan.review_date = kToday.plus_days(100);
  plan.goals = {PlanGoal{GoalKind::wealth_growth, "<script>alert(1)</script>", yuan(50'000), 2030, 1}};
  plan.recommendations = "先补足应急金 & 保障";
  const std::string html = plan_html(plan_document(book, index, 0, &plan, kToday));

  CHECK(html.starts_with("<!DOCTYPE html>"));
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
  // Self-contained: nothing is fetched.
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("href=") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("@page") != std::string::npos);
  CHECK(html.find("Noto Sans CJK SC") != std::string::npos);
  CHECK(html.find("page-break-before: always") != std::string::npos);
  CHECK(html.find("<svg") != std::string::npos);

  // The client's name, escaped like every typed text.
  CHECK(html.find("欧阳&lt;b&gt;娜娜&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("<b>娜娜") == std::string::npos);
  // The goal named <script> is text, not a script.
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("先补足应急金 &amp; 保障") != std::string::npos);

  // The six ratios, each with a threshold and a verdict.
  for (size_t i = 0; i < 6; ++i) {
    CHECK(html.find(std::string(ratio_name_zh(i))) != std::string::npos);
    CHECK(html.find(std::string(ratio_name_en(i))) != std::string::npos);
  }
  CHECK(html.find("id=\"ratios\"") != std::string::npos);
  CHECK(html.find("健康 Healthy") != std::string::npos);

  // The allocation table: class, share, amount, products.
  const size_t table = html.find("<table id=\"allocation\">");
  REQUIRE(table != std::string::npos);
  const std::string allocation = html.substr(table, html.find("</table>", table) - table);
  CHECK(allocation.find("固定收益类") != std::string::npos);
  CHECK(allocation.find("60%") != std::string::npos);
  CHECK(allocation.find("固定收益类理财（12个月）") != std::string::npos);
  // C2's shares of 400,000 − 20,000 kept for emergencies: 20 % cash, 60 % fixed income, 20 % balanced.
  CHECK(allocation.find("¥228,000.00") != std::string::npos);

  // Cover: version and review state; the disclaimer and three signature lines.
  CHECK(html.find("第 3 版") != std::string::npos);
  CHECK(html.find("已提交审阅") != std::string::npos);
  CHECK(html.find("风险提示") != std::string::npos);
  CHECK(html.find("过往业绩不代表") != std::string::npos);
  CHECK(html.find("客户签字") != std::string::npos);
  CHECK(html.find("客户经理") != std::string::npos);
  CHECK(html.find("主管审阅") != std::string::npos);
  CHECK(html.find(kToday.plus_days(100).iso()) != std::string::npos);
}
