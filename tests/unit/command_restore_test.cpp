// Going back to a restore point through the RestoreSnapshot command.
#include <memory>

#include "command_fixture.h"

using namespace rm;
using namespace rm::test;

TEST_CASE("restore snapshot: the book goes back to the restore point as one undoable step") {
  CommandFixture f;
  auto restore_point = std::make_shared<const Book>(f.ws.book());
  RecordContact call;
  call.client_id = tid("c1");
  call.date = f.today;
  call.channel = Channel::phone;
  REQUIRE(f.run(call).value() == 1);
  Client renamed = f.ws.book().clients[f.ws.index().client(tid("c1"))];
  renamed.name = "张伟（改）";
  REQUIRE(f.ws.apply({"rename", {renamed}}, f.clock += 1000).ok());

  REQUIRE(f.run(RestoreSnapshot{restore_point}).value() == 2);
  CHECK(f.ws.book().clients[f.ws.index().client(tid("c1"))].name == "张伟");
  CHECK(f.ws.book().contacts[0].meta.deleted);  // made after the restore point
  CHECK(f.ws.undo_command() == "restore_snapshot");
  CHECK(f.ws.undo_label() == "恢复到还原点 Restore a snapshot");

  REQUIRE(f.undo());  // today's book comes back
  CHECK(f.ws.book().clients[f.ws.index().client(tid("c1"))].name == "张伟（改）");
  CHECK_FALSE(f.ws.book().contacts[0].meta.deleted);
}

TEST_CASE("restore snapshot: refused without a restore point, for a supervisor, and as JSON") {
  CommandFixture f;
  const uint64_t revision = f.ws.revision();
  CHECK(f.run(RestoreSnapshot{}).problem().code == "no_snapshot");
  CHECK(f.run(RestoreSnapshot{std::make_shared<const Book>(f.ws.book())}, Role::supervisor).problem().code ==
        "not_allowed");
  const Problem p = f.run_json(R"({"command":"restore_snapshot"})").problem();
  CHECK(p.code == "not_from_json");
  CHECK_FALSE(p.message_zh.empty());
  CHECK(f.ws.revision() == revision);
}
