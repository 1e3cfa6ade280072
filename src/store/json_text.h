// Minimal JSON text output for the bundle writer. Writing straight into one
// string (instead of building a JSON DOM and dumping it) keeps saving a
// 50 000-client book fast and the key order exactly as the schema lists it.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace rm::json_text {

// Appends TEXT as a JSON string literal. Control characters are escaped;
// other characters pass through as UTF-8. Invalid UTF-8 (which no loaded book
// contains, but a buggy caller might) becomes U+FFFD so the file always loads.
void append_string(std::string& out, std::string_view text);
void append_int(std::string& out, int64_t value);

// "2026-11-23T16:44:42.123Z" from Unix milliseconds, and back (strictly that
// form, UTC only). Values before 1970 are not representable.
std::string utc_timestamp(int64_t unix_ms);
bool parse_utc_timestamp(std::string_view text, int64_t& unix_ms);

}  // namespace rm::json_text
