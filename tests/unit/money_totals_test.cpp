// Money totals never overflow (docs/domain.md, "Money"): one amount is at
// most kMaxAmount (10^15 fen); a household's figures fit in int64 with room
// to spare, and sums over many records saturate at INT64_MAX instead of
// wrapping to a negative figure.
#include <catch_amalgamated.hpp>

#include <limits>

#include "core/finance/goal_feasibility.h"
#include "core/finance/household_ratios.h"
#include "core/model/book_stats.h"
#include "core/model/prng.h"
#include "core/model/uuid.h"
#include "store/bundle.h"

using namespace rm;

namespace {
constexpr Fen kTop = std::numeric_limits<Fen>::max();
constexpr Fen kBottom = std::numeric_limits<Fen>::min();

BalanceSheet all_max_balance() {
  BalanceSheet b;
  for (Fen* f : {&b.cash_and_deposits, &b.wealth_products, &b.bonds, &b.funds, &b.stocks, &b.other_investments,
                 &b.real_estate, &b.other_assets, &b.mortgage, &b.other_loans, &b.credit_cards})
    *f = kMaxAmount;
  return b;
}
IncomeStatement all_max_income() {
  IncomeStatement s;
  for (Fen* f : {&s.pretax_income, &s.aftertax_income, &s.living_expenses, &s.debt_service, &s.insurance_premiums,
                 &s.other_expenses})
    *f = kMaxAmount;
  return s;
}
}  // namespace

TEST_CASE("the largest amount leaves room for thousands of them in int64") {
  STATIC_REQUIRE(kMaxAmount == 1'000'000'000'000'000);
  STATIC_REQUIRE(kTop / kMaxAmount > 9000);
  CHECK(add_money(kTop, 1) == kTop);
  CHECK(add_money(kBottom, -1) == kBottom);
  CHECK(add_money(kTop - 5, 3) == kTop - 2);
  CHECK(sub_money(kBottom, 1) == kBottom);
  CHECK(sub_money(0, kBottom) == kTop);
  CHECK(sub_money(kTop, -1) == kTop);
  CHECK(mul_money(kTop / 2, 3) == kTop);
  CHECK(mul_money(-(kTop / 2), 3) == kBottom);
  CHECK(mul_money(kMaxAmount, 12) == 12 * kMaxAmount);
}

TEST_CASE("a household with every figure at the largest amount adds up exactly") {
  const BalanceSheet b = all_max_balance();
  const IncomeStatement s = all_max_income();
  CHECK(total_assets(b) == 8 * kMaxAmount);
  CHECK(total_liabilities(b) == 3 * kMaxAmount);
  CHECK(net_assets(b) == 5 * kMaxAmount);
  CHECK(annual_expenses(s) == 4 * kMaxAmount);
  CHECK(annual_surplus(s) == -3 * kMaxAmount);
  const HouseholdRatios r = household_ratios(b, s);
  CHECK(r.solvency.per_mille() == 625);
  CHECK(r.debt.per_mille() == 375);
  CHECK(r.liquidity.per_mille() == 3000);  // 12 × liquid ÷ 4 × expenses
  CHECK(r.solvency_verdict == RatioVerdict::healthy);
}

TEST_CASE("figures beyond the limit, built in memory, saturate instead of overflowing") {
  BalanceSheet b;
  b.cash_and_deposits = b.real_estate = b.other_assets = kTop / 2;
  b.mortgage = kTop / 2;
  CHECK(total_assets(b) == kTop);
  CHECK(net_assets(b) >= 0);
  IncomeStatement s;
  s.living_expenses = s.debt_service = s.other_expenses = kTop / 2;
  CHECK(annual_expenses(s) == kTop);
  const HouseholdRatios r = household_ratios(b, s);
  CHECK(r.liquidity.per_mille() >= 0);
  CHECK(r.solvency.per_mille() >= 0);
}

TEST_CASE("many goals at the largest amount do not overflow the funding walk") {
  FeasibilityInputs in;
  in.starting_assets = kMaxAmount;
  in.yearly_saving = -kMaxAmount;
  in.start_year = 2026;
  for (int i = 0; i < 20000; ++i) in.goals.push_back({GoalKind::wealth_growth, "g", kMaxAmount, 2027 + i % 30});
  CHECK_FALSE(goals_funded_at(in, 0));
  CHECK_FALSE(required_return_bp(in).has_value());
}

TEST_CASE("book stats of 10 000 clients at the largest amount never print a negative total") {
  auto rng = std::make_shared<SplitMix64>(3);
  Random64 random = [rng] { return rng->next(); };
  const std::string actor = new_uuid(random);
  Book book;
  book.export_info = {actor, 1'790'000'000'000, BundleScope::book};
  for (int i = 0; i < 10000; ++i) {
    Client c;
    c.meta = new_meta(new_record_id(random), Hlc{1'790'000'000'000, 0, actor});
    c.name = "客户";
    c.average_daily_assets = kMaxAmount;
    c.assets_elsewhere = kMaxAmount;
    book.clients.push_back(std::move(c));
  }
  const Policy* policy = find_preset_policy("bank_a");
  REQUIRE(policy);
  const BookStats s = book_stats(book, *policy, Date::from_ymd(2026, 9, 1));
  Fen biggest = 0;
  for (const TierCount& t : s.tiers) {
    CHECK(t.assets >= 0);
    biggest = std::max(biggest, t.assets);
  }
  CHECK(biggest == kTop);  // 10^19 fen: held at INT64_MAX
  // The bundle accepts kMaxAmount and refuses one fen more, with its path.
  const auto accepted = load_bundle(save_bundle(book));
  INFO((accepted.ok() ? std::string() : accepted.problem().describe_en()));
  CHECK(accepted.ok());
  book.clients[7].average_daily_assets = kMaxAmount + 1;
  const auto refused = load_bundle(save_bundle(book));
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.problem().code == "out_of_range");
}
