// The fail-safe before an import applies (docs/data-format.md, "Importing
// safely"): the preview changes nothing, a file deleting more than a few
// records or most of a kind is refused until confirmed, and a confirmed one
// is still one undo step.
#include <catch_amalgamated.hpp>

#include "app/workspace.h"
#include "core/model/prng.h"
#include "sync/import_safety.h"

using namespace rm;

namespace {
constexpr int64_t kT0 = 1'790'000'000'000;  // 2026-09

Workspace workspace_with(Book book, uint64_t seed) {
  auto rng = std::make_shared<SplitMix64>(seed);
  Random64 random = [rng] { return rng->next(); };
  const std::string actor = new_uuid(random);
  return Workspace(std::move(book), actor, random, kT0);
}

// A manager's book with N clients.
Workspace manager_book(int n) {
  Workspace ws = workspace_with(Book{}, 7);
  Edit edit{"clients", {}};
  for (int i = 0; i < n; ++i) {
    Client c;
    c.meta.id = ws.new_id();
    c.name = "客户" + std::to_string(i);
    c.average_daily_assets = yuan(500'000);
    edit.puts.push_back(c);
  }
  REQUIRE(ws.apply(edit, kT0));
  return ws;
}

// A copy of OURS on another device where the first DELETED clients were deleted.
Book copy_deleting(const Workspace& ours, int deleted) {
  Workspace other = workspace_with(ours.book(), 99);
  Edit edit{"delete", {}};
  for (int i = 0; i < deleted; ++i) {
    Client c = other.book().clients[static_cast<size_t>(i)];
    c.meta.deleted = true;
    edit.puts.push_back(c);
  }
  REQUIRE(other.apply(edit, kT0 + 60'000));
  return other.book();
}

int64_t live_clients(const Workspace& ws) {
  int64_t n = 0;
  for (const Client& c : ws.book().clients) n += c.meta.deleted ? 0 : 1;
  return n;
}
}  // namespace

TEST_CASE("a few deletions import without asking; more than a few, or most of a kind, wait for a confirmation") {
  SECTION("five of forty: imported") {
    Workspace ws = manager_book(40);
    const ImportReport preview = ws.preview_import(copy_deleting(ws, 5), kT0 + 120'000);
    CHECK(preview.merge.deleted() == 5);
    CHECK_FALSE(preview.deletions.needs_confirmation);
    CHECK(live_clients(ws) == 40);  // the preview changed nothing
    REQUIRE(ws.import_book(copy_deleting(ws, 5), kT0 + 120'000).ok());
    CHECK(live_clients(ws) == 35);
  }
  SECTION("six of forty: refused unchanged until confirmed, then one undo step") {
    Workspace ws = manager_book(40);
    const Book theirs = copy_deleting(ws, 6);
    const ImportReport preview = ws.preview_import(theirs, kT0 + 120'000);
    CHECK(preview.deletions.needs_confirmation);
    CHECK(preview.deletions.deleted == 6);
    CHECK(preview.deletions.kind == "clients");
    CHECK(preview.deletions.kind_live == 40);
    const Result<ImportReport> refused = ws.import_book(theirs, kT0 + 120'000);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.problem().code == "confirm_deletions");
    CHECK(live_clients(ws) == 40);
    REQUIRE(ws.import_book(theirs, kT0 + 120'000, true).ok());
    CHECK(live_clients(ws) == 34);
    REQUIRE(ws.undo(kT0 + 180'000));
    CHECK(live_clients(ws) == 40);
  }
  SECTION("two of three: most of the kind") {
    Workspace ws = manager_book(3);
    const ImportReport preview = ws.preview_import(copy_deleting(ws, 2), kT0 + 120'000);
    CHECK(preview.deletions.needs_confirmation);
    CHECK(preview.deletions.kind_deleted == 2);
    CHECK(preview.deletions.kind_live == 3);
  }
  SECTION("one of one: everyday work, not most of a kind") {
    Workspace ws = manager_book(1);
    CHECK_FALSE(ws.preview_import(copy_deleting(ws, 1), kT0 + 120'000).deletions.needs_confirmation);
  }
}
