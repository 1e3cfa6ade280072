// Upgrades parts of an older bundle, as parsed JSON, to the current schema
// before they are read and validated. The loader streams records, so each
// step works record by record (plus the small envelope). Each version step is
// one function from N to N+1; a version-1 file passes through every step.
// docs/data-format.md lists what each step changes.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/problem.h"

namespace rm {

// ARRAY is the record's array key ("clients"); PATH its place in the file as
// given ("clients[3]"). Problems are appended, at most MAX in all.
void migrate_record(std::string_view array, nlohmann::json& record, const std::string& path, int from_version,
                    Problems& problems, size_t max);
// The top-level members other than the record arrays, including settings.
void migrate_envelope(nlohmann::json& envelope, int from_version, Problems& problems, size_t max);

}  // namespace rm
