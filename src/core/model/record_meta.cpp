#include "core/model/record_meta.h"

#include <algorithm>

namespace rm {

RecordMeta new_meta(RecordId id, const Hlc& stamp, bool demo) {
  RecordMeta m;
  m.id = std::move(id);
  m.created = stamp;
  m.updated = stamp;
  m.demo = demo;
  return m;
}

namespace {
auto find_field(const std::vector<FieldStamp>& clocks, std::string_view field) {
  return std::lower_bound(clocks.begin(), clocks.end(), field,
                          [](const FieldStamp& f, std::string_view name) { return f.field < name; });
}
}  // namespace

const Hlc& field_stamp(const RecordMeta& meta, std::string_view field) {
  const auto it = find_field(meta.clocks, field);
  return it != meta.clocks.end() && it->field == field ? it->stamp : meta.created;
}

const FieldStamp* find_field_stamp(const RecordMeta& meta, std::string_view field) {
  const auto it = find_field(meta.clocks, field);
  return it != meta.clocks.end() && it->field == field ? &*it : nullptr;
}

void stamp_field(RecordMeta& meta, std::string_view field, const Hlc& stamp) {
  Hlc replaced = field_stamp(meta, field);
  std::erase_if(meta.conflicts, [&](const FieldConflict& c) {
    if (c.field != field) return false;
    if (replaced < c.stamp) replaced = c.stamp;
    return true;
  });
  const auto found = find_field(meta.clocks, field);
  const auto pos = meta.clocks.begin() + (found - meta.clocks.cbegin());
  if (pos != meta.clocks.end() && pos->field == field) {
    pos->stamp = stamp;
    pos->replaced = std::move(replaced);
  } else {
    meta.clocks.insert(pos, FieldStamp{std::string(field), stamp, std::move(replaced)});
  }
  if (meta.updated < stamp) meta.updated = stamp;
}

}  // namespace rm
