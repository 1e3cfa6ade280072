// Deleting a record by hand: a tombstone, brought back by undo.
#include "command_fixture.h"

using namespace rm;
using namespace rm::test;

namespace {
void add_task(CommandFixture& f) {
  Task t;
  t.meta.id = tid("t1");
  t.title = "回访";
  t.client_id = tid("c1");
  t.manager_id = tid("m1");
  t.due = f.today;
  REQUIRE(f.ws.apply({"task", {t}}, f.clock += 1000).ok());
}
}  // namespace

TEST_CASE("delete record: the record becomes a tombstone; undo brings it back") {
  CommandFixture f;
  add_task(f);
  REQUIRE(f.run(DeleteRecord{DeletableKind::task, tid("t1")}).value() == 1);
  CHECK(f.ws.book().tasks[0].meta.deleted);
  CHECK(f.ws.undo_command() == "delete_record");
  REQUIRE(f.undo());
  CHECK_FALSE(f.ws.book().tasks[0].meta.deleted);
  CHECK(f.ws.book().tasks[0].title == "回访");

  REQUIRE(f.run(*delete_record_of(AnyRecord(f.ws.book().clients[f.ws.index().client(tid("c2"))]))).ok());
  CHECK(f.ws.book().clients[f.ws.index().client(tid("c2"))].meta.deleted);
}

TEST_CASE("delete record: refusals say why and change nothing") {
  CommandFixture f;
  add_task(f);
  const uint64_t revision = f.ws.revision();
  CHECK(f.refused(DeleteRecord{DeletableKind::task, tid("nothing")}).code == "no_such_record");
  CHECK(f.refused(DeleteRecord{DeletableKind::contact, tid("t1")}).code == "no_such_record");  // not a contact
  CHECK(f.refused(DeleteRecord{DeletableKind::task, tid("t1")}, Role::supervisor).code == "not_allowed");
  CHECK(f.ws.revision() == revision);
  REQUIRE(f.run(DeleteRecord{DeletableKind::task, tid("t1")}).ok());
  CHECK(f.refused(DeleteRecord{DeletableKind::task, tid("t1")}).code == "no_such_record");  // already gone
}

TEST_CASE("delete record: the JSON form") {
  CommandFixture f;
  add_task(f);
  REQUIRE(f.run_json(R"({"command":"delete_record","kind":"task","id":")" + tid("t1").str() + R"("})").value() == 1);
  CHECK(f.run_json(R"({"command":"delete_record","kind":"planet","id":")" + tid("t1").str() + R"("})").problem().path ==
        "kind");
  CHECK(f.run_json(R"({"command":"delete_record","kind":"task"})").problem().path == "id");
}
