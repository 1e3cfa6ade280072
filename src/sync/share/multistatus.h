// The answer to PROPFIND (Depth: 1): a 207 multistatus XML body
// (RFC 4918 §13). A small parser for just what a sync needs — per response
// its href, status, collection or not, getetag and getcontentlength — and
// strict about the rest: a document type declaration (the door to entity
// expansion attacks), an unknown entity, a mismatched tag, a missing href,
// or a body past the limits is a bad_multistatus problem, never a guess.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.h"

namespace rm::share {

inline constexpr size_t kMaxMultistatusBytes = 16u << 20;
inline constexpr size_t kMaxMultistatusDepth = 32;
inline constexpr size_t kMaxMultistatusEntries = 100000;

struct DavEntry {
  std::string href;  // the path, percent-decoded, scheme and host removed: "/dav/managers/x/"
  std::string name;  // its last segment without a trailing slash: "x"
  int status = 0;    // 200; 404 means the resource is missing (RFC 4918 §9.1)
  bool collection = false;
  std::optional<std::string> etag;  // getetag as given (see validator.h's usable_etag)
  std::optional<int64_t> content_length;
};

// The responses of XML, in document order; bad_multistatus when malformed.
Result<std::vector<DavEntry>> parse_multistatus(std::string_view xml);

}  // namespace rm::share
