// Merging two books field by field (docs/data-format.md, "Merge"): a
// manager's book and the file her supervisor hands back, or any two copies
// of one book. Records meet by id and fields by their per-field stamps, so
// edits of different fields on each side both survive; two edits of one
// field are a conflict only when neither side had seen the other's value
// (FieldStamp::replaced), and then both values are kept on the record
// (RecordMeta::conflicts) until the user resolves them. The merge is
// commutative, associative and idempotent (tests/unit/merge_laws_test.cpp),
// so it does not matter who merges whose file first.
//
// Plain C++: no clock, no I/O. The caller passes the device time.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/model/book.h"

namespace rm {

// One record the merge added, changed, deleted or revived, as a preview or
// a message shows it.
struct MergeChange {
  RecordId id;
  std::string label;  // the client's name, a report's client and date…
};

// What the merge did to one kind of record, relative to OURS.
struct MergeKindReport {
  std::string kind;  // bundle key: "clients", "contacts"…
  int64_t added = 0;
  int64_t updated = 0;
  int64_t deleted = 0;    // live in ours, a tombstone after the merge
  int64_t revived = 0;    // a tombstone in ours, edited after the deletion elsewhere
  int64_t unchanged = 0;  // records of THEIRS that changed nothing: identical, or nothing ours did not know
  std::vector<MergeChange> added_records, updated_records, deleted_records, revived_records;
};

// A field with two values neither side had seen: the provisional winner is
// in the record, the other value waits for resolve_conflict.
struct MergeConflict {
  std::string kind;
  RecordId id;
  std::string label;
  std::string field;
  std::string value;        // the field's value now (the provisional winner), bundle JSON
  Hlc stamp;
  std::string other_value;  // the value kept aside, bundle JSON
  Hlc other_stamp;          // other_stamp.actor: who set it
};

struct MergeReport {
  std::vector<MergeKindReport> kinds;  // every record kind, in bundle order
  // Every open conflict of the merged book (old ones included: they are not
  // settled until the user resolves them), in bundle order.
  std::vector<MergeConflict> conflicts;
  // Stamps more than a day ahead of the device or with a counter near its
  // maximum (docs/storage.md, "Clocks"): pulled back to the limit, never a
  // reason to refuse the file.
  int64_t clamped_stamps = 0;
  std::vector<std::string> clamped_paths;  // the first few, "clients[3].updated"

  int64_t added() const;
  int64_t updated() const;
  int64_t deleted() const;
  int64_t revived() const;
  int64_t unchanged() const;
};

struct MergeResult {
  Book book;
  MergeReport report;
};

// Merges THEIRS into OURS at device time NOW_MS. The export header and the
// settings' non-record parts follow OURS; the settings record merges like
// any other.
MergeResult merge_books(const Book& ours, const Book& theirs, int64_t now_ms);

// The open conflicts of BOOK (what MergeReport::conflicts lists).
std::vector<MergeConflict> open_conflicts(const Book& book);

// Pulls STAMP back within the import limits at NOW_MS (stamp_acceptable,
// core/model/hlc.h); true when it changed.
bool clamp_stamp(Hlc& stamp, int64_t now_ms);

}  // namespace rm
