#include "core/model/uuid.h"

namespace rm {

namespace {
// The 128 bits as a version-4 UUID: version 4, variant 10xx.
RecordId v4_from_words(uint64_t high, uint64_t low) {
  high = (high & ~0xF000ull) | 0x4000ull;
  low = (low & ~(0xC000000000000000ull)) | 0x8000000000000000ull;
  uint8_t raw[16];
  for (int i = 0; i < 8; ++i) {
    raw[i] = static_cast<uint8_t>(high >> (56 - 8 * i));
    raw[8 + i] = static_cast<uint8_t>(low >> (56 - 8 * i));
  }
  return RecordId::from_bytes(raw);
}
}  // namespace

// Never the empty id: the version nibble is set.
std::string make_uuid_v4(uint64_t high, uint64_t low) { return v4_from_words(high, low).str(); }

std::string new_uuid(const Random64& random) { return new_record_id(random).str(); }

RecordId new_record_id(const Random64& random) {
  const uint64_t high = random();  // drawn in this order: the demo book depends on it
  const uint64_t low = random();
  return v4_from_words(high, low);
}

bool is_uuid(std::string_view s) {
  if (s.size() != 36) return false;
  for (size_t i = 0; i < 36; ++i) {
    const char c = s[i];
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (c != '-') return false;
    } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      return false;
    }
  }
  return true;
}

}  // namespace rm
