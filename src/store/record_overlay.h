// Changing a record's fields from JSON (a command's "changes", the CLI, the JS
// hook) through the bundle's own schema: the record is written as the bundle
// writer writes it, the given keys are laid over it, and the result is read
// back by the bundle loader. So a change is checked exactly as a file would be
// (types, codes, ranges, required text, unknown keys; docs/data-format.md),
// and a field added to bundle_schema.h is changeable without more code.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "core/model/book.h"
#include "core/problem.h"

namespace rm {

// RECORD with the keys of CHANGES (an object of bundle keys) laid over it;
// null clears an optional field. The record's identity and stamps (meta) are
// kept and cannot be changed here. A problem's path is PATH + "." + key (key alone
// when PATH is empty).
// Defined for every record kind of a Book.
template <class Record>
Result<Record> overlay_record(const Record& record, const nlohmann::json& changes, const std::string& path = "changes");

// The keys fields() lists for RECORD's kind, in schema order.
template <class Record>
std::vector<std::string> record_keys();

}  // namespace rm
