// The Book as a whole: lookups, demo removal, the default catalogue, and the
// summary `rmplanner stats` prints.
#include <catch_amalgamated.hpp>

#include "core/model/book.h"
#include "core/model/book_stats.h"
#include "core/model/default_catalogue.h"
#include "core/model/prng.h"
#include "core/policy/policy_presets.h"

using namespace rm;

namespace {
const std::string kM = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";

struct Fixture {
  Xoshiro256 rng{11};
  Random64 random = [this] { return rng.next(); };
  Hlc t0{1700000000000, 0, kM};
  Book book;

  Client& client(Fen assets, bool demo = false) {
    Client c;
    c.meta = new_meta(new_record_id(random), t0, demo);
    c.name = "客户";
    c.average_daily_assets = assets;
    c.birthday = Date::from_ymd(1980, 1, 1);
    book.clients.push_back(c);
    return book.clients.back();
  }
};
}  // namespace

TEST_CASE("BookIndex finds records by id and groups a client's records") {
  Fixture f;
  const RecordId a = f.client(yuan(10)).meta.id;
  const RecordId b = f.client(yuan(20)).meta.id;
  for (int i = 0; i < 3; ++i) {
    Contact k;
    k.meta = new_meta(new_record_id(f.random), f.t0);
    k.client_id = i < 2 ? b : a;
    f.book.contacts.push_back(k);
  }
  const BookIndex index(f.book);
  CHECK(index.client(a) == 0);
  CHECK(index.client(b) == 1);
  CHECK(index.client(RecordId("00000000-0000-4000-8000-000000000000")) == BookIndex::npos);
  CHECK(index.contacts_of(1) == std::vector<uint32_t>{0, 1});
  CHECK(index.contacts_of(0) == std::vector<uint32_t>{2});
  CHECK(index.holdings_of(0).empty());
}

TEST_CASE("erasing demo data leaves the user's own records") {
  Fixture f;
  f.client(yuan(1), true);
  const RecordId mine = f.client(yuan(2), false).meta.id;
  f.client(yuan(3), true);
  CHECK(record_count(f.book) == 3);
  erase_demo_records(f.book);
  REQUIRE(f.book.clients.size() == 1);
  CHECK(f.book.clients[0].meta.id == mine);
}

TEST_CASE("the default catalogue covers the ladder of domain.md §4") {
  Xoshiro256 rng(1);
  const auto products = default_catalogue([&] { return rng.next(); }, Hlc{1, 0, kM});
  int lowest = 15, highest = 0;
  for (const Product& p : products) {
    CHECK(is_uuid(p.meta.id.str()));
    CHECK_FALSE(p.name.empty());
    lowest = std::min(lowest, p.ladder_position);
    highest = std::max(highest, p.ladder_position);
    // Higher rungs never carry a lower risk rating than savings.
    if (p.ladder_position >= 10) CHECK(rank(p.risk) >= 4);
  }
  CHECK(lowest == 0);
  CHECK(highest == 15);
  const auto matrix = default_cross_sell();
  REQUIRE_FALSE(matrix.empty());
  CHECK(matrix[0].held == ProductCategory::platinum_credit_card);
  CHECK(matrix[0].offer.size() == 5);  // online banking, SMS alerts, fund plans, bonds, insurance
  // Only that row is the documents' (004); the others are an example to edit (docs/domain.md §3).
  CHECK(matrix[0].source == "004");
  for (size_t i = 1; i < matrix.size(); ++i) CHECK(matrix[i].source.empty());
}

TEST_CASE("stats count clients per tier, lapsed assessments and unhealthy ratios") {
  Fixture f;
  f.client(yuan(999'999) + 99);  // A: just under the 1,000,000 line
  f.client(yuan(1'000'000));     // B: the line itself belongs to B (含)
  f.client(yuan(3'000'000));     // C
  Client& promoted = f.client(yuan(200'000));
  promoted.tier_override = TierOverride{"C", kM, Date::from_ymd(2024, 6, 1), "批准"};
  Client& gone = f.client(yuan(5'000'000));
  make_tombstone(gone, Hlc{1700000000001, 0, kM});

  const Date today = Date::from_ymd(2025, 1, 5);
  auto assessed = [&](size_t client, Date on) {
    RiskAssessment a;
    a.meta = new_meta(new_record_id(f.random), f.t0);
    a.client_id = f.book.clients[client].meta.id;
    a.date = on;
    f.book.risk_assessments.push_back(a);
  };
  assessed(0, Date::from_ymd(2024, 1, 5));  // valid through 2025-01-04: lapsed
  assessed(1, Date::from_ymd(2024, 1, 6));  // still valid
  assessed(2, Date::from_ymd(2023, 1, 1));  // superseded by the next one
  assessed(2, Date::from_ymd(2024, 12, 1));

  Household h;
  h.meta = new_meta(new_record_id(f.random), f.t0);
  h.balance_sheet.cash_and_deposits = yuan(100'000);
  h.balance_sheet.real_estate = yuan(900'000);
  h.balance_sheet.mortgage = yuan(600'000);  // debt ratio 0.6: unhealthy
  h.income_statement.pretax_income = yuan(300'000);
  h.income_statement.aftertax_income = yuan(240'000);
  h.income_statement.living_expenses = yuan(120'000);
  f.book.households.push_back(h);

  const BookStats s = book_stats(f.book, bank_a_policy(), today);
  CHECK(s.clients == 4);
  CHECK(s.tombstones == 1);
  REQUIRE(s.tiers.size() == 4);
  CHECK(s.tiers[0].code == "A");
  CHECK(s.tiers[0].clients == 1);
  CHECK(s.tiers[1].clients == 1);
  CHECK(s.tiers[2].clients == 2);
  CHECK(s.tiers[2].overridden == 1);
  CHECK(s.tiers[3].clients == 0);
  CHECK(s.clients_assessed == 3);
  CHECK(s.clients_never_assessed == 1);
  CHECK(s.assessments_expired == 1);
  CHECK(s.debt.unhealthy == 1);
  CHECK(s.solvency.unhealthy == 1);
  CHECK(s.households_with_unhealthy_ratio == 1);
  const auto j = book_stats_json(s);
  CHECK(j["tiers"][1]["tier"] == "B");
  CHECK(j["risk_assessments"]["expired"] == 1);
  CHECK(find_preset_policy("bank_b") != nullptr);
  CHECK(find_preset_policy("nope") == nullptr);
}
