#include "core/model/record_id.h"

#include <ostream>
#include <stdexcept>

namespace rm {
namespace {

constexpr char kHex[] = "0123456789abcdef";

bool is_dash_position(size_t i) { return i == 8 || i == 13 || i == 18 || i == 23; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

std::optional<RecordId> RecordId::parse(std::string_view text) {
  RecordId id;
  if (text.empty()) return id;
  if (text.size() != 36) return std::nullopt;
  size_t byte = 0;
  for (size_t i = 0; i < 36;) {
    if (is_dash_position(i)) {
      if (text[i] != '-') return std::nullopt;
      ++i;
      continue;
    }
    const int hi = hex_value(text[i]);
    const int lo = hex_value(text[i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    id.bytes_[byte++] = static_cast<uint8_t>(hi << 4 | lo);
    i += 2;
  }
  if (id.empty()) return std::nullopt;
  return id;
}

RecordId::RecordId(std::string_view text) {
  const std::optional<RecordId> parsed = parse(text);
  if (!parsed) throw std::invalid_argument("not a record id: " + std::string(text.substr(0, 40)));
  bytes_ = parsed->bytes_;
}

size_t RecordId::write_text(char* out) const {
  if (empty()) return 0;
  size_t pos = 0;
  for (size_t byte = 0; byte < 16; ++byte) {
    if (is_dash_position(pos)) out[pos++] = '-';
    out[pos++] = kHex[bytes_[byte] >> 4];
    out[pos++] = kHex[bytes_[byte] & 15];
  }
  return pos;
}

std::string RecordId::str() const {
  char buf[36];
  return std::string(buf, write_text(buf));
}

std::ostream& operator<<(std::ostream& out, const RecordId& id) { return out << id.str(); }

bool RecordId::equals_text(std::string_view text) const {
  char buf[36];
  return std::string_view(buf, write_text(buf)) == text;
}

}  // namespace rm
