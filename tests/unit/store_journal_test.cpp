// The open plan and compaction policy: which files a load reads, in which
// order, and what the user is told when some of them cannot be used.
#include <catch_amalgamated.hpp>

#include <algorithm>

#include "store/journal.h"

using namespace rm::store;

namespace {

DirEntry snap(uint64_t seq, uint64_t size = 10000) { return {snapshot_name(seq), size, 0}; }
DirEntry jrnl(uint64_t seq, uint64_t size = 300) { return {journal_name(seq), size, 0}; }
const DirEntry key{"key.rmk", 103, 0};

std::vector<std::string> codes(const OpenPlan& p) {
  std::vector<std::string> out;
  for (const auto& pr : p.problems) out.push_back(pr.code);
  return out;
}

bool has_problem(const OpenPlan& p, const std::string& code, const std::string& path) {
  return std::any_of(p.problems.begin(), p.problems.end(),
                     [&](const rm::Problem& pr) { return pr.code == code && pr.path == path; });
}

}  // namespace

TEST_CASE("store file names are strict and sort by sequence", "[store][journal]") {
  CHECK(snapshot_name(42) == "snap-000000000042.rms");
  CHECK(journal_name(7) == "jrnl-000000000007.rmj");
  CHECK(classify_store_name("snap-000000000042.rms").kind == StoreFile::snapshot);
  CHECK(classify_store_name("snap-000000000042.rms").seq == 42);
  CHECK(classify_store_name("jrnl-999999999999.rmj").seq == 999999999999ull);
  CHECK(classify_store_name("key.rmk").kind == StoreFile::key);
  CHECK(classify_store_name("snap-000000000042.rms.tmp").kind == StoreFile::temp);
  CHECK(classify_store_name("snap-42.rms").kind == StoreFile::other);
  CHECK(classify_store_name("snap-00000000004x.rms").kind == StoreFile::other);
  CHECK(classify_store_name("jrnl-000000000042.rms").kind == StoreFile::other);
  CHECK(classify_store_name("settings.json").kind == StoreFile::other);
  CHECK(snapshot_name(9) < snapshot_name(10));
}

TEST_CASE("a fresh store opens as an empty book", "[store][journal]") {
  const OpenPlan p = plan_open({});
  CHECK_FALSE(p.has_key_file);
  CHECK(p.snapshot.empty());
  CHECK(p.journal.empty());
  CHECK(p.next_seq == 1);
  CHECK(p.problems.empty());
  CHECK_FALSE(p.compact_now);
}

TEST_CASE("open reads the newest snapshot, then newer journal entries in order", "[store][journal]") {
  // Listing order is whatever the file system gives; the plan must not depend on it.
  const OpenPlan p = plan_open({jrnl(12), key, jrnl(5), snap(10), jrnl(11), snap(4), jrnl(13), jrnl(10)});
  CHECK(p.has_key_file);
  CHECK(p.snapshot == snapshot_name(10));
  CHECK(p.base_seq == 10);
  CHECK(p.journal == std::vector<std::string>{journal_name(11), journal_name(12), journal_name(13)});
  CHECK(p.journal_bytes == 900);
  CHECK(p.next_seq == 14);
  CHECK(p.problems.empty());
  CHECK_FALSE(p.compact_now);
  CHECK(p.compact_seq == 13);
}

TEST_CASE("journal without any snapshot replays from an empty book", "[store][journal]") {
  const OpenPlan p = plan_open({key, jrnl(2), jrnl(1), jrnl(3)});
  CHECK(p.snapshot.empty());
  CHECK(p.journal == std::vector<std::string>{journal_name(1), journal_name(2), journal_name(3)});
  CHECK(p.problems.empty());
}

TEST_CASE("a torn newest snapshot falls back to the previous one and says so", "[store][journal]") {
  // Killed mid-write on a file system without atomic rename: the newest file is a stub.
  const OpenPlan p = plan_open({key, snap(5), jrnl(6), jrnl(7), snap(7, 20), jrnl(8)});
  CHECK(p.snapshot == snapshot_name(5));
  CHECK(p.journal == std::vector<std::string>{journal_name(6), journal_name(7), journal_name(8)});
  CHECK(has_problem(p, "truncated", snapshot_name(7)));
  CHECK(has_problem(p, "older_snapshot_used", snapshot_name(7)));
  CHECK(p.problems.size() == 2);  // nothing is missing: the journal still covers 6..7
  CHECK(p.compact_now);
  CHECK(p.compact_seq == 9);  // a new number: the stub is superseded, not overwritten
  CHECK(p.next_seq == 9);
}

TEST_CASE("an unreadable newest snapshot whose journal was compacted away reports the lost changes",
          "[store][journal]") {
  const std::vector<DirEntry> dir = {key, snap(5), snap(10), jrnl(11)};
  const OpenPlan first = plan_open(dir);
  CHECK(first.snapshot == snapshot_name(10));

  // The loader failed to open snap-10 (e.g. "corrupted") and plans again.
  const OpenPlan p = plan_open(dir, {snapshot_name(10)});
  CHECK(p.snapshot == snapshot_name(5));
  CHECK(p.journal == std::vector<std::string>{journal_name(11)});
  CHECK(has_problem(p, "older_snapshot_used", snapshot_name(10)));
  CHECK(has_problem(p, "changes_missing", "seq 6–10"));
  CHECK(p.next_seq == 12);
  CHECK(p.compact_now);
}

TEST_CASE("a gap in the journal is reported and later entries still apply", "[store][journal]") {
  const OpenPlan p = plan_open({key, snap(3), jrnl(4), jrnl(5), jrnl(8), jrnl(9)});
  CHECK(p.journal == std::vector<std::string>{journal_name(4), journal_name(5), journal_name(8), journal_name(9)});
  CHECK(codes(p) == std::vector<std::string>{"changes_missing"});
  CHECK(p.problems[0].path == "seq 6–7");
  CHECK(p.problems[0].message_zh.find("6–7") != std::string::npos);
  CHECK(p.compact_now);
}

TEST_CASE("unreadable journal entries are skipped, never silently", "[store][journal]") {
  const std::vector<DirEntry> dir = {key, snap(3), jrnl(4), jrnl(5), jrnl(6), jrnl(7)};
  const OpenPlan mid = plan_open(dir, {journal_name(5)});
  CHECK(mid.journal == std::vector<std::string>{journal_name(4), journal_name(6), journal_name(7)});
  CHECK(has_problem(mid, "changes_missing", "seq 5"));

  // The newest entry unreadable: nothing after it to apply, still reported.
  const OpenPlan last = plan_open(dir, {journal_name(7)});
  CHECK(last.journal == std::vector<std::string>{journal_name(4), journal_name(5), journal_name(6)});
  CHECK(has_problem(last, "changes_missing", "seq 7"));
  CHECK(last.next_seq == 8);  // its number is not reused

  // A zero-byte newest entry (torn) is caught from the listing alone.
  const OpenPlan torn = plan_open({key, snap(3), jrnl(4), {journal_name(5), 0, 0}});
  CHECK(torn.journal == std::vector<std::string>{journal_name(4)});
  CHECK(has_problem(torn, "truncated", journal_name(5)));
  CHECK(has_problem(torn, "changes_missing", "seq 5"));
}

TEST_CASE("journal entries already inside the snapshot are not replayed", "[store][journal]") {
  const OpenPlan p = plan_open({key, jrnl(1), jrnl(2), snap(2), jrnl(3)});
  CHECK(p.snapshot == snapshot_name(2));
  CHECK(p.journal == std::vector<std::string>{journal_name(3)});
  CHECK(p.problems.empty());
}

TEST_CASE("leftover temp files are listed for deletion and never read", "[store][journal]") {
  const OpenPlan p = plan_open({key, snap(2), {snapshot_name(3) + ".tmp", 500, 0}, {"key.rmk.tmp", 80, 0}});
  CHECK(p.snapshot == snapshot_name(2));
  CHECK(p.leftovers == std::vector<std::string>{snapshot_name(3) + ".tmp", "key.rmk.tmp"});
  CHECK(p.problems.empty());
  CHECK(p.next_seq == 3);
}

TEST_CASE("data without a key file is reported", "[store][journal]") {
  const OpenPlan p = plan_open({snap(2)});
  CHECK(has_problem(p, "key_file_missing", "key.rmk"));
}

TEST_CASE("the only snapshot unreadable: replay what journal there is onto an empty book", "[store][journal]") {
  const OpenPlan p = plan_open({key, snap(4), jrnl(5)}, {snapshot_name(4)});
  CHECK(p.snapshot.empty());
  CHECK(p.journal == std::vector<std::string>{journal_name(5)});
  CHECK(has_problem(p, "older_snapshot_used", snapshot_name(4)));
  CHECK(has_problem(p, "changes_missing", "seq 1–4"));
}

TEST_CASE("compaction triggers on entry count and on journal size relative to the snapshot",
          "[store][journal]") {
  CHECK_FALSE(should_compact(0, 0, 0));
  CHECK_FALSE(should_compact(256, 1000, 1000000));
  CHECK(should_compact(257, 1000, 1000000));
  // 25 % of a 1 MB snapshot.
  CHECK_FALSE(should_compact(100, 250000, 1000000));
  CHECK(should_compact(100, 250001, 1000000));
  // A tiny book does not rewrite its snapshot for every few edits.
  CHECK_FALSE(should_compact(10, 60000, 2000));
  CHECK(should_compact(10, 70000, 2000));
  CompactionPolicy strict;
  strict.max_entries = 4;
  CHECK(should_compact(5, 10, 1000000, strict));

  std::vector<DirEntry> dir = {key, snap(1, 1000000)};
  for (uint64_t s = 2; s <= 258; ++s) dir.push_back(jrnl(s, 200));
  const OpenPlan p = plan_open(dir);
  CHECK(p.problems.empty());
  CHECK(p.compact_now);
  CHECK(p.compact_seq == 258);
}
