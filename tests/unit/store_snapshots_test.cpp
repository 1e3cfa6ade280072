// Retention: which snapshots stay as restore points and which files go.
#include <catch_amalgamated.hpp>

#include <algorithm>

#include "store/snapshots.h"

using namespace rm::store;

namespace {

constexpr int64_t kDay = 86400000;
constexpr int32_t kBeijing = 480;
// 2026-03-10 12:00 in Beijing.
constexpr int64_t kNow = 1773115200000;

DirEntry snap(uint64_t seq, int64_t mtime, uint64_t size = 1000) { return {snapshot_name(seq), size, mtime}; }
DirEntry jrnl(uint64_t seq, uint64_t size = 100) { return {journal_name(seq), size, kNow}; }
const DirEntry key{"key.rmk", 103, 0};

bool removes(const RetentionPlan& p, const std::string& name) {
  return std::find(p.remove.begin(), p.remove.end(), name) != p.remove.end();
}

}  // namespace

TEST_CASE("retention keeps the newest snapshot of each of the last seven days", "[store][snapshots]") {
  std::vector<DirEntry> dir = {key};
  uint64_t seq = 0;
  // Three snapshots a day for ten days, the last one today.
  for (int day = 9; day >= 0; --day)
    for (int k = 0; k < 3; ++k) dir.push_back(snap(++seq, kNow - day * kDay - (2 - k) * 3600000));
  const RetentionPlan p = plan_retention(dir, {}, kNow, kBeijing);
  REQUIRE(p.kept_snapshots.size() == 7);
  CHECK(p.kept_snapshots.front() == snapshot_name(30));
  for (size_t i = 0; i < 7; ++i) CHECK(p.kept_snapshots[i] == snapshot_name(30 - 3 * i));
  CHECK(p.remove.size() == 23);
  CHECK_FALSE(removes(p, "key.rmk"));
}

TEST_CASE("retention days follow the manager's time zone", "[store][snapshots]") {
  // 23:30 and 00:30 Beijing time fall on two days there, one day in UTC.
  const int64_t midnight_bj = kNow - 12 * 3600000;
  const std::vector<DirEntry> dir = {key, snap(1, midnight_bj - 1800000), snap(2, midnight_bj + 1800000)};
  CHECK(plan_retention(dir, {}, kNow, kBeijing).kept_snapshots.size() == 2);
  CHECK(plan_retention(dir, {}, kNow, 0).kept_snapshots.size() == 1);
}

TEST_CASE("the newest good snapshot is kept however old and however large", "[store][snapshots]") {
  RetentionPolicy tiny;
  tiny.byte_budget = 10;
  const std::vector<DirEntry> dir = {key, snap(1, kNow - 40 * kDay), snap(2, kNow - 30 * kDay, 5000000)};
  const RetentionPlan p = plan_retention(dir, {}, kNow, kBeijing, tiny);
  CHECK(p.kept_snapshots == std::vector<std::string>{snapshot_name(2)});
  CHECK(p.remove == std::vector<std::string>{snapshot_name(1)});
}

TEST_CASE("over the byte budget the oldest restore points go first", "[store][snapshots]") {
  std::vector<DirEntry> dir = {key};
  for (uint64_t s = 1; s <= 5; ++s) dir.push_back(snap(s, kNow - static_cast<int64_t>(5 - s) * kDay, 1000));
  dir.push_back(jrnl(6, 500));
  RetentionPolicy budget;
  budget.byte_budget = 103 + 500 + 3000;  // key + live journal + three snapshots
  const RetentionPlan p = plan_retention(dir, {}, kNow, kBeijing, budget);
  CHECK(p.kept_snapshots == std::vector<std::string>{snapshot_name(5), snapshot_name(4), snapshot_name(3)});
  CHECK(removes(p, snapshot_name(1)));
  CHECK(removes(p, snapshot_name(2)));
  CHECK_FALSE(removes(p, journal_name(6)));
}

TEST_CASE("journal entries folded into the newest snapshot are removed, later ones kept", "[store][snapshots]") {
  const std::vector<DirEntry> dir = {key, jrnl(3), jrnl(4), snap(4, kNow), jrnl(5), jrnl(6)};
  const RetentionPlan p = plan_retention(dir, {}, kNow, kBeijing);
  CHECK(p.remove == std::vector<std::string>{journal_name(3), journal_name(4)});
}

TEST_CASE("unreadable files are never deleted by retention", "[store][snapshots]") {
  const std::vector<DirEntry> dir = {key, snap(2, kNow - 20 * kDay), jrnl(3), snap(5, kNow), snap(9, kNow), jrnl(10)};
  const RetentionPlan p = plan_retention(dir, {snapshot_name(9), snapshot_name(2), journal_name(3)}, kNow, kBeijing);
  CHECK(p.kept_snapshots == std::vector<std::string>{snapshot_name(5)});
  CHECK(p.remove.empty());
}

TEST_CASE("with no readable snapshot nothing but temp files is deleted", "[store][snapshots]") {
  const std::vector<DirEntry> dir = {key, snap(4, kNow, 10), jrnl(5), jrnl(6), {journal_name(7) + ".tmp", 5, kNow}};
  const RetentionPlan p = plan_retention(dir, {}, kNow, kBeijing);
  CHECK(p.kept_snapshots.empty());
  CHECK(p.remove == std::vector<std::string>{journal_name(7) + ".tmp"});
}

TEST_CASE("a torn snapshot goes once a newer good one exists, not before", "[store][snapshots]") {
  const std::vector<DirEntry> older = {key, snap(3, kNow, 20), snap(5, kNow)};
  CHECK(plan_retention(older, {}, kNow, kBeijing).remove == std::vector<std::string>{snapshot_name(3)});
  const std::vector<DirEntry> newer = {key, snap(5, kNow), snap(7, kNow, 20)};
  CHECK(plan_retention(newer, {}, kNow, kBeijing).remove.empty());
}

TEST_CASE("a snapshot stamped in the future counts as today", "[store][snapshots]") {
  const std::vector<DirEntry> dir = {key, snap(1, kNow + 30 * kDay), snap(2, kNow)};
  const RetentionPlan p = plan_retention(dir, {}, kNow, kBeijing);
  CHECK(p.kept_snapshots == std::vector<std::string>{snapshot_name(2)});
  CHECK(p.remove == std::vector<std::string>{snapshot_name(1)});
}
