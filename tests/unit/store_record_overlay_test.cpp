// Changing a record from JSON through the bundle schema: the same checks as a
// file, the record's identity kept.
#include <catch_amalgamated.hpp>

#include "store/record_overlay.h"
#include "test_ids.h"

using namespace rm;
using namespace rm::test;
using nlohmann::json;

TEST_CASE("record overlay: named fields change, the rest and the identity stay") {
  Client c;
  c.meta.id = tid("c1");
  c.name = "张伟";
  c.employer = "中信";
  c.average_daily_assets = 100;
  Result<Client> r = overlay_record(c, json{{"name", "张伟明"},
                                            {"gender", "male"},
                                            {"birthday", "1980-02-29"},
                                            {"average_daily_assets", 80000000},
                                            {"manager_id", tid("m2").str()}});
  INFO((r.ok() ? std::string() : r.problem().describe_en()));
  REQUIRE(r.ok());
  CHECK(r->name == "张伟明");
  CHECK(r->gender == Gender::male);
  CHECK(r->birthday == Date::from_ymd(1980, 2, 29));
  CHECK(r->average_daily_assets == 80000000);
  CHECK(r->manager_id == tid("m2"));
  CHECK(r->employer == "中信");
  CHECK(r->meta.id == tid("c1"));
  CHECK(overlay_record(r.value(), json{{"birthday", nullptr}})->birthday == std::nullopt);
  CHECK(record_keys<Client>().front() == "name");
}

TEST_CASE("record overlay: a bad field is refused with its path, as a file would be") {
  Client c;
  c.meta.id = tid("c1");
  c.name = "张伟";
  auto problem = [&](const json& changes) { return overlay_record(c, changes).problem(); };
  CHECK(problem(json{{"gender", "robot"}}).path == "changes.gender");
  CHECK(problem(json{{"birthday", "1980-02-30"}}).path == "changes.birthday");
  CHECK(problem(json{{"average_daily_assets", -1}}).path == "changes.average_daily_assets");
  CHECK(problem(json{{"name", ""}}).path == "changes.name");
  CHECK(problem(json{{"nmae", "x"}}).code == "unknown_field");
  CHECK(problem(json{{"id", tid("c2").str()}}).code == "unknown_field");
  CHECK(problem(json::array()).code == "wrong_type");
  CHECK(overlay_record(c, json{{"gender", "robot"}}, "").problem().path == "gender");
}
