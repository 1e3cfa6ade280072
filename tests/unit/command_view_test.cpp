// Saved views of the Clients screen are records of the book (ClientView):
// saved and deleted through commands, journaled with the book, written to and
// read from the bundle; a book from before they existed still loads.
#include <catch_amalgamated.hpp>

#include <nlohmann/json.hpp>

#include "command_fixture.h"
#include "core/search/client_search.h"
#include "store/bundle.h"

using namespace rm;
using rm::test::CommandFixture;

namespace {
std::string phone_filter() {
  ClientFilter f;
  f.search = "13812345678";
  f.overdue = true;
  return filter_to_json(f);
}
size_t live_views(const Book& b) {
  size_t n = 0;
  for (const ClientView& v : b.client_views) n += !v.meta.deleted;
  return n;
}
}  // namespace

TEST_CASE("save_client_view adds a view, and saving the same name replaces its filter", "[commands][views]") {
  CommandFixture fx;
  REQUIRE(fx.run(SaveClientView{"逾期", phone_filter()}).ok());
  REQUIRE(live_views(fx.ws.book()) == 1);
  const RecordId id = fx.ws.book().client_views[0].meta.id;
  CHECK(filter_from_json(fx.ws.book().client_views[0].filter)->search == "13812345678");
  ClientFilter other;
  other.search = "张";
  REQUIRE(fx.run(SaveClientView{"逾期", filter_to_json(other)}).ok());
  REQUIRE(live_views(fx.ws.book()) == 1);
  CHECK(fx.ws.book().client_views[0].meta.id == id);
  CHECK(filter_from_json(fx.ws.book().client_views[0].filter)->search == "张");
  // Deleted like any record, and undone like any edit.
  REQUIRE(fx.run(DeleteRecord{DeletableKind::client_view, id}).ok());
  CHECK(live_views(fx.ws.book()) == 0);
  fx.ws.undo(fx.clock + 1);
  CHECK(live_views(fx.ws.book()) == 1);
}

TEST_CASE("save_client_view refuses a blank name or a filter that is not one", "[commands][views]") {
  CommandFixture fx;
  CHECK(fx.run(SaveClientView{"  ", phone_filter()}).problem().code == "required");
  CHECK(fx.run(SaveClientView{"x", "not json"}).problem().code == "bad_filter");
  CHECK(fx.run_json(R"({"command":"save_client_view","name":"A","filter":"{\"search\":\"李\"}"})").ok());
  CHECK(live_views(fx.ws.book()) == 1);
}

TEST_CASE("saved views travel in the journal and the bundle; old books without them load", "[commands][views][store]") {
  CommandFixture fx;
  REQUIRE(fx.run(SaveClientView{"电话", phone_filter()}).ok());
  auto entry = fx.ws.take_unsaved(fx.clock);
  REQUIRE(entry);
  CHECK(entry->delta.find("client_views") != std::string::npos);
  const std::string text = fx.ws.snapshot(fx.clock);
  auto back = load_bundle(text);
  REQUIRE(back.ok());
  REQUIRE(back->client_views.size() == 1);
  CHECK(back->client_views[0].name == "电话");
  CHECK(back->client_views[0].filter == fx.ws.book().client_views[0].filter);
  // The same book written before views existed: no "client_views" key at all.
  nlohmann::ordered_json j = nlohmann::ordered_json::parse(text);
  REQUIRE(j.contains("client_views"));
  j.erase("client_views");
  auto old_book = load_bundle(j.dump(2));
  REQUIRE(old_book.ok());
  CHECK(old_book->client_views.empty());
}
