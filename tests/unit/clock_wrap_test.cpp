// The hybrid logical clock never wraps, an import cannot push it to the end
// of its range, and a journal entry that would not load back is never handed
// out to be reported durable (docs/storage.md, "Clocks").
#include <catch_amalgamated.hpp>

#include <limits>

#include "app/workspace.h"
#include "core/model/prng.h"
#include "store/bundle.h"

using namespace rm;

namespace {
constexpr int64_t kNow = 1'790'000'000'000;  // 2026-09
constexpr uint32_t kLastCounter = std::numeric_limits<uint32_t>::max();
constexpr int64_t kLastWall = std::numeric_limits<int64_t>::max();
const std::string kA = "0f8fad5b-d9cb-469f-a165-70867728950e";
const std::string kB = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

Random64 test_random(uint64_t seed) {
  auto rng = std::make_shared<SplitMix64>(seed);
  return [rng] { return rng->next(); };
}

Workspace workspace_over(Book book) {
  Random64 random = test_random(11);
  const std::string actor = new_uuid(random);
  return Workspace(std::move(book), actor, random, kNow);
}

// A valid bundle, as another device could export it, with one client stamped STAMP.
std::string bundle_with_client_stamped(const Hlc& stamp) {
  Random64 random = test_random(5);
  Book book;
  book.export_info = {kB, kNow, BundleScope::plan};
  Client c;
  c.meta = new_meta(new_record_id(random), stamp);
  c.name = "张伟";
  c.average_daily_assets = yuan(600'000);
  book.clients.push_back(c);
  return save_bundle(book);
}

// Opening as the app does: the snapshot, then each journal entry replayed.
Book reopen(const std::string& snapshot, const std::vector<std::string>& journal) {
  Result<Book> base = load_bundle(snapshot);
  REQUIRE(base.ok());
  Workspace ws = workspace_over(std::move(base.value()));
  for (const std::string& entry : journal) {
    Result<Book> delta = load_bundle(entry);
    INFO((delta.ok() ? std::string() : delta.problem().describe_en()));
    REQUIRE(delta.ok());  // the next open refuses nothing that was saved
    ws.replay(std::move(delta.value()));
  }
  return ws.book();
}
}  // namespace

TEST_CASE("HLC tick carries a full counter into the millisecond instead of wrapping") {
  HlcClock clock(kA, Hlc{5000, kLastCounter - 1, kA});
  const Hlc a = clock.tick(100);
  const Hlc b = clock.tick(100);
  const Hlc c = clock.tick(100);
  CHECK(a == Hlc{5000, kLastCounter, kA});
  CHECK(b == Hlc{5001, 0, kA});
  CHECK(c == Hlc{5001, 1, kA});
  CHECK(a < b);
  CHECK(b < c);
}

TEST_CASE("HLC receive of a stamp with the largest counter orders after it") {
  SECTION("remote wall ahead") {
    HlcClock clock(kA);
    const Hlc remote{9000, kLastCounter, kB};
    const Hlc seen = clock.receive(remote, 1000);
    CHECK(remote < seen);
    CHECK(seen == Hlc{9001, 0, kA});
    CHECK(seen < clock.tick(1000));
  }
  SECTION("same wall on both sides") {
    HlcClock clock(kA, Hlc{9000, kLastCounter, kA});
    const Hlc seen = clock.receive(Hlc{9000, 7, kB}, 100);
    CHECK(seen == Hlc{9001, 0, kA});
  }
  SECTION("local wall ahead") {
    HlcClock clock(kA, Hlc{9000, kLastCounter, kA});
    CHECK(clock.receive(Hlc{10, 7, kB}, 100) == Hlc{9001, 0, kA});
  }
}

TEST_CASE("HLC at the very last stamp stays there and never goes back") {
  HlcClock clock(kA, Hlc{kLastWall, kLastCounter, kA});
  CHECK(clock.tick(kNow) == Hlc{kLastWall, kLastCounter, kA});
  CHECK(clock.receive(Hlc{kLastWall, kLastCounter, kB}, kNow) == Hlc{kLastWall, kLastCounter, kA});
  HlcClock near(kA, Hlc{kLastWall, kLastCounter - 1, kA});
  CHECK(near.tick(0).counter == kLastCounter);
  CHECK(near.tick(0).counter == kLastCounter);
}

TEST_CASE("stamps are acceptable to import up to a day ahead and below the counter limit") {
  CHECK(stamp_acceptable(Hlc{kNow, 0, kB}, kNow));
  CHECK(stamp_acceptable(Hlc{kNow + kMaxStampAheadMs, 0, kB}, kNow));
  CHECK_FALSE(stamp_acceptable(Hlc{kNow + kMaxStampAheadMs + 1, 0, kB}, kNow));
  CHECK_FALSE(stamp_acceptable(Hlc{kLastWall, 0, kB}, kNow));
  CHECK(stamp_acceptable(Hlc{kNow, kMaxImportedCounter, kB}, kNow));
  CHECK_FALSE(stamp_acceptable(Hlc{kNow, kMaxImportedCounter + 1, kB}, kNow));
  CHECK_FALSE(stamp_acceptable(Hlc{kNow - 5000, kLastCounter, kB}, kNow));
  CHECK(stamp_acceptable(Hlc{kLastWall, 0, kB}, kLastWall - 5));  // no overflow in the limit
}

TEST_CASE("an import with counter 4294967295 is clamped, flagged and merged") {
  Workspace ws = workspace_over(Book{});
  const std::string file = bundle_with_client_stamped(Hlc{kNow - 60'000, kLastCounter, kB});
  BundleLoad load = load_bundle_checked(file);
  REQUIRE(load.book);  // a valid file: the loader has no clock to judge it by
  const Result<ImportReport> r = ws.import_book(std::move(*load.book), kNow);
  REQUIRE(r.ok());
  CHECK(r->added == 1);
  CHECK(r->merge.clamped_stamps >= 1);
  REQUIRE_FALSE(r->merge.clamped_paths.empty());
  CHECK(r->merge.clamped_paths.front() == "clients[0].created");
  REQUIRE(ws.book().clients.size() == 1);
  CHECK(ws.book().clients[0].meta.created.counter == kMaxImportedCounter);
  // The clock adopted the clamped stamp only: later edits still count on.
  Client c;
  c.meta.id = ws.new_id();
  c.name = "李娜";
  REQUIRE(ws.apply({"new", {c}}, kNow + 5).value() == 1);
  CHECK(ws.book().clients[1].meta.created.wall_ms == kNow + 5);
  CHECK(ws.book().clients[1].meta.created.counter == 0);
}

TEST_CASE("an import stamped far in the future is clamped to a day ahead and flagged, not refused") {
  for (const int64_t wall : {kNow + kMaxStampAheadMs + 1, int64_t{253'402'300'799'000}, kLastWall}) {
    Workspace ws = workspace_over(Book{});
    BundleLoad load = load_bundle_checked(bundle_with_client_stamped(Hlc{wall, 0, kB}));
    REQUIRE(load.book);
    const Result<ImportReport> r = ws.import_book(std::move(*load.book), kNow);
    REQUIRE(r.ok());
    CHECK(r->merge.clamped_stamps >= 1);
    REQUIRE(ws.book().clients.size() == 1);
    CHECK(ws.book().clients[0].meta.created.wall_ms == kNow + kMaxStampAheadMs);
  }
  // A field's stamp counts as much as the record's.
  Workspace ws = workspace_over(Book{});
  Book book = load_bundle(bundle_with_client_stamped(Hlc{kNow, 0, kB})).value();
  book.clients[0].meta.clocks.push_back({"name", Hlc{kNow + 2 * kMaxStampAheadMs, 0, kB}, {}});
  const Result<ImportReport> r = ws.import_book(book, kNow);
  REQUIRE(r.ok());
  CHECK(r->merge.clamped_stamps >= 1);
  CHECK(field_stamp(ws.book().clients[0].meta, "name").wall_ms == kNow + kMaxStampAheadMs);
  // Up to a day ahead is a clock error: imported as it is.
  Workspace ws2 = workspace_over(Book{});
  const Result<ImportReport> r2 =
      ws2.import_book(load_bundle(bundle_with_client_stamped(Hlc{kNow + 3'600'000, 0, kB})).value(), kNow);
  REQUIRE(r2.ok());
  CHECK(r2->merge.clamped_stamps == 0);
  CHECK(ws2.book().clients.size() == 1);
}

TEST_CASE("a book already holding counter 4294967295: edits after it are saved and reopen") {
  // A store written before imports were checked may hold such a stamp. Edits
  // made after opening it must order after it, save, and load back.
  const Hlc extreme{kNow - 60'000, kLastCounter, kB};
  Book book = load_bundle(bundle_with_client_stamped(extreme)).value();
  book.export_info.scope = BundleScope::book;
  Workspace ws = workspace_over(book);
  const std::string snapshot = ws.snapshot(kNow);

  Client edited = ws.book().clients[0];
  edited.notes = "喜欢下午联系";
  REQUIRE(ws.apply({"note", {edited}}, kNow + 1).value() == 1);
  CHECK(extreme < ws.book().clients[0].meta.updated);
  edited = ws.book().clients[0];
  edited.region = "上海";
  REQUIRE(ws.apply({"region", {edited}}, kNow + 2).value() == 1);
  auto entry = ws.take_unsaved(kNow + 3);
  REQUIRE(entry);
  CHECK_FALSE(ws.take_problem());

  const Book back = reopen(snapshot, {entry->delta});
  REQUIRE(back.clients.size() == 1);
  CHECK(back.clients[0].notes == "喜欢下午联系");
  CHECK(back.clients[0].region == "上海");
}

TEST_CASE("an import up to the limits, then edits: save and reopen keep every edit") {
  Workspace ws = workspace_over(Book{});
  const std::string snapshot = ws.snapshot(kNow);
  // At the largest accepted counter and a day ahead: accepted.
  BundleLoad load = load_bundle_checked(bundle_with_client_stamped(Hlc{kNow + kMaxStampAheadMs, kMaxImportedCounter, kB}));
  REQUIRE(load.book);
  REQUIRE(ws.import_book(std::move(*load.book), kNow));
  std::vector<std::string> journal;
  auto first = ws.take_unsaved(kNow + 1);
  REQUIRE(first);
  journal.push_back(first->delta);
  for (int i = 0; i < 3; ++i) {
    Client edited = ws.book().clients[0];
    edited.notes = "edit " + std::to_string(i);
    REQUIRE(ws.apply({"note", {edited}}, kNow + 10 + i).value() == 1);
  }
  auto second = ws.take_unsaved(kNow + 20);
  REQUIRE(second);
  journal.push_back(second->delta);
  const Book back = reopen(snapshot, journal);
  REQUIRE(back.clients.size() == 1);
  CHECK(back.clients[0].notes == "edit 2");
}

TEST_CASE("a journal entry that would not load back is not handed out, and nothing is dropped") {
  Workspace ws = workspace_over(Book{});
  Client c;
  c.meta.id = ws.new_id();
  c.name = "";  // a live client must have a name: the next open would refuse the entry
  REQUIRE(ws.apply({"bad", {c}}, kNow).value() == 1);
  const uint64_t seq = ws.next_sequence();
  CHECK_FALSE(ws.take_unsaved(kNow + 1));
  REQUIRE(ws.take_problem());
  CHECK(ws.take_problem()->code == "journal_check_failed");
  CHECK(ws.take_problem()->message_en.find("NOT saved") != std::string::npos);
  CHECK_FALSE(ws.take_problem()->message_zh.empty());
  CHECK(ws.has_unsaved_changes());
  CHECK(ws.next_sequence() == seq);

  Client fixed = ws.book().clients[0];
  fixed.name = "王芳";
  REQUIRE(ws.apply({"fix", {fixed}}, kNow + 2).value() == 1);
  auto entry = ws.take_unsaved(kNow + 3);
  REQUIRE(entry);
  CHECK_FALSE(ws.take_problem());
  CHECK(entry->sequence == seq);
  CHECK(load_bundle(entry->delta)->clients.at(0).name == "王芳");
}
