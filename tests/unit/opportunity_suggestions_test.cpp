// What to offer a client next (docs/domain.md §3): a repeat sale for a product
// maturing soon, an up-sell for a large deposit, the cross-sell matrix's next
// categories — each product suitable for the client, or the refusals shown.
#include <catch_amalgamated.hpp>

#include "core/sales/opportunity_suggestions.h"
#include "planner_test_book.h"

using namespace planner_test;
using namespace rm;

namespace {
const Date kToday = ymd(2026, 12, 3);

Product& add_product(Book& book, const std::string& code, ProductCategory category, ProductRisk risk, int return_bp,
                     int term_days = 0) {
  Product p;
  p.meta.id = tid("product " + code);
  p.code = code;
  p.name = code;
  p.category = category;
  p.risk = risk;
  p.expected_return_bp = return_bp;
  p.term_days = term_days;
  book.products.push_back(p);
  return book.products.back();
}

void hold(Book& book, const std::string& client, const std::string& code, Fen amount, std::optional<Date> maturity) {
  Holding h;
  h.meta.id = tid("holding " + client + code);
  h.client_id = tid(client);
  h.product_id = tid("product " + code);
  h.amount = amount;
  h.start = ymd(2026, 6, 1);
  h.maturity = maturity;
  book.holdings.push_back(h);
}

void assess(Book& book, const std::string& client, RiskLevel level) {
  RiskAssessment a;
  a.meta.id = tid("assessment " + client);
  a.client_id = tid(client);
  a.level = level;
  a.date = ymd(2026, 11, 1);
  a.valid_until = ymd(2027, 11, 1);
  a.signed_in_person = true;
  book.risk_assessments.push_back(a);
}

Book shop() {
  Book book = empty_book();
  add_client(book, "c1", yuan(2'000'000));
  add_product(book, "SAV", ProductCategory::savings, ProductRisk::R1, 150);
  add_product(book, "W-OLD", ProductCategory::fixed_income_wealth, ProductRisk::R2, 300, 180);
  add_product(book, "W-NEW", ProductCategory::fixed_income_wealth, ProductRisk::R2, 320, 180);
  add_product(book, "W-NEXT", ProductCategory::fixed_income_wealth, ProductRisk::R2, 310, 90);
  add_product(book, "EQ", ProductCategory::equity_fund, ProductRisk::R4, 800);
  add_product(book, "NET", ProductCategory::online_banking, ProductRisk::R1, 0);
  book.settings.cross_sell = {{ProductCategory::savings, {ProductCategory::online_banking, ProductCategory::equity_fund}, {}}};
  hold(book, "c1", "SAV", yuan(800'000), std::nullopt);
  hold(book, "c1", "W-OLD", yuan(300'000), kToday.plus_days(10));
  return book;
}
}  // namespace

TEST_CASE("suggestions: repeat, up-sell and cross-sell, each a suitable product not already offered", "[suggestions]") {
  Book book = shop();
  assess(book, "c1", RiskLevel::C3);
  const BookIndex index(book);
  const ClientSuggestions s = suggest_opportunities(book, index, 0, kToday);
  REQUIRE(s.suggestions.size() == 3);
  // The fixed-income product maturing in 10 days: the best similar one on sale.
  CHECK(s.suggestions[0].method == SalesMethod::repeat);
  CHECK(s.suggestions[0].product->code == "W-NEW");
  REQUIRE(s.suggestions[0].maturing != nullptr);
  CHECK(s.suggestions[0].maturing->amount == yuan(300'000));
  // ¥800 000 on deposit: the next fixed-income product not yet suggested.
  CHECK(s.suggestions[1].method == SalesMethod::up_sell);
  CHECK(s.suggestions[1].product->code == "W-NEXT");
  CHECK(s.suggestions[1].deposits == yuan(800'000));
  // The matrix: online banking is offered; the R4 equity fund is above C3.
  CHECK(s.suggestions[2].method == SalesMethod::cross_sell);
  CHECK(s.suggestions[2].product->code == "NET");
  CHECK(s.suggestions[2].held == ProductCategory::savings);
  REQUIRE(s.blocked.size() == 1);
  CHECK(s.blocked[0].wanted == ProductCategory::equity_fund);
  REQUIRE_FALSE(s.blocked[0].refusals.empty());
  CHECK(s.blocked[0].refusals[0].reason == RefusalReason::risk_above_level);
}

TEST_CASE("suggestions: a product an open opportunity names is not suggested again", "[suggestions]") {
  Book book = shop();
  assess(book, "c1", RiskLevel::C3);
  Opportunity o;
  o.meta.id = tid("o1");
  o.client_id = tid("c1");
  o.title = "续作";
  o.product_id = tid("product W-NEW");
  book.opportunities.push_back(o);
  const BookIndex index(book);
  const ClientSuggestions s = suggest_opportunities(book, index, 0, kToday);
  REQUIRE_FALSE(s.suggestions.empty());
  CHECK(s.suggestions[0].product->code == "W-NEXT");
  for (const OpportunitySuggestion& each : s.suggestions) CHECK(each.product->code != "W-NEW");
}

TEST_CASE("suggestions: without a valid assessment nothing is suggested, and the refusals say why", "[suggestions]") {
  Book book = shop();
  const BookIndex index(book);
  const ClientSuggestions s = suggest_opportunities(book, index, 0, kToday);
  CHECK(s.suggestions.empty());
  REQUIRE_FALSE(s.blocked.empty());
  for (const BlockedSuggestion& b : s.blocked) {
    REQUIRE_FALSE(b.refusals.empty());
    CHECK(b.refusals[0].reason == RefusalReason::no_valid_assessment);
  }
}
