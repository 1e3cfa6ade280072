// Upgrades an older bundle, as parsed JSON, to the current schema before it
// is read and validated. Each step is one function from version N to N+1, so
// a version-1 file passes through every step in turn. docs/data-format.md
// lists what each step changes.
#pragma once
#include <nlohmann/json.hpp>

#include "core/problem.h"

namespace rm {

// Problems (with paths in the file as given) are appended, at most MAX in all;
// on any problem the document is left in an unspecified state.
void migrate_to_current(nlohmann::json& doc, int from_version, Problems& problems, size_t max);

}  // namespace rm
