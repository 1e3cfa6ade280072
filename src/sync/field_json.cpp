#include "sync/field_json.h"

#include <nlohmann/json.hpp>

namespace rm::field_json::detail {

namespace {
// The record's object in a one-record bundle.
nlohmann::json* record_in(nlohmann::json& doc, std::string_view kind) {
  const auto it = doc.find(kind);
  if (it == doc.end()) return nullptr;
  if (it->is_array()) return it->empty() ? nullptr : &it->front();
  return it->is_object() ? &*it : nullptr;
}
}  // namespace

std::string field_of_bundle(const std::string& bundle_text, std::string_view kind, std::string_view field) {
  nlohmann::json doc = nlohmann::json::parse(bundle_text, nullptr, false);
  const nlohmann::json* record = record_in(doc, kind);
  if (!record) return "null";
  const auto it = record->find(field);
  return it == record->end() ? "null" : it->dump();
}

Result<Book> bundle_with_field(const std::string& bundle_text, std::string_view kind, std::string_view field,
                               std::string_view value) {
  nlohmann::json doc = nlohmann::json::parse(bundle_text, nullptr, false);
  nlohmann::json* record = record_in(doc, kind);
  const nlohmann::json parsed = nlohmann::json::parse(value, nullptr, false);
  if (!record || parsed.is_discarded())
    return Problem{"not_a_value", std::string(field), "Not a value of this field", "不是该字段的有效取值"};
  if (parsed.is_null()) {
    record->erase(std::string(field));
  } else {
    (*record)[std::string(field)] = parsed;
  }
  return load_bundle(doc.dump());
}

}  // namespace rm::field_json::detail
