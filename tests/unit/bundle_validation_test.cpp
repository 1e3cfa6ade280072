// Loading refuses bad input with the JSON path of the first problem, in both
// languages, and never returns part of a book.
#include <catch_amalgamated.hpp>
#include <nlohmann/json.hpp>

#include "core/demo/demo_book.h"
#include "store/bundle.h"

using namespace rm;
using nlohmann::json;

namespace {
const std::string& demo_text() {
  static const std::string text = [] {
    DemoOptions o;
    o.clients = 40;
    return save_bundle(make_demo_book(o));
  }();
  return text;
}

json demo_doc() { return json::parse(demo_text()); }

Problem first_problem(const json& doc) {
  const auto r = load_bundle(doc.dump());
  REQUIRE_FALSE(r.ok());
  return r.problem();
}
}  // namespace

TEST_CASE("a corrupted date is reported at its path") {
  json doc = demo_doc();
  doc["clients"][17]["birthday"] = "1980-02-30";
  const Problem p = first_problem(doc);
  CHECK(p.code == "not_a_date");
  CHECK(p.path == "clients[17].birthday");
  CHECK(p.describe_en() == "clients[17].birthday: not a date (YYYY-MM-DD)");
  CHECK(p.message_zh.find("日期") != std::string::npos);
}

TEST_CASE("a truncated file is reported as damaged JSON with its line") {
  const std::string& text = demo_text();
  const auto cut = text.substr(0, text.size() / 2);
  const auto r = load_bundle(cut);
  REQUIRE_FALSE(r.ok());
  CHECK(r.problem().code == "not_json");
  CHECK(r.problem().message_en.find("line ") != std::string::npos);
  CHECK(r.problem().message_en.find("truncated") != std::string::npos);
  const auto lines = std::count(cut.begin(), cut.end(), '\n') + 1;
  CHECK(r.problem().message_en.find("line " + std::to_string(lines) + ",") != std::string::npos);
}

TEST_CASE("a newer schema version is refused with an update hint") {
  json doc = demo_doc();
  doc["schema_version"] = kBundleSchemaVersion + 1;
  const Problem p = first_problem(doc);
  CHECK(p.code == "newer_schema");
  CHECK(p.path == "schema_version");
  CHECK(p.message_en.find("newer RM Planner") != std::string::npos);
  CHECK(p.message_zh.find("升级") != std::string::npos);
}

TEST_CASE("envelope problems") {
  CHECK(load_bundle("").problem().code == "not_json");
  CHECK(load_bundle("[]").problem().code == "not_a_bundle");
  CHECK(load_bundle("{\"format\":\"excalidraw\"}").problem().code == "not_a_bundle");
  CHECK(load_bundle("{\"format\":\"rmplanner-bundle\"}").problem().path == "schema_version");
  CHECK(load_bundle("{\"format\":\"rmplanner-bundle\",\"schema_version\":0}").problem().code == "unsupported_schema");
  CHECK(load_bundle("{\"format\":\"rmplanner-bundle\",\"schema_version\":\"2\"}").problem().code == "wrong_type");
  CHECK(load_bundle("{\"format\":\"rmplanner-bundle\",\"schema_version\":18446744073709551615}").problem().code ==
        "newer_schema");
  json doc = demo_doc();
  doc.erase("exported_by");
  CHECK(first_problem(doc).path == "exported_by");
  doc = demo_doc();
  doc["exported_at"] = "2026-01-05 10:00";
  CHECK(first_problem(doc).code == "not_a_timestamp");
}

TEST_CASE("field problems carry exact paths and codes") {
  struct Case {
    const char* what;
    std::function<void(json&)> corrupt;
    const char* code;
    const char* path;
  };
  const Case cases[] = {
      {"text expected", [](json& d) { d["clients"][3]["children"] = "two"; }, "wrong_type", "clients[3].children"},
      {"range", [](json& d) { d["products"][2]["ladder_position"] = 16; }, "out_of_range", "products[2].ladder_position"},
      {"float for integer", [](json& d) { d["holdings"][0]["amount"] = 12.5; }, "wrong_type", "holdings[0].amount"},
      {"negative money", [](json& d) { d["clients"][0]["average_daily_assets"] = -1; }, "out_of_range",
       "clients[0].average_daily_assets"},
      {"unknown code", [](json& d) { d["contacts"][4]["channel"] = "telegram"; }, "unknown_code", "contacts[4].channel"},
      {"unknown field", [](json& d) { d["clients"][1]["nickname"] = "x"; }, "unknown_field", "clients[1].nickname"},
      {"nested", [](json& d) { d["households"][2]["balance_sheet"]["mortgage"] = true; }, "wrong_type",
       "households[2].balance_sheet.mortgage"},
      {"in a list", [](json& d) { d["clients"][5]["contact_points"][0]["channel"] = 1; }, "wrong_type",
       "clients[5].contact_points[0].channel"},
      {"missing required", [](json& d) { d["clients"][6].erase("name"); }, "missing", "clients[6].name"},
      {"empty required", [](json& d) { d["managers"][0]["name"] = ""; }, "empty", "managers[0].name"},
      {"bad id", [](json& d) { d["clients"][7]["id"] = "client-7"; }, "not_an_id", "clients[7].id"},
      {"bad reference form", [](json& d) { d["holdings"][1]["client_id"] = "nobody"; }, "not_an_id",
       "holdings[1].client_id"},
      {"the nil UUID as an id", [](json& d) { d["clients"][7]["id"] = "00000000-0000-0000-0000-000000000000"; },
       "not_an_id", "clients[7].id"},
      {"the nil UUID as a reference",
       [](json& d) { d["holdings"][1]["client_id"] = "00000000-0000-0000-0000-000000000000"; }, "not_an_id",
       "holdings[1].client_id"},
      {"an upper-case reference",
       [](json& d) { d["holdings"][1]["client_id"] = "0F8FAD5B-D9CB-469F-A165-70867728950E"; }, "not_an_id",
       "holdings[1].client_id"},
      {"bad stamp", [](json& d) { d["contacts"][0]["created"] = "yesterday"; }, "not_a_stamp", "contacts[0].created"},
      {"clock of unknown field", [](json& d) { d["clients"][0]["_clock"] = {{"shoe_size", d["clients"][0]["created"]}}; },
       "unknown_field", "clients[0]._clock.shoe_size"},
      {"stamp before creation",
       [](json& d) { d["clients"][0]["_clock"] = {{"name", "1:0:aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"}}; },
       "stamp_before_creation", "clients[0]._clock.name"},
      {"no such lunar date",
       [](json& d) { d["clients"][0]["lunar_birthday"] = {{"year", 2023}, {"month", 3}, {"day", 30}, {"leap", true}}; },
       "no_such_lunar_date", "clients[0].lunar_birthday"},
      {"record not an object", [](json& d) { d["tasks"][0] = 5; }, "wrong_type", "tasks[0]"},
      {"array not a list", [](json& d) { d["contacts"] = json::object(); }, "wrong_type", "contacts"},
      {"unknown top-level key", [](json& d) { d["clientz"] = json::array(); }, "unknown_field", "clientz"},
      {"duplicate id", [](json& d) { d["contacts"][1]["id"] = d["contacts"][0]["id"]; }, "duplicate_id", "contacts[1].id"},
      {"dangling reference",
       [](json& d) { d["holdings"][3]["product_id"] = "00000000-0000-4000-8000-000000000000"; }, "dangling_reference",
       "holdings[3].product_id"},
      {"dangling reference in a list",
       [](json& d) { d["client_events"][0]["invitations"][0]["client_id"] = "00000000-0000-4000-8000-000000000000"; },
       "dangling_reference", "client_events[0].invitations[0].client_id"},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    json doc = demo_doc();
    c.corrupt(doc);
    const Problem p = first_problem(doc);
    INFO(p.describe_en());
    CHECK(p.code == c.code);
    CHECK(p.path == c.path);
  }
}

TEST_CASE("a plan file may refer to records it does not carry") {
  json doc = demo_doc();
  doc["holdings"][3]["product_id"] = "00000000-0000-4000-8000-000000000000";
  doc["scope"] = "plan";
  CHECK(load_bundle(doc.dump()).ok());
}

TEST_CASE("a held book that merged plan files loads as a plan; any other problem still refuses it") {
  // A supervisor's book after her managers' hand-ins: clients without their households.
  json doc = demo_doc();
  doc["households"] = json::array();
  REQUIRE_FALSE(load_bundle(doc.dump()).ok());
  auto held = load_held_book(doc.dump());
  REQUIRE(held.ok());
  CHECK(held->export_info.scope == BundleScope::plan);
  CHECK(held->clients.size() == 40);
  // Whole books stay whole.
  auto whole = load_held_book(demo_text());
  REQUIRE(whole.ok());
  CHECK(whole->export_info.scope == BundleScope::book);
  // A dangling reference does not excuse a damaged field.
  doc["clients"][3]["birthday"] = "1980-02-30";
  auto damaged = load_held_book(doc.dump());
  REQUIRE_FALSE(damaged.ok());
  CHECK(damaged.problem().code == "not_a_date");
}

TEST_CASE("a tombstone needs none of the live record's fields") {
  json doc = demo_doc();
  json& c = doc["clients"][0];
  c = {{"id", c["id"]}, {"created", c["created"]}, {"deleted", true}, {"demo", true}};
  const auto r = load_bundle(doc.dump());
  INFO((r ? std::string() : r.problem().describe_en()));
  CHECK(r.ok());
}

TEST_CASE("several problems are listed, nothing is returned, and the count is summarised") {
  json doc = demo_doc();
  doc["clients"][1]["birthday"] = "x";
  doc["clients"][2]["gender"] = "robot";
  doc["contacts"][0]["date"] = 20240101;
  const BundleLoad all = load_bundle_checked(doc.dump());
  CHECK_FALSE(all.book);
  REQUIRE(all.problems.size() == 3);
  CHECK(all.problems[0].path == "clients[1].birthday");
  CHECK(all.problems[1].path == "clients[2].gender");
  CHECK(all.problems[2].path == "contacts[0].date");
  const auto first = load_bundle(doc.dump());
  CHECK(first.problem().message_en.find("(and 2 more problems)") != std::string::npos);
  CHECK(load_bundle_checked(doc.dump(), 1).problems.size() == 1);
}

TEST_CASE("hostile input never crashes the loader") {
  const std::string deep_array(100000, '[');
  const std::string deep_object = [] {
    std::string s;
    for (int i = 0; i < 50000; ++i) s += "{\"a\":";
    return s;
  }();
  const std::string inputs[] = {
      "null", "true", "\"rmplanner-bundle\"", "{", "{\"format\":\"rmplanner-bundle\",\"schema_version\":2,",
      deep_array, deep_object, "\xff\xfe{}", std::string("{\"a\":\"\0\"}", 10), "1e999999",
      "{\"format\":\"rmplanner-bundle\",\"schema_version\":2,\"settings\":[],\"clients\":[[],{},null,1]}",
      "{\"format\":\"rmplanner-bundle\",\"schema_version\":-9223372036854775808}",
  };
  for (const std::string& in : inputs) {
    const auto r = load_bundle(in);
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.problem().message_en.empty());
    CHECK_FALSE(r.problem().message_zh.empty());
  }
}
