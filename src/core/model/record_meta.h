// What every record carries besides its own fields: identity, stamps, the
// demo mark and the tombstone. Field-level merge needs to know, for each
// field, when it last changed and by whom; storing a stamp for every field of
// every record would double a book's size, so only fields changed after
// creation carry one — the others implicitly carry `created`.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/model/hlc.h"
#include "core/model/record_id.h"

namespace rm {

struct FieldStamp {
  std::string field;  // the field's key in the bundle ("phones", "deleted")
  Hlc stamp;
  // The stamp of the value this one replaced, as the editing device knew it
  // (empty in books written before it was kept). A merge calls two edits of
  // one field a conflict only when neither had seen the other's value
  // (docs/data-format.md, "Merge").
  Hlc replaced;
  friend bool operator==(const FieldStamp&, const FieldStamp&) = default;
};

// A value of a field that lost a merge to a concurrent edit, kept until the
// user resolves it (resolve_conflict, or any later edit of the field, which
// has seen both). `deleted` marks the deletion's side of an edit made after a
// delete: kept so merges stay order-independent, never shown as a conflict.
struct FieldConflict {
  std::string field;
  std::string value;  // the field's value as bundle JSON ("null" when absent)
  Hlc stamp;          // when and by whom it was set
  Hlc replaced;
  bool deleted = false;
  friend bool operator==(const FieldConflict&, const FieldConflict&) = default;
};

struct RecordMeta {
  RecordId id;  // UUID, never reused
  Hlc created;     // created.actor is the record's author
  Hlc updated;     // latest change: max of created and every field stamp
  bool deleted = false;  // tombstone: kept so a merge does not bring the record back
  bool demo = false;     // made by the demo generator; removable in one action
  std::vector<FieldStamp> clocks;  // sorted by field, one entry per changed field
  std::vector<FieldConflict> conflicts;  // sorted by field, then stamp

  const std::string& author() const { return created.actor; }
  friend bool operator==(const RecordMeta&, const RecordMeta&) = default;
};

// A new live record: created = updated = stamp.
RecordMeta new_meta(RecordId id, const Hlc& stamp, bool demo = false);
// The stamp that decides a merge of this field.
const Hlc& field_stamp(const RecordMeta& meta, std::string_view field);
// Records that FIELD changed at STAMP; `updated` follows. The new value has
// seen the one it replaces and every conflicting value of the field, so it
// replaces (and settles) them all.
void stamp_field(RecordMeta& meta, std::string_view field, const Hlc& stamp);
// The entry of FIELD in meta.clocks, or nullptr.
const FieldStamp* find_field_stamp(const RecordMeta& meta, std::string_view field);

// Turns a record into a tombstone: its fields are cleared (a deleted client's
// data must not linger in backups and shared files), its identity and stamps
// stay so a merge knows the deletion happened after the edits it overrides.
template <class Record>
void make_tombstone(Record& record, const Hlc& stamp) {
  RecordMeta meta = std::move(record.meta);
  record = Record{};
  // The deletion replaces every field at STAMP: the fields' own stamps and
  // conflicting values (which hold client data too) go with them.
  std::erase_if(meta.clocks, [](const FieldStamp& f) { return f.field != "deleted"; });
  meta.conflicts.clear();
  meta.deleted = true;
  stamp_field(meta, "deleted", stamp);
  record.meta = std::move(meta);
}

}  // namespace rm
