#include <catch_amalgamated.hpp>

#include "app/restore.h"
#include "app/workspace.h"
#include "core/model/prng.h"
#include "store/bundle.h"

using namespace rm;

namespace {
constexpr int64_t kT0 = 1'790'000'000'000;  // 2026-09

Workspace make_workspace() {
  auto rng = std::make_shared<SplitMix64>(7);
  Random64 random = [rng] { return rng->next(); };
  const std::string actor = new_uuid(random);
  return Workspace(Book{}, actor, random, kT0);
}

Client client_named(Workspace& ws, const char* name) {
  Client c;
  c.meta.id = ws.new_id();
  c.name = name;
  c.average_daily_assets = yuan(500'000);
  return c;
}
}  // namespace

TEST_CASE("an edit creates records, stamps changed fields and can be undone and redone") {
  Workspace ws = make_workspace();
  Client c = client_named(ws, "张伟");
  REQUIRE(ws.apply({"new client", {c}}, kT0).value() == 1);
  REQUIRE(ws.book().clients.size() == 1);
  CHECK(ws.book().clients[0].meta.created.actor == ws.actor());
  CHECK(ws.index().client(c.meta.id) == 0);

  Client edited = ws.book().clients[0];
  edited.region = "上海";
  REQUIRE(ws.apply({"edit", {edited}}, kT0 + 1000).value() == 1);
  const RecordMeta& meta = ws.book().clients[0].meta;
  REQUIRE(meta.clocks.size() == 1);
  CHECK(meta.clocks[0].field == "region");
  CHECK(meta.created < meta.updated);

  // An edit that changes nothing is not a step.
  CHECK(ws.apply({"same", {ws.book().clients[0]}}, kT0 + 2000).value() == 0);
  CHECK(ws.undo_label() == "edit");

  REQUIRE(ws.undo(kT0 + 3000));
  CHECK(ws.book().clients[0].region.empty());
  REQUIRE(ws.undo(kT0 + 4000));
  CHECK(ws.book().clients[0].meta.deleted);  // undoing a creation deletes
  CHECK_FALSE(ws.can_undo());
  REQUIRE(ws.redo(kT0 + 5000));
  CHECK_FALSE(ws.book().clients[0].meta.deleted);
  CHECK(ws.book().clients[0].name == "张伟");
  REQUIRE(ws.redo(kT0 + 6000));
  CHECK(ws.book().clients[0].region == "上海");
}

TEST_CASE("journal entries carry only changed records and failed writes are retried") {
  Workspace ws = make_workspace();
  REQUIRE(ws.apply({"a", {client_named(ws, "李娜"), client_named(ws, "王芳")}}, kT0));
  auto first = ws.take_unsaved(kT0 + 10);
  REQUIRE(first);
  CHECK_FALSE(ws.has_unsaved_changes());
  auto delta = load_bundle(first->delta);
  INFO((delta.ok() ? std::string() : delta.problem().describe_en()));
  REQUIRE(delta.ok());
  CHECK(delta->clients.size() == 2);

  ws.journal_failed(first->sequence);
  REQUIRE(ws.has_unsaved_changes());
  auto retry = ws.take_unsaved(kT0 + 20);
  REQUIRE(retry);
  CHECK(retry->sequence == first->sequence + 1);
  ws.journal_saved(retry->sequence);

  Client c = ws.book().clients[1];
  c.notes = "喜欢下午联系";
  REQUIRE(ws.apply({"note", {c}}, kT0 + 30));
  auto second = ws.take_unsaved(kT0 + 40);
  REQUIRE(second);
  auto d2 = load_bundle(second->delta);
  REQUIRE(d2.ok());
  REQUIRE(d2->clients.size() == 1);
  CHECK(d2->clients[0].notes == "喜欢下午联系");

  // Replaying snapshot + journal rebuilds the same book.
  Workspace restored = make_workspace();
  restored.replay(std::move(delta.value()));
  restored.replay(std::move(d2.value()));
  CHECK(save_bundle(restored.book()) == save_bundle(ws.book()));
}

TEST_CASE("an import keeps the newer version of each record") {
  Workspace ws = make_workspace();
  REQUIRE(ws.apply({"a", {client_named(ws, "赵敏")}}, kT0));
  Book theirs = ws.book();
  theirs.clients[0].notes = "supervisor note";
  theirs.clients[0].meta.updated.wall_ms += 60'000;
  Client extra = client_named(ws, "周杰");
  extra.meta = new_meta(extra.meta.id, theirs.clients[0].meta.updated);
  theirs.clients.push_back(extra);

  Book older = ws.book();
  older.clients[0].notes = "stale";
  older.clients[0].meta.updated.wall_ms -= 60'000;

  const ImportReport r = ws.import_book(theirs, kT0 + 1000);
  CHECK(r.added == 1);
  CHECK(r.updated == 1);
  CHECK(ws.book().clients[0].notes == "supervisor note");
  const ImportReport r2 = ws.import_book(older, kT0 + 2000);
  CHECK(r2.unchanged == 1);
  CHECK(ws.book().clients[0].notes == "supervisor note");
  REQUIRE(ws.undo(kT0 + 3000));  // the import is one step
  CHECK(ws.book().clients[0].notes.empty());
}

TEST_CASE("restoring an older book is one undoable edit that changes only what differs") {
  Workspace ws = make_workspace();
  Client kept = client_named(ws, "王芳");
  Client renamed = client_named(ws, "李娜");
  Client removed = client_named(ws, "赵敏");
  REQUIRE(ws.apply({"three clients", {kept, renamed, removed}}, kT0).value() == 3);
  const Book restore_point = ws.book();

  Client r = ws.book().clients[1];
  r.name = "李娜娜";
  Client gone = ws.book().clients[2];
  gone.meta.deleted = true;
  Client added = client_named(ws, "孙丽");
  REQUIRE(ws.apply({"later work", {r, gone, added}}, kT0 + 1000).value() == 3);

  const Edit edit = restore_edit(ws.book(), restore_point, "restore");
  // 李娜 renamed back, 赵敏 revived, 孙丽 deleted; 王芳 is not touched.
  REQUIRE(edit.puts.size() == 3);
  REQUIRE(ws.apply(edit, kT0 + 2000).value() == 3);
  const auto& cs = ws.book().clients;
  REQUIRE(cs.size() == 4);
  CHECK(cs[0].name == "王芳");
  CHECK(cs[0].meta.clocks.empty());
  CHECK(cs[1].name == "李娜");
  CHECK_FALSE(cs[2].meta.deleted);
  CHECK(cs[2].name == "赵敏");
  CHECK(cs[3].meta.deleted);
  // The restored values carry the newest stamps, so a merge keeps them.
  CHECK(field_stamp(cs[1].meta, "name").wall_ms == kT0 + 2000);
  CHECK(restore_edit(ws.book(), restore_point, "again").puts.empty());  // restoring twice changes nothing more
  REQUIRE(ws.undo(kT0 + 3000));
  CHECK(ws.book().clients[1].name == "李娜娜");
  CHECK(ws.book().clients[2].meta.deleted);
  CHECK_FALSE(ws.book().clients[3].meta.deleted);
}

namespace {
// The Workspace's index, extended edit by edit, must equal one built afresh.
void check_index_matches_fresh(const Workspace& ws) {
  const Book& b = ws.book();
  const BookIndex fresh(b);
  for (uint32_t i = 0; i < b.clients.size(); ++i) {
    CHECK(ws.index().client(b.clients[i].meta.id) == i);
    CHECK(ws.index().contacts_of(i) == fresh.contacts_of(i));
    CHECK(ws.index().tasks_of(i) == fresh.tasks_of(i));
  }
}
}  // namespace

TEST_CASE("the index follows edits without a rebuild, and equals a fresh one") {
  Workspace ws = make_workspace();
  std::vector<AnyRecord> clients;
  for (const char* name : {"甲", "乙", "丙"}) clients.emplace_back(client_named(ws, name));
  REQUIRE(ws.apply({"clients", clients}, kT0).value() == 3);
  check_index_matches_fresh(ws);

  // Many appends: the vectors reallocate on the way.
  for (int i = 0; i < 40; ++i) {
    Contact c;
    c.meta.id = ws.new_id();
    c.client_id = ws.book().clients[static_cast<size_t>(i % 3)].meta.id;
    c.date = Date::from_ymd(2026, 9, 1 + i % 28);
    REQUIRE(ws.apply({"contact", {c}}, kT0 + i).value() == 1);
    if (i % 7 == 0) {
      Client added = client_named(ws, "新");
      REQUIRE(ws.apply({"client", {added}}, kT0 + i).value() == 1);
    }
  }
  check_index_matches_fresh(ws);
  CHECK(ws.index().contacts_of(0).size() == 14);

  // A field edit keeps the index; a move to another client regroups it.
  Contact edited = ws.book().contacts[5];
  edited.notes = "改了备注";
  REQUIRE(ws.apply({"notes", {edited}}, kT0 + 100).value() == 1);
  check_index_matches_fresh(ws);
  Contact moved = ws.book().contacts[6];
  moved.client_id = ws.book().clients[2].meta.id;
  REQUIRE(ws.apply({"move", {moved}}, kT0 + 101).value() == 1);
  check_index_matches_fresh(ws);
  Client renamed = ws.book().clients[1];
  renamed.name = "乙乙";
  REQUIRE(ws.apply({"rename", {renamed}}, kT0 + 102).value() == 1);
  check_index_matches_fresh(ws);
  CHECK(ws.index().client(renamed.meta.id) == 1);

  REQUIRE(ws.undo(kT0 + 200));
  REQUIRE(ws.undo(kT0 + 201));
  check_index_matches_fresh(ws);
  REQUIRE(ws.redo(kT0 + 202));
  check_index_matches_fresh(ws);
}
