// A merge's report as JSON: one form for the CLI (`rmplanner merge`), the JS
// hook (rmplanner.data.previewImport / importBundle) and the import preview
// (docs/data-format.md, "Merge report").
#pragma once
#include <cstddef>

#include <nlohmann/json.hpp>

#include "sync/import_safety.h"
#include "sync/merge.h"

namespace rm {

// Per kind (only the kinds the merge touched): counts and up to MAX_NAMES
// names per list; conflicts with both values and who set the other one;
// clamped stamps.
nlohmann::json merge_report_json(const MergeReport& report, size_t max_names = 20);
nlohmann::json deletion_check_json(const DeletionCheck& check);

}  // namespace rm
