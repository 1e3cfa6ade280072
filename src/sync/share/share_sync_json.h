// A sync's outcome as JSON: one form for `rmplanner sync` and the browser's
// sync (docs/data-format.md, "Sync"), so a script and the page read the same
// report. The book itself is not in it.
#pragma once
#include <nlohmann/json.hpp>

#include "sync/share/share_sync.h"

namespace rm::share {

// {"status": "synced"|"refused"|"share_failed", "pulled": [{path, added,
//  updated, deleted, revived}], "skipped": [{path, code, en, zh}], "pushed":
//  [{path, bytes, validator, attempts, already_there}], "unchanged": [path],
//  "book_changed", "conflicts" (open after the sync), "requests",
//  "last_verified_ms" (when a push was verified), "error": {code, path, en, zh}}
nlohmann::json share_sync_json(const ShareSyncOutcome& outcome);

std::string_view status_code(ShareSyncStatus status);

}  // namespace rm::share
