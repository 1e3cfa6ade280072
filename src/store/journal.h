// Opening a store: which files to read, in which order, and what to tell the
// user about the ones that cannot be used. Saving appends one journal entry
// per change instead of rewriting the book, as a database's write-ahead log
// does; compaction folds the journal into a new snapshot now and then.
//
// Pure: the platform layer lists the directory, reads and opens files, and
// calls back here with the names it could not open. When the chosen snapshot
// fails to open, plan again with it listed as unreadable; the plan then falls
// back to the previous snapshot and says so.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/problem.h"
#include "store/store_layout.h"

namespace rm::store {

struct OpenPlan {
  bool has_key_file = false;
  std::string snapshot;  // read first; empty: start from an empty book
  uint64_t base_seq = 0;  // the change the snapshot is current to
  uint64_t snapshot_bytes = 0;
  std::vector<std::string> journal;  // then apply these, in this order
  uint64_t journal_bytes = 0;
  uint64_t next_seq = 1;  // above every seq in the directory, readable or not
  std::vector<std::string> leftovers;  // temp files of interrupted writes, safe to delete
  Problems problems;  // every file passed over and every change missing, for the user
  bool compact_now = false;  // write a fresh snapshot as soon as the book is loaded
  // The name for that snapshot: the last change it holds when the store is
  // healthy; after any problem a new number above every file, so the repaired
  // book supersedes the damaged files without overwriting them.
  uint64_t compact_seq = 0;
};

// UNREADABLE names files that failed to open (their own Problem came from the
// opener; the plan adds what it means for the book: a fallback, a gap).
OpenPlan plan_open(const std::vector<DirEntry>& listing, const std::vector<std::string>& unreadable = {});

struct CompactionPolicy {
  size_t max_entries = 256;     // replaying more than this slows every open
  double max_ratio = 0.25;      // journal bytes against snapshot bytes
  uint64_t min_bytes = 64 * 1024;  // below this a small book would compact on every edit
};

bool should_compact(size_t journal_entries, uint64_t journal_bytes, uint64_t snapshot_bytes,
                    const CompactionPolicy& policy = {});

}  // namespace rm::store
