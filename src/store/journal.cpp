#include "store/journal.h"

#include <algorithm>

#include "store/envelope.h"

namespace rm::store {
namespace {

struct Numbered {
  uint64_t seq;
  const DirEntry* entry;
};

Problem missing_changes(uint64_t first, uint64_t last) {
  const std::string range = first == last ? std::to_string(first)
                                          : std::to_string(first) + "–" + std::to_string(last);
  return Problem{"changes_missing", "seq " + range,
                 "Saved changes " + range + " could not be read; the edits made then are missing. "
                 "Later changes were applied. Check the affected clients, or restore an older copy.",
                 "第 " + range + " 次保存的修改无法读取，这些修改已丢失；之后的修改已恢复。"
                 "请核对相关客户，或恢复较早的备份。"};
}

}  // namespace

OpenPlan plan_open(const std::vector<DirEntry>& listing, const std::vector<std::string>& unreadable) {
  OpenPlan plan;
  std::vector<Numbered> snapshots, journal;
  uint64_t top_seq = 0, top_snapshot = 0;
  auto is_unreadable = [&](const DirEntry& e) {
    return std::find(unreadable.begin(), unreadable.end(), e.name) != unreadable.end();
  };

  for (const DirEntry& e : listing) {
    const StoreName n = classify_store_name(e.name);
    if (n.kind == StoreFile::key) plan.has_key_file = true;
    if (n.kind == StoreFile::temp) plan.leftovers.push_back(e.name);
    if (n.kind != StoreFile::snapshot && n.kind != StoreFile::journal) continue;  // others are not ours
    top_seq = std::max(top_seq, n.seq);
    if (n.kind == StoreFile::snapshot) top_snapshot = std::max(top_snapshot, n.seq);
    if (is_unreadable(e)) continue;
    if (too_small_to_be_whole(e)) {
      Problem p = envelope_problem("truncated");
      p.path = e.name;
      plan.problems.push_back(std::move(p));
      continue;
    }
    (n.kind == StoreFile::snapshot ? snapshots : journal).push_back({n.seq, &e});
  }
  // Never reuse a number, even one of a damaged file: a new file must not be
  // mistaken for the old one, and the damaged one stays for inspection.
  plan.next_seq = top_seq + 1;
  auto by_seq = [](const Numbered& a, const Numbered& b) { return a.seq < b.seq; };
  std::sort(snapshots.begin(), snapshots.end(), by_seq);
  std::sort(journal.begin(), journal.end(), by_seq);

  if (!plan.has_key_file && top_seq > 0)
    plan.problems.push_back(Problem{"key_file_missing", std::string(kKeyFileName),
                                    "The key file is missing, so the saved data cannot be unlocked.",
                                    "密钥文件丢失，已保存的数据无法解锁。"});

  if (!snapshots.empty()) {
    plan.snapshot = snapshots.back().entry->name;
    plan.base_seq = snapshots.back().seq;
    plan.snapshot_bytes = snapshots.back().entry->size;
  }
  if (top_snapshot > plan.base_seq) {
    const bool none = plan.snapshot.empty();
    plan.problems.push_back(Problem{
        "older_snapshot_used", snapshot_name(top_snapshot),
        "The latest saved copy could not be read; opened " + (none ? std::string("an empty book") : plan.snapshot) +
            " instead and applied the changes saved after it.",
        "最新保存的副本无法读取；已改为打开" + (none ? std::string("空白数据") : plan.snapshot) +
            "，并恢复其后保存的修改。"});
  }

  // Deltas are whole records and tombstones stamped with hybrid clocks, so a
  // later entry stays correct when an earlier one is missing: apply every
  // readable entry and name each gap rather than stopping at the first.
  uint64_t expect = plan.base_seq + 1;
  for (const Numbered& j : journal) {
    if (j.seq <= plan.base_seq) continue;  // already inside the snapshot
    if (j.seq > expect) plan.problems.push_back(missing_changes(expect, j.seq - 1));
    plan.journal.push_back(j.entry->name);
    plan.journal_bytes += j.entry->size;
    expect = j.seq + 1;
  }
  // Changes numbered beyond the last readable one live only in unreadable files.
  if (top_seq >= expect) plan.problems.push_back(missing_changes(expect, top_seq));

  plan.compact_now = !plan.problems.empty() ||
                     should_compact(plan.journal.size(), plan.journal_bytes, plan.snapshot_bytes);
  plan.compact_seq = plan.problems.empty() ? top_seq : plan.next_seq;
  return plan;
}

bool should_compact(size_t journal_entries, uint64_t journal_bytes, uint64_t snapshot_bytes,
                    const CompactionPolicy& policy) {
  if (journal_entries > policy.max_entries) return true;
  return journal_bytes > policy.min_bytes &&
         static_cast<double>(journal_bytes) > policy.max_ratio * static_cast<double>(snapshot_bytes);
}

}  // namespace rm::store
