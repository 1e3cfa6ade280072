// One field of one record as bundle JSON text, and back: the form in which a
// merge keeps the losing value of a conflict (RecordMeta::conflicts) and in
// which resolve_conflict puts it back. Both go through the bundle's own
// writer and validating reader (store/bundle.h), so a kept value is written
// exactly as the file writes it and a value put back is checked like an
// imported one. Slow (a one-record bundle each time): for conflicts, which
// are rare, not for every field of a merge.
#pragma once
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/model/book.h"
#include "core/problem.h"
#include "store/bundle.h"
#include "store/bundle_schema.h"

namespace rm::field_json {

// The bundle key of record type T ("clients"), or "settings".
template <class T>
std::string_view kind_key() {
  if constexpr (std::is_same_v<T, Settings>) {
    return "settings";
  } else {
    std::string_view found;
    Book probe;
    bundle::for_each_record_array(probe, [&](std::string_view key, auto& records) {
      if constexpr (std::is_same_v<typename std::decay_t<decltype(records)>::value_type, T>) found = key;
    });
    return found;
  }
}

namespace detail {
// A plan-scope book holding only RECORD (its settings when T is Settings).
template <class T>
Book book_of(const T& record) {
  Book book;
  book.export_info.scope = BundleScope::plan;
  book.export_info.exported_by = record.meta.created.actor;
  if constexpr (std::is_same_v<T, Settings>) {
    book.settings = record;
  } else {
    book.settings.meta = new_meta(record.meta.id, record.meta.created);
    bundle::for_each_record_array(book, [&](std::string_view, auto& records) {
      if constexpr (std::is_same_v<typename std::decay_t<decltype(records)>::value_type, T>) records.push_back(record);
    });
  }
  return book;
}
// Non-template halves (field_json.cpp).
std::string field_of_bundle(const std::string& bundle_text, std::string_view kind, std::string_view field);
Result<Book> bundle_with_field(const std::string& bundle_text, std::string_view kind, std::string_view field,
                               std::string_view value);
}  // namespace detail

// FIELD of RECORD as JSON text ("null" when the bundle leaves it out: it
// holds its default). RECORD must be live (a tombstone has no fields).
template <class T>
std::string field_text(const T& record, std::string_view field) {
  T live = record;
  live.meta.deleted = false;
  return detail::field_of_bundle(save_bundle(detail::book_of(live)), kind_key<T>(), field);
}

// RECORD with FIELD set to VALUE (JSON text as field_text gives it; "null"
// for the default), checked as the bundle loader checks an import.
template <class T>
Result<T> with_field(const T& record, std::string_view field, std::string_view value) {
  T live = record;
  live.meta.deleted = false;
  Result<Book> book = detail::bundle_with_field(save_bundle(detail::book_of(live)), kind_key<T>(), field, value);
  if (!book) return book.problem();
  if constexpr (std::is_same_v<T, Settings>) {
    return book->settings;
  } else {
    T out{};
    bundle::for_each_record_array(book.value(), [&](std::string_view, auto& records) {
      if constexpr (std::is_same_v<typename std::decay_t<decltype(records)>::value_type, T>) out = records.front();
    });
    out.meta = record.meta;
    return out;
  }
}

}  // namespace rm::field_json
