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

void stamp_field(RecordMeta& meta, std::string_view field, const Hlc& stamp) {
  const auto found = find_field(meta.clocks, field);
  const auto pos = meta.clocks.begin() + (found - meta.clocks.cbegin());
  if (pos != meta.clocks.end() && pos->field == field) {
    pos->stamp = stamp;
  } else {
    meta.clocks.insert(pos, FieldStamp{std::string(field), stamp});
  }
  if (meta.updated < stamp) meta.updated = stamp;
}

}  // namespace rm
