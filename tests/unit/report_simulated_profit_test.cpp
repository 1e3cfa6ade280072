// The simulated profit (core/reports/simulated_profit.h, docs/domain.md §6):
// the formula on hand-computed figures, the floor, saturation at the ceiling,
// the period a holding is held in, and a client's figures adding up to the
// manager's.
#include <catch_amalgamated.hpp>

#include "core/reports/simulated_profit.h"
#include "planner_test_book.h"

using namespace planner_test;
using rm::ProductCategory;
using rm::ProfitKind;

namespace {

void add_product(rm::Book& book, const std::string& id, ProductCategory category) {
  rm::Product p;
  p.meta.id = tid(id);
  p.name = id;
  p.category = category;
  book.products.push_back(p);
}

void add_holding(rm::Book& book, const std::string& id, const std::string& client, const std::string& product,
                 rm::Fen amount, rm::Date start, std::optional<rm::Date> maturity = std::nullopt) {
  rm::Holding h;
  h.meta.id = tid(id);
  h.client_id = tid(client);
  h.product_id = tid(product);
  h.amount = amount;
  h.start = start;
  h.maturity = maturity;
  book.holdings.push_back(h);
}

const std::vector<rm::ProfitRate> kRates{{ProductCategory::savings, ProfitKind::deposit, 150},
                                         {ProductCategory::fixed_income_wealth, ProfitKind::wealth_product, 50},
                                         {ProductCategory::insurance, ProfitKind::fee_income, 300}};

const rm::Period kMarch{ymd(2025, 3, 1), ymd(2025, 4, 1)};

}  // namespace

TEST_CASE("simulated profit: the margin formula, floored to the fen", "[reports]") {
  // ¥1 000 000 at 150 bp for 30 days: floor(1e8 × 150 × 30 / (10 000 × 365)) = floor(123 287.67) fen.
  CHECK(rm::accrued_margin(rm::yuan(1'000'000), 150, 30) == 123'287);
  CHECK(rm::accrued_margin(rm::yuan(1'000'000), 150, 365) == rm::yuan(15'000));
  CHECK(rm::accrued_margin(1, 150, 1) == 0);  // a fraction of a fen is not paid
  CHECK(rm::accrued_margin(rm::yuan(100), 150, 0) == 0);
  CHECK(rm::accrued_margin(-rm::yuan(100), 150, 30) == 0);
  CHECK(rm::fee_on(rm::yuan(200'000), 300) == rm::yuan(6'000));
  CHECK(rm::fee_on(rm::yuan(1) + 33, 1) == 0);  // 1.33 yuan × 0.01 % = 0.0133 fen
}

TEST_CASE("simulated profit: the largest amount does not overflow; beyond int64 it saturates", "[reports]") {
  // kMaxAmount × 10 000 bp × 365 days = 3.65e21, beyond int64: computed in 128 bits.
  CHECK(rm::accrued_margin(rm::kMaxAmount, 10'000, 365) == rm::kMaxAmount);
  CHECK(rm::accrued_margin(rm::kMaxAmount, 150, 30) == 1'232'876'712'328);
  CHECK(rm::fee_on(rm::kMaxAmount, 10'000) == rm::kMaxAmount);
  CHECK(rm::accrued_margin(rm::kMoneyCeiling, 10'000, 365 * 100) == rm::kMoneyCeiling);
  CHECK(rm::fee_on(rm::kMoneyCeiling, 20'000) == rm::kMoneyCeiling);
}

TEST_CASE("simulated profit: days held within the period; fees on what started in it", "[reports]") {
  rm::Holding h;
  h.amount = rm::yuan(1'000'000);
  h.start = ymd(2025, 2, 15);
  h.maturity = ymd(2025, 3, 10);  // held 1–9 March: 9 days
  CHECK(rm::holding_profit(h, ProductCategory::savings, kRates, kMarch).deposit == 36'986);  // floor(36 986.3)
  h.maturity.reset();  // open-ended: the whole month, 31 days
  CHECK(rm::holding_profit(h, ProductCategory::savings, kRates, kMarch).deposit == 127'397);  // floor(127 397.26)
  CHECK(rm::holding_profit(h, ProductCategory::fixed_income_wealth, kRates, kMarch).wealth_product == 42'465);
  // A fee is earned once, in the period the holding started.
  CHECK(rm::holding_profit(h, ProductCategory::insurance, kRates, kMarch).fee_income == 0);
  h.start = ymd(2025, 3, 31);
  CHECK(rm::holding_profit(h, ProductCategory::insurance, kRates, kMarch).fee_income == rm::yuan(30'000));
  CHECK(rm::holding_profit(h, ProductCategory::equity_fund, kRates, kMarch).total() == 0);  // no rate: nothing
  h.start = ymd(2025, 4, 1);  // after the period
  CHECK(rm::holding_profit(h, ProductCategory::savings, kRates, kMarch).deposit == 0);
}

TEST_CASE("simulated profit: per client and per manager, the three parts add up", "[reports]") {
  rm::Book book = empty_book();
  add_client(book, "c1", rm::yuan(2'000'000));
  add_client(book, "c2", rm::yuan(500'000));
  add_client(book, "c3", rm::yuan(500'000)).manager_id = tid("m2");
  add_product(book, "p-sav", ProductCategory::savings);
  add_product(book, "p-fix", ProductCategory::fixed_income_wealth);
  add_product(book, "p-ins", ProductCategory::insurance);
  add_holding(book, "h1", "c1", "p-sav", rm::yuan(1'000'000), ymd(2024, 1, 1));                   // 31 days
  add_holding(book, "h2", "c1", "p-fix", rm::yuan(730'000), ymd(2025, 3, 11), ymd(2025, 6, 11));  // 21 days
  add_holding(book, "h3", "c2", "p-ins", rm::yuan(100'000), ymd(2025, 3, 5));
  add_holding(book, "h4", "c3", "p-sav", rm::yuan(1'000'000), ymd(2024, 1, 1));  // m2's client
  add_holding(book, "h5", "c2", "p-sav", rm::yuan(1'000'000), ymd(2024, 1, 1));
  book.holdings.back().meta.deleted = true;
  const rm::BookIndex index(book);

  const rm::SimulatedProfit c1 = rm::client_simulated_profit(book, index, tid("c1"), kRates, kMarch);
  CHECK(c1.deposit == 127'397);
  CHECK(c1.wealth_product == 21'000);  // 73 000 000 fen × 50 × 21 / 3 650 000
  CHECK(c1.fee_income == 0);
  const rm::SimulatedProfit c2 = rm::client_simulated_profit(book, index, tid("c2"), kRates, kMarch);
  CHECK(c2.total() == rm::yuan(3'000));

  const rm::SimulatedProfit m1 = rm::simulated_profit(book, index, tid("m1"), kRates, kMarch);
  CHECK(m1.deposit == 127'397);
  CHECK(m1.wealth_product == 21'000);
  CHECK(m1.fee_income == rm::yuan(3'000));
  CHECK(m1.total() == 127'397 + 21'000 + 300'000);
  CHECK(rm::simulated_profit(book, index, {}, kRates, kMarch).deposit == 2 * 127'397);  // the whole book
}

TEST_CASE("simulated profit: the book's rates, or the placeholders when it has none", "[reports]") {
  rm::Settings settings;
  CHECK(rm::effective_profit_rates(settings) == rm::default_profit_rates());
  CHECK(rm::rate_for(rm::default_profit_rates(), ProductCategory::savings)->kind == ProfitKind::deposit);
  settings.profit_rates = kRates;
  CHECK(rm::effective_profit_rates(settings) == kRates);
  CHECK_FALSE(rm::rate_for(kRates, ProductCategory::equity_fund));
}
