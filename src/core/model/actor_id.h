// The id of the manager or supervisor who made a change, as every stamp
// (Hlc) carries it. A book has a handful of actors and two or more stamps
// per record — 1.2 million at 50 000 clients — so the text is shared, not
// copied: a copy is a reference count, not a 36-byte allocation. That was a
// quarter of the allocations, and of the fresh memory, of opening a book.
//
// Immutable; compares and orders by its text. Converts to and from
// std::string so stamps read like plain strings.
#pragma once
#include <compare>
#include <memory>
#include <string>
#include <string_view>

namespace rm {

class ActorId {
 public:
  ActorId() = default;
  ActorId(std::string_view text) : text_(text.empty() ? nullptr : std::make_shared<const std::string>(text)) {}
  ActorId(const std::string& text) : ActorId(std::string_view(text)) {}
  ActorId(const char* text) : ActorId(std::string_view(text)) {}

  const std::string& str() const { return text_ ? *text_ : empty_text(); }
  operator const std::string&() const { return str(); }
  bool empty() const { return !text_; }
  int compare(const ActorId& other) const { return text_ == other.text_ ? 0 : str().compare(other.str()); }

  friend bool operator==(const ActorId& a, const ActorId& b) { return a.text_ == b.text_ || a.str() == b.str(); }
  friend bool operator==(const ActorId& a, std::string_view b) { return a.str() == b; }
  friend bool operator==(const ActorId& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const ActorId& a, const char* b) { return a.str() == b; }
  friend std::strong_ordering operator<=>(const ActorId& a, const ActorId& b) {
    const int c = a.compare(b);
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
  }

 private:
  static const std::string& empty_text() {
    static const std::string empty;
    return empty;
  }
  std::shared_ptr<const std::string> text_;
};

}  // namespace rm
