// Readable record ids for hand-made test books: tid("m1") is a valid id
// whose bytes are the name's, so tests can say "m1" and ids sort as their
// names do. Names longer than 16 bytes keep their first 8 bytes and a hash
// of the whole name (unique enough for a test book; order not kept).
#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>

#include "core/model/record_id.h"

namespace rm::test {

inline RecordId tid(std::string_view name) {
  uint8_t raw[16] = {};
  if (name.size() <= 16) {
    std::memcpy(raw, name.data(), name.size());
  } else {
    std::memcpy(raw, name.data(), 8);
    uint64_t h = 14695981039346656037ull;  // FNV-1a
    for (const char c : name) h = (h ^ static_cast<uint8_t>(c)) * 1099511628211ull;
    for (int i = 0; i < 8; ++i) raw[8 + i] = static_cast<uint8_t>(h >> (56 - 8 * i));
  }
  return RecordId::from_bytes(raw);
}

}  // namespace rm::test
