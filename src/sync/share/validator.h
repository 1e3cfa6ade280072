// The one opaque validator a sync keeps per file (docs/data-format.md,
// "Sync"): what tells "the file is as I last saw it" without reading it.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "sync/share/http_exchange.h"

namespace rm::share {

// RAW as a validator usable with If-Match, or nullopt:
//  - a weak ETag (W/"…") is none: Apache gives one within a second of a
//    write and never matches it in If-Match, and weak means "maybe other
//    bytes" anyway;
//  - mod_deflate's "-gzip" suffix ("abc-gzip") is dropped, since the server
//    compares If-Match against the ETag without it;
//  - an empty or unquoted value is none.
std::optional<std::string> usable_etag(std::string_view raw);

// The validator of an answer's headers: OC-ETag (Nextcloud's, stable across
// its transformations) when present, else ETag; through usable_etag.
std::optional<std::string> validator_of(const HttpHeaders& headers);

}  // namespace rm::share
