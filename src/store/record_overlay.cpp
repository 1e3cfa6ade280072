#include "store/record_overlay.h"

#include "store/bundle.h"
#include "store/bundle_schema.h"

namespace rm {

namespace {
using nlohmann::json;

// Stands in for the record's own meta while it passes through the loader, which
// wants a well-formed id and creation stamp (a new record may have neither yet).
constexpr const char* kPlaceholder = "00000000-0000-4000-8000-000000000001";

RecordMeta placeholder_meta() {
  RecordMeta meta;
  meta.id = *RecordId::parse(kPlaceholder);
  meta.created = Hlc{1, 0, kPlaceholder};
  meta.updated = meta.created;
  return meta;
}

constexpr std::string_view kMetaKeys[] = {"_clock", "_conflicts", "_replaced", "created", "deleted", "demo", "id", "updated"};

template <class Record, class F>
void with_array(Book& book, F&& f) {
  bundle::for_each_record_array(book, [&](std::string_view key, auto& records) {
    if constexpr (std::is_same_v<typename std::decay_t<decltype(records)>::value_type, Record>) f(key, records);
  });
}

struct KeyList {
  std::vector<std::string> keys;
  template <class T, class... C>
  void operator()(const char* key, T&, const C&...) {
    keys.emplace_back(key);
  }
};

}  // namespace

template <class Record>
Result<Record> overlay_record(const Record& record, const json& changes, const std::string& path) {
  if (!changes.is_object())
    return Problem{"wrong_type", path, "The changes must be an object of field names and values.",
                   "修改内容应为“字段名: 值”的对象。"};
  Book book;
  book.export_info.scope = BundleScope::plan;  // what the record refers to is the caller's to check
  book.export_info.exported_by = kPlaceholder;
  std::string key;
  with_array<Record>(book, [&](std::string_view k, auto& records) {
    key = k;
    Record copy = record;
    copy.meta = placeholder_meta();
    records.push_back(std::move(copy));
  });
  json doc = json::parse(save_bundle(book));
  json& target = doc[key][0];
  for (const auto& [field, value] : changes.items()) {
    for (std::string_view meta : kMetaKeys)
      if (field == meta)
        return Problem{"unknown_field", path.empty() ? field : path + "." + field, "\"" + field + "\" is not a field that can be changed.",
                       "“" + field + "”不是可修改的字段。"};
    target[field] = value;
  }
  Result<Book> loaded = load_bundle(doc.dump());
  if (!loaded) {
    Problem p = loaded.problem();
    // "clients[0].name" → "changes.name"
    const std::string prefix = key + "[0]";
    if (p.path.rfind(prefix, 0) == 0) {
      p.path = path + p.path.substr(prefix.size());
      if (path.empty() && !p.path.empty() && p.path[0] == '.') p.path.erase(0, 1);
    }
    return p;
  }
  Record out;
  with_array<Record>(loaded.value(), [&](std::string_view, auto& records) { out = std::move(records.at(0)); });
  out.meta = record.meta;
  return out;
}

template <class Record>
std::vector<std::string> record_keys() {
  KeyList list;
  Record r;
  bundle::fields(list, r);
  return list.keys;
}

#define RM_OVERLAY(R)                                                                    \
  template Result<R> overlay_record<R>(const R&, const json&, const std::string&); \
  template std::vector<std::string> record_keys<R>();
RM_OVERLAY(Branch)
RM_OVERLAY(Manager)
RM_OVERLAY(Supervisor)
RM_OVERLAY(Client)
RM_OVERLAY(Household)
RM_OVERLAY(Product)
RM_OVERLAY(Holding)
RM_OVERLAY(Contact)
RM_OVERLAY(Task)
RM_OVERLAY(Opportunity)
RM_OVERLAY(CommunicationReport)
RM_OVERLAY(WorkLogEntry)
RM_OVERLAY(ClientEvent)
RM_OVERLAY(Complaint)
RM_OVERLAY(RiskAssessment)
#undef RM_OVERLAY

}  // namespace rm
