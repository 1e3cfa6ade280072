#include "app/commands/conflict_commands.h"

#include <algorithm>

#include "app/commands/command_args.h"
#include "store/bundle_schema.h"
#include "sync/field_json.h"

namespace rm {

namespace {

template <class R>
Result<Edit> resolve(const R& record, const ResolveConflict& c) {
  const RecordMeta& m = record.meta;
  const FieldConflict* other = nullptr;
  for (const FieldConflict& k : m.conflicts) {
    if (k.field != c.field || k.deleted) continue;
    if (!c.other_stamp.empty() ? hlc_text(k.stamp) == c.other_stamp : !other || other->stamp < k.stamp) other = &k;
  }
  if (!other)
    return refusal("no_conflict", "This field has no open conflict (it may have been resolved already).",
                   "该字段没有待解决的冲突（可能已经解决）。", "field");
  R resolved = record;
  if (c.choice != ConflictChoice::keep) {
    Result<R> changed = field_json::with_field(record, c.field, c.choice == ConflictChoice::take ? other->value : c.value);
    if (!changed)
      return refusal("not_a_value", "Not a valid value for this field: " + changed.problem().message_en,
                     "不是该字段的有效取值：" + changed.problem().message_zh, "value");
    resolved = std::move(changed.value());
  }
  // Dropping the field's kept values is what tells the Workspace to stamp
  // the field even when its value stays: the new stamp has seen them all.
  std::erase_if(resolved.meta.conflicts, [&](const FieldConflict& k) { return k.field == c.field; });
  return edit_of<ResolveConflict>({AnyRecord(std::move(resolved))});
}

}  // namespace

Result<Edit> decide(const ResolveConflict& command, const CommandInput& in) {
  std::optional<Result<Edit>> out;
  bundle::for_each_record_array(in.book, [&](std::string_view key, const auto& records) {
    if (out || key != command.record_kind) return;
    for (const auto& r : records) {
      if (r.meta.id != command.id || r.meta.deleted) continue;
      out = resolve(r, command);
      return;
    }
    out = refusal("no_such_record", "No such record (it may have been deleted).", "没有该记录（可能已被删除）。", "id");
  });
  if (!out)
    return refusal("unknown_kind", "There is no record kind \"" + command.record_kind + "\".",
                   "没有记录类型 \"" + command.record_kind + "\"。", "kind");
  return std::move(*out);
}

void read_args(CommandArgs& a, ResolveConflict& c) {
  a.text("kind", c.record_kind, CommandArgs::required);
  a.id("id", c.id);
  a.text("field", c.field, CommandArgs::required);
  a.code("choice", c.choice, CommandArgs::required);
  a.text("other_stamp", c.other_stamp);
  if (const nlohmann::json* v = a.raw("value")) c.value = v->dump();
  if (c.choice == ConflictChoice::edit && c.value.empty()) a.bad("value", "is needed to edit", "编辑时必须提供");
}

}  // namespace rm
