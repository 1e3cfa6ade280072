// Conflicts a merge kept for the user to settle (docs/data-format.md,
// "Merge"): two edits of one field that neither side had seen. Each is listed
// with both values; 保留当前 keeps the provisional winner, 采用另一个 takes the
// other (resolve_conflict). Shown on the client's 360° view for its own
// record, and on Today for every record of the book.
#pragma once
#include <cstdint>
#include <vector>

#include "sync/merge.h"
#include "ui/ui_context.h"

namespace rm::ui {

// The book's open conflicts, found again only when the book changed.
struct ConflictList {
  uint64_t revision = 0;
  uint64_t generation = 0;
  std::vector<MergeConflict> open;
  const std::vector<MergeConflict>& of(const Workspace& ws);
};

// Lists the open conflicts of the record ID (all of them when ID is empty),
// under automation ids PREFIX.0, PREFIX.0.keep, PREFIX.0.take, … Draws
// nothing when there are none.
void draw_conflicts(UiContext& ctx, const RecordId& id, const char* prefix);

}  // namespace rm::ui
