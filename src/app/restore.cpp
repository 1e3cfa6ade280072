#include "app/restore.h"

#include <string_view>
#include <unordered_map>
#include <vector>

#include "sync/field_diff.h"

namespace rm {

Edit restore_edit(const Book& current, const Book& restored, std::string label) {
  Edit edit{std::move(label), {}};
  // Kind by kind, in the books' own order (so the same restore always makes
  // the same edit); the id map keeps it linear at 600 000 records.
  for_each_record_vector(restored, [&](const auto& then) {
    using T = typename std::decay_t<decltype(then)>::value_type;
    const auto& now = records_of<T>(current);
    std::unordered_map<RecordId, size_t> position;
    position.reserve(now.size());
    for (size_t i = 0; i < now.size(); ++i) position.emplace(now[i].meta.id, i);
    std::vector<bool> in_restore_point(now.size(), false);
    for (const T& old : then) {
      const auto it = position.find(old.meta.id);
      if (it == position.end()) {
        if (!old.meta.deleted) edit.puts.emplace_back(old);  // erased since: comes back
        continue;
      }
      in_restore_point[it->second] = true;
      const T& cur = now[it->second];
      if (cur.meta.deleted == old.meta.deleted && field_diff::changed_fields(cur, old).empty()) continue;
      edit.puts.emplace_back(old);
    }
    for (size_t i = 0; i < now.size(); ++i) {  // made after the restore point
      if (in_restore_point[i] || now[i].meta.deleted) continue;
      T gone = now[i];
      gone.meta.deleted = true;
      edit.puts.emplace_back(std::move(gone));
    }
  });
  return edit;
}

}  // namespace rm
