// Which old files to delete after a save: snapshots kept as restore points
// (the newest of each of the last days), journal entries already folded into
// the newest snapshot, leftovers of interrupted writes. Pure; the platform
// layer deletes the files and persists.
//
// Run it only on a listing whose newest snapshot is durable (after the
// syncfs callback reported success): until then the previous generation is
// the only safe copy.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "store/store_layout.h"

namespace rm::store {

struct RetentionPolicy {
  int daily_days = 7;                  // one restore point per local day, today included
  uint64_t byte_budget = 256ull << 20;  // the whole store; the oldest restore points go first
};

struct RetentionPlan {
  std::vector<std::string> remove;          // delete these
  std::vector<std::string> kept_snapshots;  // restore points, newest first
};

// UNREADABLE names files that failed to open: never deleted here, so nothing
// the user was told about disappears behind their back. UTC_OFFSET_MINUTES
// places "today" in the manager's own time zone (UTC+8 in China: 480).
RetentionPlan plan_retention(const std::vector<DirEntry>& listing, const std::vector<std::string>& unreadable,
                             int64_t now_ms, int32_t utc_offset_minutes, const RetentionPolicy& policy = {});

}  // namespace rm::store
