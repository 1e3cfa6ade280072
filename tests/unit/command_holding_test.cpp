// Adding a holding by hand: a known client and product, a non-negative amount,
// dates in order.
#include "command_fixture.h"

using namespace rm;
using namespace rm::test;

namespace {
void add_product(CommandFixture& f) {
  Product p;
  p.meta.id = tid("p1");
  p.name = "稳健理财 90 天";
  p.code = "WJ90";
  REQUIRE(f.ws.apply({"catalogue", {p}}, f.clock += 1000).ok());
}
AddHolding holding(Date start) {
  AddHolding h;
  h.client_id = tid("c1");
  h.product_id = tid("p1");
  h.amount = yuan(500'000);
  h.start = start;
  h.maturity = start.plus_days(90);
  h.expected_return_bp = 320;
  return h;
}
}  // namespace

TEST_CASE("add holding: recorded as given; undo removes it") {
  CommandFixture f;
  add_product(f);
  REQUIRE(f.run(holding(f.today.plus_days(-10))).value() == 1);
  const Holding& h = f.ws.book().holdings.at(0);
  CHECK(h.client_id == tid("c1"));
  CHECK(h.amount == yuan(500'000));
  CHECK(h.maturity == f.today.plus_days(80));
  CHECK(h.expected_return_bp == 320);
  CHECK(f.ws.undo_command() == "add_holding");
  REQUIRE(f.undo());
  CHECK(f.ws.book().holdings[0].meta.deleted);
}

TEST_CASE("add holding: refusals say why and change nothing") {
  CommandFixture f;
  add_product(f);
  const uint64_t revision = f.ws.revision();
  AddHolding negative = holding(f.today);
  negative.amount = -1;
  CHECK(f.refused(negative).path == "amount");
  AddHolding unknown = holding(f.today);
  unknown.product_id = tid("p-none");
  CHECK(f.refused(unknown).code == "no_such_product");
  AddHolding backwards = holding(f.today);
  backwards.maturity = f.today.plus_days(-1);
  CHECK(f.refused(backwards).code == "maturity_before_start");
  CHECK(f.refused(holding(f.today.plus_days(1))).code == "date_in_future");
  AddHolding nobody = holding(f.today);
  nobody.client_id = tid("nobody");
  CHECK(f.refused(nobody).code == "no_such_client");
  CHECK(f.refused(holding(f.today), Role::supervisor).code == "not_allowed");
  CHECK(f.ws.revision() == revision);
}

TEST_CASE("add holding: the JSON form") {
  CommandFixture f;
  add_product(f);
  const std::string ids = R"("client_id":")" + tid("c1").str() + R"(","product_id":")" + tid("p1").str() + R"(")";
  REQUIRE(f.run_json(R"({"command":"add_holding",)" + ids + R"(,"amount":100,"start":"2026-11-01"})").value() == 1);
  CHECK(f.ws.book().holdings.at(0).amount == 100);
  CHECK_FALSE(f.ws.book().holdings.at(0).maturity);
  const uint64_t revision = f.ws.revision();
  CHECK(f.run_json(R"({"command":"add_holding",)" + ids + R"(,"amount":-100,"start":"2026-11-01"})").problem().path ==
        "amount");
  CHECK(f.run_json(R"({"command":"add_holding",)" + ids + R"(,"amount":1,"start":"someday"})").problem().path ==
        "start");
  CHECK(f.ws.revision() == revision);
}
