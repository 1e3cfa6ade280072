#include "app/commands/command_args.h"

namespace rm {

using nlohmann::json;

const json* CommandArgs::take(const char* key, Need need) {
  asked_.insert(key);
  const auto it = j_.find(key);
  if (it == j_.end() || it->is_null()) {
    if (need == required) bad(key, "is required", "为必填项");
    return nullptr;
  }
  return &*it;
}

void CommandArgs::bad(const char* key, const char* en, const char* zh) {
  fail(Problem{"bad_field", key, std::string("The field ") + key + " " + en + ".",
               std::string("字段 ") + key + " " + zh + "。"});
}

void CommandArgs::id(const char* key, RecordId& out, Need need) {
  const json* v = take(key, need);
  if (!v) return;
  if (v->is_string())
    if (auto id = RecordId::parse(v->get_ref<const std::string&>())) {
      if (need == required && id->empty()) return bad(key, "is required", "为必填项");
      out = *id;
      return;
    }
  bad(key, "is not a record id (a UUID)", "不是有效的记录编号（UUID）");
}

void CommandArgs::ids(const char* key, std::vector<RecordId>& out) {
  const json* v = take(key, required);
  if (!v) return;
  if (!v->is_array()) return bad(key, "must be a list of record ids", "应为记录编号列表");
  out.clear();
  out.reserve(v->size());
  for (const json& e : *v) {
    std::optional<RecordId> id = e.is_string() ? RecordId::parse(e.get_ref<const std::string&>()) : std::nullopt;
    if (!id || id->empty()) return bad(key, "must be a list of record ids", "应为记录编号列表");
    out.push_back(*id);
  }
}

void CommandArgs::date(const char* key, Date& out, Need need) {
  const json* v = take(key, need);
  if (!v) return;
  if (v->is_string())
    if (auto d = Date::parse_iso(v->get_ref<const std::string&>())) {
      out = *d;
      return;
    }
  bad(key, "is not a date (YYYY-MM-DD)", "不是有效日期（YYYY-MM-DD）");
}

void CommandArgs::date(const char* key, std::optional<Date>& out) {
  if (!j_.contains(key) || j_[key].is_null()) {
    asked_.insert(key);
    out.reset();
    return;
  }
  Date d;
  const bool before = problem_.has_value();
  date(key, d, required);
  if (problem_.has_value() == before) out = d;
}

void CommandArgs::text(const char* key, std::string& out, Need need) {
  const json* v = take(key, need);
  if (!v) return;
  if (!v->is_string()) return bad(key, "must be text", "应为文本");
  out = v->get<std::string>();
  if (need == required && out.empty()) bad(key, "is required", "为必填项");
}

void CommandArgs::texts(const char* key, std::vector<std::string>& out) {
  const json* v = take(key, required);
  if (!v) return;
  if (!v->is_array()) return bad(key, "must be a list of texts", "应为文本列表");
  out.clear();
  for (const json& e : *v) {
    if (!e.is_string()) return bad(key, "must be a list of texts", "应为文本列表");
    out.push_back(e.get<std::string>());
  }
}

void CommandArgs::flag(const char* key, bool& out) {
  const json* v = take(key, optional);
  if (!v) return;
  if (!v->is_boolean()) return bad(key, "must be true or false", "应为 true 或 false");
  out = v->get<bool>();
}

void CommandArgs::integer(const char* key, int64_t& out, int64_t lo, int64_t hi, Need need) {
  const json* v = take(key, need);
  if (!v) return;
  if (!v->is_number_integer()) return bad(key, "must be a whole number", "应为整数");
  const bool is_unsigned = v->is_number_unsigned();
  const int64_t n = is_unsigned && v->get<uint64_t>() > static_cast<uint64_t>(INT64_MAX) ? INT64_MAX : v->get<int64_t>();
  if (n < lo || n > hi) return bad(key, "is out of range", "超出允许范围");
  out = n;
}

void CommandArgs::finish() {
  if (problem_) return;
  for (const auto& [key, value] : j_.items()) {
    if (asked_.count(key)) continue;
    fail(Problem{"unknown_field", key, "This command has no field " + key + ".", "此命令没有字段 " + key + "。"});
    return;
  }
}

}  // namespace rm
