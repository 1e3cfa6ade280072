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
  friend bool operator==(const FieldStamp&, const FieldStamp&) = default;
};

struct RecordMeta {
  RecordId id;  // UUID, never reused
  Hlc created;     // created.actor is the record's author
  Hlc updated;     // latest change: max of created and every field stamp
  bool deleted = false;  // tombstone: kept so a merge does not bring the record back
  bool demo = false;     // made by the demo generator; removable in one action
  std::vector<FieldStamp> clocks;  // sorted by field, one entry per changed field

  const std::string& author() const { return created.actor; }
  friend bool operator==(const RecordMeta&, const RecordMeta&) = default;
};

// A new live record: created = updated = stamp.
RecordMeta new_meta(RecordId id, const Hlc& stamp, bool demo = false);
// The stamp that decides a merge of this field.
const Hlc& field_stamp(const RecordMeta& meta, std::string_view field);
// Records that FIELD changed at STAMP; `updated` follows.
void stamp_field(RecordMeta& meta, std::string_view field, const Hlc& stamp);

// Turns a record into a tombstone: its fields are cleared (a deleted client's
// data must not linger in backups and shared files), its identity and stamps
// stay so a merge knows the deletion happened after the edits it overrides.
template <class Record>
void make_tombstone(Record& record, const Hlc& stamp) {
  RecordMeta meta = std::move(record.meta);
  record = Record{};
  meta.deleted = true;
  stamp_field(meta, "deleted", stamp);
  record.meta = std::move(meta);
}

}  // namespace rm
