// The fail-safe before an import applies (docs/data-format.md, "Importing
// safely"): a file that would delete more than a few records, or most of a
// kind, is applied only after the user confirmed what it deletes. Absence
// never deletes anything (only tombstones do), but a tombstone can still
// come from a wrong or damaged book; the user sees the count first.
//
// Plain C++: no I/O.
#pragma once
#include <cstdint>
#include <string>

#include "core/model/book.h"
#include "sync/merge.h"

namespace rm {

// More deletions than this in one file ask first.
inline constexpr int64_t kDeletionsWithoutAsking = 5;

struct DeletionCheck {
  bool needs_confirmation = false;
  int64_t deleted = 0;  // live records of OURS the import turns into tombstones
  // The kind that asks, with its figures ("most of a kind"), or the kind
  // with the most deletions when only the total asks.
  std::string kind;
  int64_t kind_deleted = 0;
  int64_t kind_live = 0;  // live records of that kind before the import
};

// What REPORT (a merge of some file into OURS) would delete.
DeletionCheck check_deletions(const Book& ours, const MergeReport& report);

}  // namespace rm
