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
  Hlc later = theirs.clients[0].meta.updated;
  later.wall_ms += 60'000;
  stamp_field(theirs.clients[0].meta, "notes", later);
  Client extra = client_named(ws, "周杰");
  extra.meta = new_meta(extra.meta.id, theirs.clients[0].meta.updated);
  theirs.clients.push_back(extra);

  Book older = ws.book();
  older.clients[0].notes = "stale";
  Hlc earlier = older.clients[0].meta.created;
  earlier.wall_ms += 1;
  stamp_field(older.clients[0].meta, "notes", earlier);

  const ImportReport r = ws.import_book(theirs, kT0 + 1000).value();
  CHECK(r.added == 1);
  CHECK(r.updated == 1);
  CHECK(ws.book().clients[0].notes == "supervisor note");
  const ImportReport r2 = ws.import_book(older, kT0 + 2000).value();
  // Neither edit had seen the other: the later stays, the older is kept as a conflict.
  CHECK(r2.updated == 1);
  CHECK(r2.merge.conflicts.size() == 1);
  CHECK(ws.book().clients[0].notes == "supervisor note");
  REQUIRE(ws.undo(kT0 + 3000));  // each import is one step
  REQUIRE(ws.undo(kT0 + 4000));
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

// The Workspace finds a record by id through per-kind positions kept as
// records are appended; these are the moments those positions could go stale.
namespace {
// Renames the client with ID through an edit and returns the journal entry's
// clients, which must be exactly that one record.
std::vector<Client> rename_and_journal(Workspace& ws, const RecordId& id, const char* name, int64_t now) {
  const uint32_t at = ws.index().client(id);
  REQUIRE(at != BookIndex::npos);
  Client c = ws.book().clients[at];
  c.name = name;
  const size_t count = ws.book().clients.size();
  REQUIRE(ws.apply({"rename", {c}}, now).value() == 1);
  CHECK(ws.book().clients.size() == count);  // changed in place, not appended again
  CHECK(ws.book().clients[at].name == name);
  auto entry = ws.take_unsaved(now + 1);
  REQUIRE(entry);
  auto delta = load_bundle(entry->delta);
  INFO((delta.ok() ? std::string() : delta.problem().describe_en()));
  REQUIRE(delta.ok());
  return delta->clients;
}
}  // namespace

TEST_CASE("records are found by id after remove_demo_data moves them") {
  Workspace ws = make_workspace();
  Client demo1 = client_named(ws, "演示一"), demo2 = client_named(ws, "演示二"), mine = client_named(ws, "陈静");
  demo1.meta.demo = demo2.meta.demo = true;
  REQUIRE(ws.apply({"a", {demo1, demo2, mine}}, kT0).value() == 3);
  (void)rename_and_journal(ws, mine.meta.id, "陈静 (1)", kT0 + 10);  // positions known: mine at 2
  ws.remove_demo_data();
  REQUIRE(ws.book().clients.size() == 1);  // mine is now at 0
  const std::vector<Client> saved = rename_and_journal(ws, mine.meta.id, "陈静 (2)", kT0 + 20);
  REQUIRE(saved.size() == 1);
  CHECK(saved[0].meta.id == mine.meta.id);
  CHECK(saved[0].name == "陈静 (2)");
  // A new record after the removal is appended once and found again.
  Client later = client_named(ws, "新客户");
  REQUIRE(ws.apply({"b", {later}}, kT0 + 30).value() == 1);
  CHECK(rename_and_journal(ws, later.meta.id, "新客户 (1)", kT0 + 40).size() == 1);
  CHECK(ws.book().clients.size() == 2);
}

TEST_CASE("records replayed or imported are found by id by the next edit") {
  Workspace ws = make_workspace();
  Client first = client_named(ws, "李娜");
  REQUIRE(ws.apply({"a", {first}}, kT0).value() == 1);
  (void)ws.take_unsaved(kT0 + 1);  // positions of clients known from here on

  Book delta;
  Client replayed = client_named(ws, "王芳");
  replayed.meta = new_meta(replayed.meta.id, Hlc{kT0 + 2, 0, ws.actor()});
  delta.clients = {replayed};
  ws.replay(std::move(delta));
  REQUIRE(ws.book().clients.size() == 2);
  std::vector<Client> saved = rename_and_journal(ws, replayed.meta.id, "王芳 (1)", kT0 + 10);
  REQUIRE(saved.size() == 1);
  CHECK(saved[0].meta.id == replayed.meta.id);

  Book theirs;
  Client imported = client_named(ws, "周杰");
  const std::string other_device = ws.new_id().str();  // an actor is a UUID's text
  imported.meta = new_meta(imported.meta.id, Hlc{kT0 + 20, 0, other_device});
  theirs.clients = {imported};
  REQUIRE(ws.import_book(std::move(theirs), kT0 + 30)->added == 1);
  (void)ws.take_unsaved(kT0 + 31);
  saved = rename_and_journal(ws, imported.meta.id, "周杰 (1)", kT0 + 40);
  REQUIRE(saved.size() == 1);
  CHECK(saved[0].name == "周杰 (1)");
  CHECK(rename_and_journal(ws, first.meta.id, "李娜 (1)", kT0 + 50)[0].meta.id == first.meta.id);
  CHECK(ws.book().clients.size() == 3);
}

TEST_CASE("a journal entry holds exactly the unsaved records, of every kind, and a failed one puts them back") {
  Workspace ws = make_workspace();
  Client a = client_named(ws, "甲"), b = client_named(ws, "乙"), c = client_named(ws, "丙");
  Manager m;
  m.meta.id = ws.new_id();
  m.name = "王经理";
  REQUIRE(ws.apply({"a", {a, b, c, m}}, kT0).value() == 4);
  (void)ws.take_unsaved(kT0 + 1);

  Client b2 = ws.book().clients[1];
  b2.manager_id = m.meta.id;
  Task t;
  t.meta.id = ws.new_id();
  t.title = "回访";
  t.client_id = b.meta.id;
  REQUIRE(ws.apply({"b", {b2, t}}, kT0 + 10).value() == 2);
  auto entry = ws.take_unsaved(kT0 + 11);
  REQUIRE(entry);
  auto delta = load_bundle(entry->delta);
  REQUIRE(delta.ok());
  REQUIRE(delta->clients.size() == 1);
  CHECK(delta->clients[0].meta.id == b.meta.id);
  CHECK(delta->clients[0].manager_id == m.meta.id);
  REQUIRE(delta->tasks.size() == 1);
  CHECK(delta->tasks[0].meta.id == t.meta.id);
  CHECK(delta->managers.empty());
  CHECK_FALSE(ws.has_unsaved_changes());

  // The write failed, then c changed: the retry carries b, t and c.
  ws.journal_failed(entry->sequence);
  Client c2 = ws.book().clients[2];
  c2.notes = "改天再约";
  REQUIRE(ws.apply({"c", {c2}}, kT0 + 20).value() == 1);
  auto retry = ws.take_unsaved(kT0 + 21);
  REQUIRE(retry);
  auto d2 = load_bundle(retry->delta);
  REQUIRE(d2.ok());
  REQUIRE(d2->clients.size() == 2);
  CHECK(d2->clients[0].meta.id != d2->clients[1].meta.id);
  CHECK(d2->tasks.size() == 1);
  CHECK(d2->managers.empty());

  // Undo touches the same records again: the next entry holds them once each.
  ws.journal_saved(retry->sequence);
  REQUIRE(ws.undo(kT0 + 30));
  auto undone = ws.take_unsaved(kT0 + 31);
  REQUIRE(undone);
  auto d3 = load_bundle(undone->delta);
  REQUIRE(d3.ok());
  REQUIRE(d3->clients.size() == 1);
  CHECK(d3->clients[0].notes.empty());
}
