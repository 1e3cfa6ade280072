// Bulk actions on the Clients screen's selection: assigning clients to a
// manager and tagging them, each one command and one undo step.
#include "command_fixture.h"

using namespace rm;
using namespace rm::test;

namespace {
const Client& client(const CommandFixture& f, const char* name) {
  return f.ws.book().clients[f.ws.index().client(tid(name))];
}

}  // namespace

TEST_CASE("assign clients: the clients move to the manager, those already hers are skipped, one undo") {
  CommandFixture f;
  // c2 is m2's already: only c1 changes.
  REQUIRE(f.run(AssignClients{{tid("c1"), tid("c2")}, tid("m2")}).value() == 1);
  CHECK(client(f, "c1").manager_id == tid("m2"));
  CHECK(client(f, "c2").manager_id == tid("m2"));
  CHECK(f.ws.undo_command() == "assign_clients");
  CHECK(f.ws.undo_label() == "批量分配客户经理 Assign clients to a manager");

  REQUIRE(f.undo());
  CHECK(client(f, "c1").manager_id == tid("m1"));
  CHECK(client(f, "c2").manager_id == tid("m2"));
}

TEST_CASE("assign clients: a supervisor may reassign a book too") {
  CommandFixture f;
  REQUIRE(f.run(AssignClients{{tid("c1"), tid("c2")}, tid("m1")}, Role::supervisor).value() == 1);
  CHECK(client(f, "c2").manager_id == tid("m1"));
}

TEST_CASE("assign clients: refusals say why and change nothing") {
  CommandFixture f;
  const uint64_t revision = f.ws.revision();
  CHECK(f.refused(AssignClients{{tid("c1")}, tid("nobody")}).code == "no_such_manager");
  Problem p = f.refused(AssignClients{{tid("c1"), tid("ghost"), tid("c2")}, tid("m2")});
  CHECK(p.code == "no_such_client");
  CHECK(p.path == "client_ids/1");
  CHECK(p.message_en.find(tid("ghost").str()) != std::string::npos);  // names the first unknown client
  CHECK(f.refused(AssignClients{{}, tid("m2")}).code == "no_clients");
  CHECK(f.ws.revision() == revision);
  CHECK(client(f, "c1").manager_id == tid("m1"));

  // A removed manager and a deleted client are as good as unknown.
  Manager gone = f.ws.book().managers[f.ws.index().manager(tid("m2"))];
  gone.meta.deleted = true;
  Client deleted = client(f, "c2");
  deleted.meta.deleted = true;
  REQUIRE(f.ws.apply({"remove", {gone, deleted}}, f.clock += 1000).ok());
  const uint64_t after_removal = f.ws.revision();
  CHECK(f.refused(AssignClients{{tid("c1")}, tid("m2")}).code == "no_such_manager");
  CHECK(f.refused(AssignClients{{tid("c1"), tid("c2")}, tid("m1")}).path == "client_ids/1");
  CHECK(f.ws.revision() == after_removal);
}

TEST_CASE("assign clients: the JSON form reads every field and refuses bad ones") {
  CommandFixture f;
  const std::string c1 = tid("c1").str(), m2 = tid("m2").str();
  REQUIRE(f.run_json(R"({"command":"assign_clients","client_ids":[")" + c1 + R"("],"manager_id":")" + m2 + R"("})")
              .value() == 1);
  CHECK(client(f, "c1").manager_id == tid("m2"));

  auto problem = [&](const std::string& json) { return f.run_json(json).problem(); };
  CHECK(problem(R"({"command":"assign_clients","client_ids":")" + c1 + R"(","manager_id":")" + m2 + R"("})").path ==
        "client_ids");
  CHECK(problem(R"({"command":"assign_clients","client_ids":[")" + c1 + R"("]})").path == "manager_id");
  CHECK(problem(R"({"command":"assign_clients","client_ids":[")" + c1 + R"("],"manager_id":")" + m2 +
                R"(","manager":"x"})")
            .code == "unknown_field");
}

TEST_CASE("tag clients: the trimmed tag is added where missing, one undo removes it") {
  CommandFixture f;
  Client tagged = client(f, "c2");
  tagged.tags = {"高净值"};
  REQUIRE(f.ws.apply({"tag", {tagged}}, f.clock += 1000).ok());

  REQUIRE(f.run(TagClients{{tid("c1"), tid("c2")}, "  高净值\u3000"}).value() == 1);  // c2 has it already
  CHECK(client(f, "c1").tags == std::vector<std::string>{"高净值"});
  CHECK(client(f, "c2").tags == std::vector<std::string>{"高净值"});
  CHECK(f.ws.undo_command() == "tag_clients");
  REQUIRE(f.undo());
  CHECK(client(f, "c1").tags.empty());
  CHECK(client(f, "c2").tags == std::vector<std::string>{"高净值"});
}

TEST_CASE("tag clients: refusals say why and change nothing") {
  CommandFixture f;
  const uint64_t revision = f.ws.revision();
  CHECK(f.refused(TagClients{{tid("c1")}, " \t "}).code == "required");
  CHECK(f.refused(TagClients{{tid("c1")}, std::string(25, 'x')}).code == "too_long");
  CHECK(f.run(TagClients{{tid("c1")}, "一二三四五六七八九十一二三四五六七八九十一二三四"}).ok());  // 24 hanzi fit
  const uint64_t tagged = f.ws.revision();
  CHECK(f.refused(TagClients{{tid("ghost"), tid("c1")}, "VIP"}).path == "client_ids/0");
  CHECK(f.refused(TagClients{{}, "VIP"}).code == "no_clients");
  CHECK(f.refused(TagClients{{tid("c1")}, "VIP"}, Role::supervisor).code == "not_allowed");
  CHECK(f.ws.revision() == tagged);
  CHECK(tagged == revision + 1);
}

TEST_CASE("tag clients: the JSON form reads every field and refuses bad ones") {
  CommandFixture f;
  const std::string c1 = tid("c1").str();
  REQUIRE(f.run_json(R"({"command":"tag_clients","client_ids":[")" + c1 + R"("],"tag":"理财"})").value() == 1);
  CHECK(client(f, "c1").tags == std::vector<std::string>{"理财"});

  auto problem = [&](const std::string& json) { return f.run_json(json).problem(); };
  CHECK(problem(R"({"command":"tag_clients","client_ids":[")" + c1 + R"("]})").path == "tag");
  CHECK(problem(R"({"command":"tag_clients","client_ids":[")" + c1 + R"("],"tag":7})").path == "tag");
  CHECK(problem(R"({"command":"tag_clients","client_ids":["not-an-id"],"tag":"x"})").path == "client_ids");
  CHECK(problem(R"({"command":"tag_clients","client_ids":[")" + c1 + R"("],"tag":"x","tags":["y"]})").code ==
        "unknown_field");
}
