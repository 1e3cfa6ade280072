#include "sync/import_safety.h"

namespace rm {

DeletionCheck check_deletions(const Book& ours, const MergeReport& report) {
  DeletionCheck check;
  size_t kind = 0;
  // MergeReport::kinds lists every kind in bundle order, as the book's vectors are.
  for_each_record_vector(ours, [&](const auto& records) {
    const size_t at = kind++;
    if (at >= report.kinds.size()) return;
    const MergeKindReport& k = report.kinds[at];
    if (k.deleted <= 0) return;
    int64_t live = 0;
    for (const auto& r : records) live += r.meta.deleted ? 0 : 1;
    check.deleted += k.deleted;
    // "Most of a kind": two or more, and over half of what there was. One
    // deletion is everyday work (a duplicate client removed elsewhere).
    const bool most = k.deleted >= 2 && k.deleted * 2 > live;
    if ((most && !check.needs_confirmation) || (!check.needs_confirmation && k.deleted > check.kind_deleted)) {
      check.kind = k.kind;
      check.kind_deleted = k.deleted;
      check.kind_live = live;
    }
    if (most) check.needs_confirmation = true;
  });
  if (check.deleted > kDeletionsWithoutAsking) check.needs_confirmation = true;
  return check;
}

}  // namespace rm
