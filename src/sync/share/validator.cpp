#include "sync/share/validator.h"

namespace rm::share {

namespace {
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}
}  // namespace

std::optional<std::string> usable_etag(std::string_view raw) {
  raw = trim(raw);
  if (raw.size() >= 2 && (raw[0] == 'W' || raw[0] == 'w') && raw[1] == '/') return std::nullopt;
  // Nextcloud's OC-ETag comes unquoted; an opaque value is opaque either way.
  std::string_view inner = raw;
  if (raw.size() >= 2 && raw.front() == '"' && raw.back() == '"') inner = raw.substr(1, raw.size() - 2);
  constexpr std::string_view kGzip = "-gzip";
  if (inner.size() > kGzip.size() && inner.substr(inner.size() - kGzip.size()) == kGzip)
    inner.remove_suffix(kGzip.size());
  if (inner.empty() || inner.find('"') != std::string_view::npos) return std::nullopt;
  return "\"" + std::string(inner) + "\"";
}

std::optional<std::string> validator_of(const HttpHeaders& headers) {
  if (const std::string* oc = find_header(headers, "OC-ETag"))
    if (auto v = usable_etag(*oc)) return v;
  if (const std::string* etag = find_header(headers, "ETag")) return usable_etag(*etag);
  return std::nullopt;
}

}  // namespace rm::share
