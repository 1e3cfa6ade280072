// Version-1 files (tests/data/bundle_v1.json) are migrated on load.
#include <catch_amalgamated.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/policy/policy_presets.h"
#include "store/bundle.h"
#include "test_data.h"
#include "sync/field_diff.h"

using namespace rm;
using rm::test::read_test_file;

namespace {
const std::string kAuthor = "6f1c2a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b";
}  // namespace

TEST_CASE("a version-1 file loads, migrated to the current schema") {
  const std::string text = read_test_file("bundle_v1.json");
  REQUIRE_FALSE(text.empty());
  const BundleLoad r = load_bundle_checked(text);
  INFO((r.problems.empty() ? std::string() : r.problems[0].describe_en()));
  REQUIRE(r.book);
  CHECK(r.schema_version == 1);
  const Book& b = *r.book;
  REQUIRE(b.clients.size() == 2);
  const Client& wang = b.clients[0];
  CHECK(wang.name == "王建国");
  // "lunar:1963-L04-15" → a leap-month lunar birthday, no solar one.
  REQUIRE(wang.lunar_birthday);
  CHECK(*wang.lunar_birthday == LunarDate{1963, 4, 15, true});
  CHECK_FALSE(wang.birthday);
  // `phone` → contact_points; whole yuan → fen.
  REQUIRE(wang.contact_points.size() == 1);
  CHECK(wang.contact_points[0].channel == Channel::phone);
  CHECK(wang.contact_points[0].value == "13801234567");
  CHECK(wang.average_daily_assets == yuan(850000));
  CHECK(wang.assets_elsewhere == yuan(200000));
  // Wall-clock stamps → HLC stamps by the v1 author; updated kept.
  CHECK(wang.meta.created == Hlc{1704153600000, 0, kAuthor});
  CHECK(wang.meta.updated == Hlc{1706745600000, 0, kAuthor});
  CHECK(wang.meta.author() == kAuthor);
  CHECK(wang.meta.clocks.empty());
  const Client& chen = b.clients[1];
  CHECK(chen.birthday == Date::from_ymd(1975, 8, 30));
  CHECK(chen.contact_points.empty());
  CHECK(chen.meta.updated == chen.meta.created);
  CHECK(b.export_info.scope == BundleScope::book);
  REQUIRE(b.contacts.size() == 1);
  CHECK(b.contacts[0].meta.deleted);
  CHECK(b.households[0].balance_sheet.real_estate == 500000000);
}

TEST_CASE("a migrated file saves as the current version and then round-trips") {
  const auto first = load_bundle(read_test_file("bundle_v1.json"));
  REQUIRE(first.ok());
  const std::string current = save_bundle(first.value());
  CHECK(current.find("\"schema_version\": 7") != std::string::npos);
  const BundleLoad again = load_bundle_checked(current);
  REQUIRE(again.book);
  CHECK(again.schema_version == kBundleSchemaVersion);
  CHECK(save_bundle(*again.book) == current);
}

TEST_CASE("a version-2 file loads unchanged: version 3 only added liquidity needs") {
  const std::string text = read_test_file("bundle_v2.json");
  const BundleLoad r = load_bundle_checked(text);
  REQUIRE(r.book);
  CHECK(r.schema_version == 2);
  for (const Client& c : r.book->clients) CHECK(c.liquidity_needs.empty());
  std::string expected = text;
  const std::string v2 = "\"schema_version\": 2,";
  expected.replace(expected.find(v2), v2.size(), "\"schema_version\": 7,");
  CHECK(save_bundle(*r.book) == expected);
}

TEST_CASE("a version-3 file loads unchanged: version 4 only added the review's lists and fields") {
  const std::string text = read_test_file("bundle_v3.json");
  const BundleLoad r = load_bundle_checked(text);
  REQUIRE(r.book);
  CHECK(r.schema_version == 3);
  CHECK(r.book->financial_plans.empty());
  for (const CommunicationReport& c : r.book->communication_reports) {
    CHECK(c.review_round == 0);
    CHECK(c.approved_content.empty());
  }
  std::string expected = text;
  const std::string v3 = "\"schema_version\": 3,";
  expected.replace(expected.find(v3), v3.size(), "\"schema_version\": 7,");
  CHECK(save_bundle(*r.book) == expected);
}

TEST_CASE("a version-4 file loads unchanged: version 5 added the book's own policies and contacts' kind") {
  const std::string text = read_test_file("bundle_v4.json");
  const BundleLoad r = load_bundle_checked(text);
  REQUIRE(r.book);
  CHECK(r.schema_version == 4);
  CHECK(r.book->settings.policies.empty());
  // No kind: read as the channel implies (contact_kind); tests/unit/contact_kind_test.cpp counts them.
  for (const Contact& k : r.book->contacts) CHECK_FALSE(k.kind);
  std::string expected = text;
  const std::string v4 = "\"schema_version\": 4,";
  expected.replace(expected.find(v4), v4.size(), "\"schema_version\": 7,");
  CHECK(save_bundle(*r.book) == expected);
}

TEST_CASE("a version-5 file loads with no asset history, redemption delay or cross-sell source, and saves as the current version") {
  const std::string text = read_test_file("bundle_v5.json");
  const BundleLoad r = load_bundle_checked(text);
  REQUIRE(r.book);
  CHECK(r.schema_version == 5);
  REQUIRE_FALSE(r.book->clients.empty());
  for (const Client& c : r.book->clients) CHECK(c.asset_history.empty());
  for (const Product& p : r.book->products) CHECK(p.redemption_days == 0);
  for (const CrossSellRule& row : r.book->settings.cross_sell) CHECK(row.source.empty());
  std::string expected = text;
  const std::string v5 = "\"schema_version\": 5,";
  expected.replace(expected.find(v5), v5.size(), "\"schema_version\": 7,");
  CHECK(save_bundle(*r.book) == expected);
}

TEST_CASE("a version-6 file loads with no pipeline detail, goal kinds, credit scores or profit rates, and saves as version 7") {
  const std::string text = read_test_file("bundle_v6.json");
  const BundleLoad r = load_bundle_checked(text);
  REQUIRE(r.book);
  CHECK(r.schema_version == 6);
  for (const Client& c : r.book->clients) CHECK_FALSE(c.credit_factors);
  for (const Complaint& k : r.book->complaints)
    for (const ComplaintStepDone& s : k.steps) CHECK(s.by.empty());
  CHECK(r.book->settings.profit_rates.empty());
  std::string expected = text;
  const std::string v6 = "\"schema_version\": 6,";
  expected.replace(expected.find(v6), v6.size(), "\"schema_version\": 7,");
  CHECK(save_bundle(*r.book) == expected);
}

TEST_CASE("the book's own policies round-trip, in the form of a policy file, and are checked") {
  auto doc = nlohmann::json::parse(read_test_file("bundle_v4.json"));
  doc["schema_version"] = 5;
  Policy own = bank_b_policy();
  own.id = "own_1";
  own.capacity.daily = {2, 9, 15};
  doc["settings"]["policies"] = nlohmann::json::array({policy_to_json(own)});
  const auto ok = load_bundle(doc.dump());
  REQUIRE(ok.ok());
  REQUIRE(ok.value().settings.policies.size() == 1);
  CHECK(field_diff::equal(ok.value().settings.policies[0], own));
  // What the bundle holds is a policy file: read back as one, it is the same policy.
  const auto saved = nlohmann::json::parse(save_bundle(ok.value()));
  const Result<Policy> as_file = policy_from_json(saved["settings"]["policies"][0]);
  REQUIRE(as_file.ok());
  CHECK(field_diff::equal(as_file.value(), own));

  doc["settings"]["policies"][0]["contacts"]["rules"][0]["period"] = "fortnight";
  const auto bad = load_bundle(doc.dump());
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.problem().code == "unknown_code");
  CHECK(bad.problem().path == "settings.policies[0].contacts.rules[0].period");
}

TEST_CASE("liquidity needs round-trip and are checked") {
  auto doc = nlohmann::json::parse(read_test_file("bundle_v2.json"));
  doc["schema_version"] = 3;
  doc["clients"][0]["liquidity_needs"] =
      nlohmann::json::array({{{"purpose", "study_abroad"}, {"date", "2026-09-01"}, {"amount", 30000000}}});
  const auto ok = load_bundle(doc.dump());
  REQUIRE(ok.ok());
  const Client& c = ok.value().clients[0];
  REQUIRE(c.liquidity_needs.size() == 1);
  CHECK(c.liquidity_needs[0].purpose == LiquidityPurpose::study_abroad);
  CHECK(c.liquidity_needs[0].date.iso() == "2026-09-01");
  CHECK(c.liquidity_needs[0].amount == 30000000);
  CHECK(save_bundle(ok.value()).find("\"liquidity_needs\":[{\"purpose\":\"study_abroad\"") != std::string::npos);

  doc["clients"][0]["liquidity_needs"][0]["purpose"] = "yacht";
  const auto bad = load_bundle(doc.dump());
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.problem().path == "clients[0].liquidity_needs[0].purpose");
}

TEST_CASE("version-1 problems are reported at their path in the file as given") {
  auto doc = nlohmann::json::parse(read_test_file("bundle_v1.json"));
  SECTION("bad lunar text") {
    doc["clients"][1]["birthday"] = "lunar:1975-8-30";
    const auto r = load_bundle(doc.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.problem().path == "clients[1].birthday");
    CHECK(r.problem().code == "not_a_date");
  }
  SECTION("a lunar date that does not exist is caught by the v2 checks") {
    doc["clients"][1]["birthday"] = "lunar:1975-L08-01";  // 1975 has no leap 8th month
    const auto r = load_bundle(doc.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.problem().code == "no_such_lunar_date");
    CHECK(r.problem().path == "clients[1].lunar_birthday");
  }
  SECTION("missing author") {
    doc["holdings"][0].erase("author");
    const auto r = load_bundle(doc.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.problem().path == "holdings[0].author");
  }
  SECTION("updated before created") {
    doc["clients"][0]["updated_ms"] = 5;
    const auto r = load_bundle(doc.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.problem().code == "out_of_range");
    CHECK(r.problem().path == "clients[0].updated_ms");
  }
  SECTION("assets in yuan that would overflow in fen") {
    doc["clients"][0]["aum_yuan"] = 9000000000000000000LL;
    const auto r = load_bundle(doc.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.problem().path == "clients[0].aum_yuan");
  }
}
