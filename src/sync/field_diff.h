// Which fields of a record an edit changed, so each gets its own HLC stamp and
// a later field-by-field merge keeps both sides' edits to different fields.
// Walks the bundle schema (store/bundle_schema.h), so a field added there is
// compared here too, and the field names are the bundle's JSON keys.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "store/bundle_schema.h"

namespace rm::field_diff {

template <class T>
bool equal(const T& a, const T& b);

namespace detail {
using bundle::IsOptional;
using bundle::IsVector;

// Visits the fields of A and looks at the same member of B (same offset).
template <class S>
struct PairVisitor {
  const S& a;
  const S& b;
  bool same = true;
  template <class M, class... C>
  void operator()(const char*, const M& member, C...) {
    const auto offset = reinterpret_cast<const char*>(&member) - reinterpret_cast<const char*>(&a);
    const M& other = *reinterpret_cast<const M*>(reinterpret_cast<const char*>(&b) + offset);
    if (same && !equal(member, other)) same = false;
  }
};

// Collects the keys of the top-level fields that differ.
template <class S>
struct ChangedFields {
  const S& a;
  const S& b;
  std::vector<std::string> keys;
  template <class M, class... C>
  void operator()(const char* key, const M& member, C...) {
    const auto offset = reinterpret_cast<const char*>(&member) - reinterpret_cast<const char*>(&a);
    const M& other = *reinterpret_cast<const M*>(reinterpret_cast<const char*>(&b) + offset);
    if (!equal(member, other)) keys.emplace_back(key);
  }
};
}  // namespace detail

template <class T>
bool equal(const T& a, const T& b) {
  if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T> || std::is_same_v<T, std::string> ||
                std::is_same_v<T, RecordId> || std::is_same_v<T, Date>) {
    return a == b;
  } else if constexpr (detail::IsOptional<T>::value) {
    if (a.has_value() != b.has_value()) return false;
    return !a.has_value() || equal(*a, *b);
  } else if constexpr (detail::IsVector<T>::value) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (!equal(a[i], b[i])) return false;
    return true;
  } else {
    detail::PairVisitor<T> v{a, b};
    bundle::fields(v, a);
    return v.same;
  }
}

// The bundle keys of the fields in which BEFORE and AFTER differ.
template <class Record>
std::vector<std::string> changed_fields(const Record& before, const Record& after) {
  detail::ChangedFields<Record> v{before, after, {}};
  bundle::fields(v, before);
  return v.keys;
}

}  // namespace rm::field_diff
