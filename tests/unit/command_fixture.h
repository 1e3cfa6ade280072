// A small manager's book in a Workspace, for the command tests: the owner
// manager m1, a second manager m2, a supervisor s1, clients c1 (m1's) and c2
// (m2's), and today = 2026-12-03. run() dispatches as the owner (or as the
// role given) and returns the workspace's answer.
#pragma once
#include <catch_amalgamated.hpp>

#include <memory>

#include "app/commands/command.h"
#include "app/commands/command_json.h"
#include "app/workspace.h"
#include "core/model/prng.h"
#include "test_ids.h"

namespace rm::test {

struct CommandFixture {
  static constexpr int64_t kNow = 1'796'300'000'000;  // 2026-12-03
  Date today = Date::from_ymd(2026, 12, 3);
  Workspace ws = make();
  int64_t clock = kNow;

  static Workspace make() {
    auto rng = std::make_shared<SplitMix64>(11);
    Random64 random = [rng] { return rng->next(); };
    Book book;
    Manager m1, m2;
    m1.meta.id = tid("m1");
    m1.name = "王芳";
    m2.meta.id = tid("m2");
    m2.name = "李强";
    Supervisor s1;
    s1.meta.id = tid("s1");
    s1.name = "赵主管";
    Client c1, c2;
    c1.meta.id = tid("c1");
    c1.name = "张伟";
    c1.manager_id = tid("m1");
    c1.average_daily_assets = yuan(800'000);
    c2.meta.id = tid("c2");
    c2.name = "刘洋";
    c2.manager_id = tid("m2");
    c2.average_daily_assets = yuan(3'000'000);
    book.settings.owner_manager_id = tid("m1");
    Workspace ws(std::move(book), new_uuid(random), random, kNow);
    REQUIRE(ws.apply({"fixture", {m1, m2, s1, c1, c2}}, kNow).ok());
    return ws;
  }

  CommandContext context(Role role = Role::manager) const {
    return CommandContext{today, role, role == Role::manager ? tid("m1") : tid("s1")};
  }
  Result<int64_t> run(const Command& command, Role role = Role::manager) {
    clock += 1000;
    return ws.dispatch(command, context(role), clock);
  }
  Result<int64_t> run_json(std::string_view json, Role role = Role::manager) {
    Result<Command> c = command_from_json(json);
    if (!c) return c.problem();
    return run(c.value(), role);
  }
  bool undo() { return ws.undo(clock += 1000); }
  // Dispatches a command that must be refused: checks that the refusal says
  // why in both languages and that nothing changed, and returns it.
  Problem refused(const Command& command, Role role = Role::manager) {
    const uint64_t revision = ws.revision();
    Result<int64_t> r = run(command, role);
    REQUIRE_FALSE(r.ok());
    CHECK_FALSE(r.problem().message_en.empty());
    CHECK_FALSE(r.problem().message_zh.empty());
    CHECK(ws.revision() == revision);
    return r.problem();
  }
};

}  // namespace rm::test
