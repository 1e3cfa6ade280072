// resolve_conflict: a field two sides edited without seeing each other keeps
// both values after an import; the command keeps one, takes the other or
// sets a third, and no later merge brings the conflict back.
#include "command_fixture.h"

#include "sync/merge.h"

using namespace rm;
using namespace rm::test;

namespace {
const char* const kSupervisorActor = "5bd0c2a4-0000-4000-8000-00000000000a";

// The book as the supervisor hands it back: c1's name changed on her device,
// which had not seen the manager's edit.
Book supervisor_copy(const Book& before) {
  Book theirs = before;
  for (Client& c : theirs.clients) {
    if (c.meta.id != tid("c1")) continue;
    c.name = "张伟（主管）";
    stamp_field(c.meta, "name", Hlc{CommandFixture::kNow + 500, 0, kSupervisorActor});
  }
  return theirs;
}

const Client& c1(const Workspace& ws) {
  for (const Client& c : ws.book().clients)
    if (c.meta.id == tid("c1")) return c;
  FAIL("no c1");
  return ws.book().clients.front();
}

std::string resolve_json(std::string_view choice, std::string_view extra = "") {
  return R"({"command":"resolve_conflict","kind":"clients","id":")" + tid("c1").str() +
         R"(","field":"name","choice":")" + std::string(choice) + "\"" + std::string(extra) + "}";
}
}  // namespace

TEST_CASE("resolve_conflict takes the other value of a concurrent edit, and the conflict stays resolved") {
  CommandFixture fx;
  const Book theirs = supervisor_copy(fx.ws.book());
  Client mine = c1(fx.ws);
  mine.name = "张伟（经理）";
  REQUIRE(fx.ws.apply({"edit", {mine}}, fx.clock += 1000));
  const Result<ImportReport> r = fx.ws.import_book(theirs, fx.clock += 1000);
  REQUIRE(r.ok());
  REQUIRE(r->merge.conflicts.size() == 1);
  CHECK(r->merge.conflicts[0].field == "name");
  CHECK(r->merge.conflicts[0].label == c1(fx.ws).name);
  // The later stamp is the provisional winner: the manager's (kNow + 2000 > kNow + 500).
  CHECK(c1(fx.ws).name == "张伟（经理）");
  CHECK(r->merge.conflicts[0].other_value == "\"张伟（主管）\"");

  REQUIRE(fx.run_json(resolve_json("take")).ok());
  CHECK(c1(fx.ws).name == "张伟（主管）");
  CHECK(c1(fx.ws).meta.conflicts.empty());
  CHECK(open_conflicts(fx.ws.book()).empty());
  // The supervisor's file again: the new stamp had seen her value.
  REQUIRE(fx.ws.import_book(theirs, fx.clock += 1000).ok());
  CHECK(open_conflicts(fx.ws.book()).empty());
  CHECK(c1(fx.ws).name == "张伟（主管）");
  // Nothing left to resolve.
  CHECK(fx.refused(ResolveConflict{"clients", tid("c1"), "name", ConflictChoice::keep, "", ""}).code == "no_conflict");
}

TEST_CASE("resolve_conflict keeps the current value or sets a third, checked like an import") {
  CommandFixture fx;
  const Book theirs = supervisor_copy(fx.ws.book());
  Client mine = c1(fx.ws);
  mine.name = "张伟（经理）";
  REQUIRE(fx.ws.apply({"edit", {mine}}, fx.clock += 1000));
  REQUIRE(fx.ws.import_book(theirs, fx.clock += 1000).ok());
  SECTION("keep") {
    REQUIRE(fx.run_json(resolve_json("keep")).ok());
    CHECK(c1(fx.ws).name == "张伟（经理）");
    CHECK(open_conflicts(fx.ws.book()).empty());
  }
  SECTION("edit") {
    CHECK(fx.run_json(resolve_json("edit", R"(,"value":42)")).problem().code == "not_a_value");
    REQUIRE(fx.run_json(resolve_json("edit", R"(,"value":"张伟")")).ok());
    CHECK(c1(fx.ws).name == "张伟");
    CHECK(open_conflicts(fx.ws.book()).empty());
    REQUIRE(fx.undo());  // one step back: the conflict is settled by a stamp, the value returns
    CHECK(c1(fx.ws).name == "张伟（经理）");
  }
}
