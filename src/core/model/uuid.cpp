#include "core/model/uuid.h"

namespace rm {

std::string make_uuid_v4(uint64_t high, uint64_t low) {
  high = (high & ~0xF000ull) | 0x4000ull;                        // version 4
  low = (low & ~(0xC000000000000000ull)) | 0x8000000000000000ull;  // variant 10xx
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(36, '-');
  size_t pos = 0;
  auto put = [&](uint64_t word, int nibbles) {
    for (int i = nibbles - 1; i >= 0; --i) {
      if (pos == 8 || pos == 13 || pos == 18 || pos == 23) ++pos;
      out[pos++] = kHex[(word >> (4 * i)) & 0xF];
    }
  };
  put(high, 16);
  put(low, 16);
  return out;
}

std::string new_uuid(const Random64& random) {
  const uint64_t high = random();
  const uint64_t low = random();
  return make_uuid_v4(high, low);
}

RecordId new_record_id(const Random64& random) {
  uint64_t high = random();
  uint64_t low = random();
  high = (high & ~0xF000ull) | 0x4000ull;
  low = (low & ~(0xC000000000000000ull)) | 0x8000000000000000ull;
  uint8_t raw[16];
  for (int i = 0; i < 8; ++i) {
    raw[i] = static_cast<uint8_t>(high >> (56 - 8 * i));
    raw[8 + i] = static_cast<uint8_t>(low >> (56 - 8 * i));
  }
  return RecordId::from_bytes(raw);
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
