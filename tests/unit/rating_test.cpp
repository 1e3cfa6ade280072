#include <catch_amalgamated.hpp>

#include "core/rating/client_value.h"
#include "core/rating/credit_rating.h"

using namespace rm;

TEST_CASE("Credit grades at every band boundary") {
  const std::vector<std::pair<int, std::string_view>> edges{
      {100, "AAA"}, {90, "AAA"}, {89, "AA"}, {80, "AA"},  {79, "A"},  {70, "A"},  {69, "BBB"},
      {60, "BBB"},  {59, "BB"},  {50, "BB"}, {49, "B"},   {40, "B"},  {39, "CCC"}, {30, "CCC"},
      {29, "CC"},   {20, "CC"},  {19, "C"},  {0, "C"}};
  for (const auto& [score, code] : edges) {
    INFO(score);
    REQUIRE(credit_grade(score));
    CHECK(credit_grade_code(*credit_grade(score)) == code);
  }
  CHECK_FALSE(credit_grade(-1));
  CHECK_FALSE(credit_grade(101));
  CHECK(credit_grade_floor(CreditGrade::BBB) == 60);
}

TEST_CASE("Credit score from the five factors and their weights") {
  const CreditFactors f{.character = 90, .capacity = 70, .capital = 60, .collateral = 50, .conditions = 80};
  CHECK(credit_score(f).value() == 70);
  const CreditWeights heavy_capacity{.character = 10, .capacity = 50, .capital = 20, .collateral = 10,
                                     .conditions = 10};
  // 9 + 35 + 12 + 5 + 8 = 69
  CHECK(credit_score(f, heavy_capacity).value() == 69);
  CHECK(credit_score({.character = 1, .capacity = 0, .capital = 0, .collateral = 0, .conditions = 2}).value() == 1);

  const CreditWeights bad{.character = 30, .capacity = 20, .capital = 20, .collateral = 20, .conditions = 20};
  CHECK(credit_score(f, bad).problem().code == "invalid_weights");
  const CreditFactors out{.character = 101, .capacity = 0, .capital = 0, .collateral = 0, .conditions = 0};
  CHECK(credit_score(out).problem().path == "factors.character");
}

TEST_CASE("Client value: historical, current and potential") {
  const ClientValueInputs in{.history = {{2022, yuan(5'000), yuan(1'000)},
                                        {2023, yuan(6'000), yuan(1'000)},
                                        {2024, yuan(10'000), yuan(2'000)}},
                             .current_year = 2024,
                             .average_daily_assets = yuan(1'000'000),
                             .assets_elsewhere = yuan(500'000),
                             .fallback_margin_bp = 0};
  const ClientValue v = client_value(in);
  CHECK(v.historical == yuan(9'000));
  CHECK(v.current == yuan(8'000));
  CHECK(v.margin_bp == 80);
  CHECK(v.potential == yuan(4'000));

  ClientValueInputs unknown = in;
  unknown.average_daily_assets = 0;
  unknown.fallback_margin_bp = 50;
  CHECK(client_value(unknown).potential == yuan(2'500));
}

TEST_CASE("Value classes") {
  const ValueClassRules rules{.high_value_net_per_year = yuan(10'000)};
  CHECK(value_class({.historical = 0, .current = -1, .potential = yuan(50'000)}, rules) == ValueClass::loss_making);
  CHECK(value_class({.historical = 0, .current = yuan(10'000), .potential = 0}, rules) == ValueClass::high_value);
  CHECK(value_class({.historical = 0, .current = yuan(10'000) - 1, .potential = 1}, rules) ==
        ValueClass::low_profit_potential);
  CHECK(value_class({.historical = 0, .current = yuan(10'000) - 1, .potential = 0}, rules) == ValueClass::break_even);
  CHECK(value_class({.historical = 0, .current = 0, .potential = 0}, rules) == ValueClass::break_even);
}
