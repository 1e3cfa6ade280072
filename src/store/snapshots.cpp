#include "store/snapshots.h"

#include <algorithm>

namespace rm::store {
namespace {

constexpr int64_t kDayMs = 86400000;

int64_t local_day(int64_t ms, int32_t utc_offset_minutes) {
  const int64_t t = ms + int64_t{utc_offset_minutes} * 60000;
  return t >= 0 ? t / kDayMs : -((-t + kDayMs - 1) / kDayMs);  // floor, also before 1970
}

struct Snap {
  uint64_t seq;
  const DirEntry* entry;
};

}  // namespace

RetentionPlan plan_retention(const std::vector<DirEntry>& listing, const std::vector<std::string>& unreadable,
                             int64_t now_ms, int32_t utc_offset_minutes, const RetentionPolicy& policy) {
  RetentionPlan plan;
  auto is_unreadable = [&](const DirEntry& e) {
    return std::find(unreadable.begin(), unreadable.end(), e.name) != unreadable.end();
  };
  std::vector<Snap> good;
  for (const DirEntry& e : listing) {
    const StoreName n = classify_store_name(e.name);
    if (n.kind == StoreFile::snapshot && !is_unreadable(e) && !too_small_to_be_whole(e)) good.push_back({n.seq, &e});
  }
  std::sort(good.begin(), good.end(), [](const Snap& a, const Snap& b) { return a.seq > b.seq; });
  // With no readable snapshot the journal is all there is: delete nothing but temp files.
  const uint64_t newest = good.empty() ? 0 : good.front().seq;

  // Restore points, newest first: the newest snapshot always, then the newest
  // of each earlier local day within the window.
  const int64_t today = local_day(now_ms, utc_offset_minutes);
  std::vector<const Snap*> keep;
  int64_t last_day_kept = INT64_MAX;
  for (const Snap& s : good) {
    // A clock set forward once must not make a snapshot outlive the window forever.
    const int64_t day = std::min(local_day(s.entry->mtime_ms, utc_offset_minutes), today);
    const bool in_window = today - day < policy.daily_days;
    if (&s == &good.front() || (in_window && day < last_day_kept)) {
      keep.push_back(&s);
      last_day_kept = std::min(last_day_kept, day);
    }
  }

  // Everything else that stays counts against the budget too.
  uint64_t fixed_bytes = 0;
  for (const DirEntry& e : listing) {
    const StoreName n = classify_store_name(e.name);
    const bool stays = n.kind == StoreFile::key || n.kind == StoreFile::other || is_unreadable(e) ||
                       (n.kind == StoreFile::journal && (n.seq > newest || good.empty()));
    if (stays) fixed_bytes += e.size;
  }
  uint64_t total = fixed_bytes;
  for (const Snap* s : keep) total += s->entry->size;
  while (keep.size() > 1 && total > policy.byte_budget) {
    total -= keep.back()->entry->size;
    keep.pop_back();
  }

  for (const Snap* s : keep) plan.kept_snapshots.push_back(s->entry->name);
  for (const DirEntry& e : listing) {
    const StoreName n = classify_store_name(e.name);
    bool remove = false;
    if (is_unreadable(e)) {
      remove = false;  // the user was told about it: never deleted by us, whatever its name
    } else if (n.kind == StoreFile::temp) {
      remove = true;
    } else if (good.empty()) {
      remove = false;
    } else if (n.kind == StoreFile::snapshot) {
      // A torn snapshot below the newest good one holds nothing worth keeping.
      remove = too_small_to_be_whole(e) ? n.seq < newest
                                        : std::find(plan.kept_snapshots.begin(), plan.kept_snapshots.end(),
                                                    e.name) == plan.kept_snapshots.end();
    } else if (n.kind == StoreFile::journal) {
      remove = n.seq <= newest;  // folded into the newest snapshot
    }
    if (remove) plan.remove.push_back(e.name);
  }
  return plan;
}

}  // namespace rm::store
