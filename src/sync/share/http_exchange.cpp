#include "sync/share/http_exchange.h"

namespace rm::share {

const std::string* find_header(const HttpHeaders& headers, std::string_view name) {
  for (const auto& [key, value] : headers) {
    if (key.size() != name.size()) continue;
    bool same = true;
    for (size_t i = 0; i < key.size() && same; ++i) {
      const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
      same = lower(key[i]) == lower(name[i]);
    }
    if (same) return &value;
  }
  return nullptr;
}

}  // namespace rm::share
