// A record's id, or a reference to one: a UUID held as its 16 bytes, not as
// 36 characters of text. A book has two to four ids per record — about
// 400 000 at 10 000 clients — and as std::string each was a heap allocation
// of 48 bytes besides the string itself: two thirds of the allocations of
// opening a book, and a third of its memory.
//
// The text form (canonical lowercase 8-4-4-4-12, uuid.h) is what files, the
// screen and the JS hook see; byte order is text order, so sorting by id
// gives the same order as before. The all-zero UUID stands for "no record"
// (an empty reference) and is not accepted as an id.
#pragma once
#include <array>
#include <compare>
#include <cstdint>
#include <cstring>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace rm {

class RecordId {
 public:
  RecordId() = default;
  // TEXT must be empty or a canonical UUID (code that takes ids from outside
  // checks with `parse` first); anything else throws std::invalid_argument,
  // as a program error. Explicit, so every place where text becomes an id
  // is visible.
  explicit RecordId(std::string_view text);

  // Empty text gives the empty id; text that is not a canonical UUID, or the
  // all-zero UUID, gives nullopt.
  static std::optional<RecordId> parse(std::string_view text);
  static RecordId from_bytes(const uint8_t* raw16) {
    RecordId id;
    std::memcpy(id.bytes_.data(), raw16, 16);
    return id;
  }

  bool empty() const { return bytes_ == std::array<uint8_t, 16>{}; }
  void clear() { bytes_ = {}; }
  const std::array<uint8_t, 16>& bytes() const { return bytes_; }
  // Writes the 36 characters of the text form (nothing when empty); returns
  // the number written.
  size_t write_text(char* out36) const;
  std::string str() const;
  size_t hash() const {
    uint64_t a, b;
    std::memcpy(&a, bytes_.data(), 8);
    std::memcpy(&b, bytes_.data() + 8, 8);
    // Random v4 bytes are already uniform; the mix keeps ids from other
    // tools (sequential, time-based) spread too.
    return static_cast<size_t>((a ^ (b * 0x9E3779B97F4A7C15ull)) * 0xBF58476D1CE4E5B9ull >> 7);
  }

  friend bool operator==(const RecordId&, const RecordId&) = default;
  friend std::strong_ordering operator<=>(const RecordId&, const RecordId&) = default;
  // Compares with text without parsing it, so any text may be compared.
  friend bool operator==(const RecordId& a, std::string_view b) { return a.equals_text(b); }
  friend bool operator==(const RecordId& a, const std::string& b) { return a.equals_text(b); }
  friend bool operator==(const RecordId& a, const char* b) { return a.equals_text(b); }

 private:
  bool equals_text(std::string_view text) const;
  std::array<uint8_t, 16> bytes_{};
};

// The text form, for logs and test reports.
std::ostream& operator<<(std::ostream& out, const RecordId& id);

}  // namespace rm

template <>
struct std::hash<rm::RecordId> {
  size_t operator()(const rm::RecordId& id) const { return id.hash(); }
};
