// Checks the record commands share beyond command_support.h: finding a live
// record that has no index (tasks, complaints, reports, contacts, the work
// log) and refusing blank required text.
#pragma once
#include <string>
#include <string_view>

#include "app/commands/command_support.h"

namespace rm {

// The live record of kind T with ID, or nullptr. A linear scan: these kinds
// have no BookIndex map, and a command looks up one record once.
template <class T>
const T* live_record(const Book& book, const RecordId& id) {
  if (id.empty()) return nullptr;
  for (const T& r : records_of<T>(book))
    if (r.meta.id == id) return r.meta.deleted ? nullptr : &r;
  return nullptr;
}

// True when TEXT holds nothing but spaces and line breaks (ASCII or the
// full-width space an IME types).
bool is_blank(std::string_view text);

// Refuses a blank required field, naming it in both languages.
std::optional<Problem> refuse_blank(std::string_view text, std::string path, std::string_view what_en,
                                    std::string_view what_zh);

// Refuses a missing (default) date for PATH.
std::optional<Problem> refuse_no_date(const Date& date, std::string path);

}  // namespace rm
