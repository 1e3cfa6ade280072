// Tasks: creating one, ticking it off (Today and the 360° view) and taking the
// tick back, each a command with its own rules.
#include "command_fixture.h"

using namespace rm;
using namespace rm::test;

namespace {
CreateTask visit_task(Date due) {
  CreateTask c;
  c.client_id = tid("c1");
  c.title = "送生日贺卡";
  c.task_kind = TaskKind::greeting;
  c.due = due;
  c.urgent = true;
  c.notes = "手写";
  return c;
}

// Creates a task and returns its id.
RecordId make_task(CommandFixture& f) {
  REQUIRE(f.run(visit_task(f.today)).ok());
  return f.ws.book().tasks.back().meta.id;
}

}  // namespace

TEST_CASE("create task: the task is recorded for the user and one undo removes it") {
  CommandFixture f;
  REQUIRE(f.run(visit_task(f.today.plus_days(3))).value() == 1);
  REQUIRE(f.ws.book().tasks.size() == 1);
  const Task& t = f.ws.book().tasks[0];
  CHECK(t.title == "送生日贺卡");
  CHECK(t.kind == TaskKind::greeting);
  CHECK(t.client_id == tid("c1"));
  CHECK(t.manager_id == tid("m1"));
  CHECK(t.due == f.today.plus_days(3));
  CHECK(t.urgent);
  CHECK_FALSE(t.important);
  CHECK(t.notes == "手写");
  CHECK_FALSE(t.done_on);
  CHECK(f.ws.undo_command() == "create_task");
  REQUIRE(f.undo());
  CHECK(f.ws.book().tasks[0].meta.deleted);

  CreateTask own = visit_task(f.today);
  own.client_id = RecordId{};  // a task about no client
  REQUIRE(f.run(own).ok());
  CHECK(f.ws.book().tasks.back().client_id.empty());
}

TEST_CASE("create task: refusals say why and change nothing") {
  CommandFixture f;
  const uint64_t revision = f.ws.revision();
  CreateTask blank = visit_task(f.today);
  blank.title = "  \xE3\x80\x80 ";
  const Problem p = f.refused(blank);
  CHECK(p.code == "required");
  CHECK(p.path == "title");
  CHECK(p.message_en == "Please fill in the task's title.");
  CHECK(p.message_zh == "请填写待办标题。");
  CreateTask unknown = visit_task(f.today);
  unknown.client_id = tid("nobody");
  CHECK(f.refused(unknown).code == "no_such_client");
  CHECK(f.refused(visit_task(Date{})).path == "due");
  CHECK(f.refused(visit_task(f.today), Role::supervisor).code == "not_allowed");
  CHECK(f.ws.revision() == revision);
  CHECK(f.ws.book().tasks.empty());
}

TEST_CASE("complete task: done today or earlier, once; undo and reopen take it back") {
  CommandFixture f;
  const RecordId id = make_task(f);
  REQUIRE(f.run(CompleteTask{id, f.today.plus_days(-1)}).value() == 1);
  CHECK(f.ws.book().tasks[0].done_on == f.today.plus_days(-1));
  CHECK(f.ws.undo_command() == "complete_task");
  CHECK(f.ws.undo_label() == "完成待办 Complete task");
  REQUIRE(f.undo());
  CHECK_FALSE(f.ws.book().tasks[0].done_on);

  REQUIRE(f.run(CompleteTask{id, f.today}).ok());
  REQUIRE(f.run(ReopenTask{id}).ok());
  CHECK_FALSE(f.ws.book().tasks[0].done_on);
  CHECK(f.ws.undo_command() == "reopen_task");
}

TEST_CASE("complete task: refusals say why and change nothing") {
  CommandFixture f;
  const RecordId id = make_task(f);
  const uint64_t revision = f.ws.revision();
  const Problem future = f.refused(CompleteTask{id, f.today.plus_days(1)});
  CHECK(future.code == "date_in_future");
  CHECK(future.path == "done_on");
  CHECK(f.refused(CompleteTask{tid("nothing"), f.today}).code == "no_such_task");
  CHECK(f.refused(CompleteTask{id, Date{}}).path == "done_on");
  CHECK(f.refused(ReopenTask{id}).code == "not_done");
  CHECK(f.ws.revision() == revision);
  CHECK_FALSE(f.ws.book().tasks[0].done_on);

  REQUIRE(f.run(CompleteTask{id, f.today}).ok());
  const uint64_t done = f.ws.revision();
  CHECK(f.refused(CompleteTask{id, f.today}).code == "already_done");
  CHECK(f.ws.revision() == done);
}

TEST_CASE("task commands: the JSON form reads every field and refuses bad ones") {
  CommandFixture f;
  const std::string c1 = tid("c1").str();
  REQUIRE(f.run_json(R"({"command":"create_task","client_id":")" + c1 +
                     R"(","title":"到期提醒","kind":"maturity","due":"2026-12-09","urgent":true,"important":true,"notes":"n"})")
              .ok());
  const Task& t = f.ws.book().tasks[0];
  CHECK(t.kind == TaskKind::maturity);
  CHECK(t.due == Date::from_ymd(2026, 12, 9));
  CHECK(t.important);
  const std::string id = t.meta.id.str();
  REQUIRE(f.run_json(R"({"command":"complete_task","task_id":")" + id + R"(","done_on":"2026-12-03"})").ok());
  CHECK(f.ws.book().tasks[0].done_on == f.today);
  REQUIRE(f.run_json(R"({"command":"reopen_task","task_id":")" + id + R"("})").ok());
  CHECK_FALSE(f.ws.book().tasks[0].done_on);

  auto problem = [&](const std::string& json) { return f.run_json(json).problem(); };
  CHECK(problem(R"({"command":"create_task","title":"x","kind":"nap","due":"2026-12-09"})").path == "kind");
  CHECK(problem(R"({"command":"create_task","title":"","due":"2026-12-09"})").path == "title");
  CHECK(problem(R"({"command":"complete_task","task_id":")" + id + R"(","done_on":"12/03"})").path == "done_on");
  CHECK(problem(R"({"command":"complete_task","task_id":")" + id + R"(","done_on":"2026-12-03","by":"me"})").code ==
        "unknown_field");
  CHECK(f.ws.book().tasks.size() == 1);
}
