// A client's value from the book (docs/domain.md §6, "Client value and credit
// rating"): each year's simulated profit of her holdings, historical before
// this year, current up to today, potential from her assets elsewhere; what the
// book lacks is reported, not shown as ¥0.
#include <catch_amalgamated.hpp>

#include "core/rating/client_value_from_book.h"
#include "core/reports/simulated_profit.h"
#include "planner_test_book.h"

using namespace planner_test;
using namespace rm;

namespace {
Book one_saver(std::optional<Date> start, Fen elsewhere) {
  Book book = empty_book();
  Client& c = add_client(book, "c1", yuan(1'000'000));
  c.assets_elsewhere = elsewhere;
  Product p;
  p.meta.id = tid("savings");
  p.name = "活期储蓄";
  p.category = ProductCategory::savings;
  book.products.push_back(p);
  if (start) {
    Holding h;
    h.meta.id = tid("h1");
    h.client_id = tid("c1");
    h.product_id = tid("savings");
    h.amount = yuan(1'000'000);
    h.start = *start;
    book.holdings.push_back(h);
  }
  return book;
}
}  // namespace

TEST_CASE("client value: a year of deposits before this one, this year to today, and the potential elsewhere",
          "[client-value]") {
  const Book book = one_saver(ymd(2025, 1, 1), yuan(2'000'000));
  const BookIndex index(book);
  const Date today = ymd(2026, 12, 3);
  const ClientValueReport r = client_value_from_book(book, index, 0, today);
  const int rate = rate_for(effective_profit_rates(book.settings), ProductCategory::savings)->rate_bp;
  REQUIRE(rate > 0);
  CHECK(r.has_earlier_years);
  CHECK(r.has_holdings);
  CHECK(r.has_assets_elsewhere);
  CHECK(r.first_year == 2025);
  // 2025: 365 days held; 2026: 1 January to 3 December, 337 days.
  CHECK(r.value.historical == accrued_margin(yuan(1'000'000), rate, 365));
  CHECK(r.value.current == accrued_margin(yuan(1'000'000), rate, 337));
  // Her own margin: this year's revenue over her assets here, on ¥2 000 000 elsewhere.
  const int margin = static_cast<int>(r.value.current * 10000 / yuan(1'000'000));
  CHECK(r.value.margin_bp == margin);
  CHECK(r.value.potential == yuan(2'000'000) / 10000 * margin);
}

TEST_CASE("client value: what the book lacks is named", "[client-value]") {
  const Date today = ymd(2026, 12, 3);
  {
    const Book book = one_saver(ymd(2026, 6, 1), 0);  // a new client, nothing elsewhere known
    const BookIndex index(book);
    const ClientValueReport r = client_value_from_book(book, index, 0, today);
    CHECK_FALSE(r.has_earlier_years);
    CHECK(r.has_holdings);
    CHECK_FALSE(r.has_assets_elsewhere);
    CHECK(r.value.historical == 0);
    CHECK(r.value.current > 0);
  }
  {
    const Book book = one_saver(std::nullopt, yuan(500'000));
    const BookIndex index(book);
    const ClientValueReport r = client_value_from_book(book, index, 0, today);
    CHECK_FALSE(r.has_holdings);
    CHECK_FALSE(r.has_earlier_years);
    CHECK(r.value.current == 0);
    // No margin of her own: the deposit rate stands in.
    CHECK(r.value.margin_bp == rate_for(effective_profit_rates(book.settings), ProductCategory::savings)->rate_bp);
  }
}
