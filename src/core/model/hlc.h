// Hybrid logical clock (Kulkarni et al.): a timestamp that follows wall time
// when clocks behave, and still orders events causally when a device's clock
// is behind or two edits share a millisecond. Plan files exchanged between a
// manager and a supervisor are merged field by field, the later stamp
// winning; the actor id breaks the last tie so every device picks the same
// winner.
#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/actor_id.h"

namespace rm {

struct Hlc {
  int64_t wall_ms = 0;   // Unix milliseconds as the device saw them
  uint32_t counter = 0;  // orders events within one wall_ms
  ActorId actor;         // id of the manager or supervisor who made the change

  friend bool operator==(const Hlc&, const Hlc&) = default;
  friend std::strong_ordering operator<=>(const Hlc& a, const Hlc& b) {
    if (auto c = a.wall_ms <=> b.wall_ms; c != 0) return c;
    if (auto c = a.counter <=> b.counter; c != 0) return c;
    const int r = a.actor.compare(b.actor);
    return r < 0 ? std::strong_ordering::less
                 : r > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
  }
};

// "1732380282123:0:0f8fad5b-d9cb-469f-a165-70867728950e"
std::string hlc_text(const Hlc& stamp);
// Strict inverse of hlc_text: decimal fields without sign or leading zeros
// (except "0"), counter < 2^32, actor a UUID.
std::optional<Hlc> parse_hlc(std::string_view text);

// How far ahead of the device's clock a stamp from elsewhere may be, and the
// largest counter it may carry, for a file to be imported (docs/storage.md,
// "Clocks"). A clock that adopted such a stamp would stamp every later edit
// with it: a file from a device whose clock is a year ahead would make this
// device's edits lose every merge for a year, and a counter at its maximum
// leaves no room to count. A day covers any time zone or clock error; real
// counters stay in the thousands (they count edits within one millisecond).
inline constexpr int64_t kMaxStampAheadMs = int64_t{24} * 60 * 60 * 1000;
inline constexpr uint32_t kMaxImportedCounter = uint32_t{1} << 31;
// Whether a stamp from elsewhere is within those limits at device time NOW_MS.
bool stamp_acceptable(const Hlc& stamp, int64_t now_ms);

// One device's clock. The core reads no clock: callers pass the wall time.
//
// It never wraps: when the counter is at its maximum, the next stamp carries
// into the millisecond (wall_ms + 1, counter 0), as if the counter were the
// low digits of one number, so every stamp still orders after the last. At
// the very last stamp (INT64_MAX, UINT32_MAX) the clock stays there: later
// stamps equal it rather than order before it.
class HlcClock {
 public:
  explicit HlcClock(const std::string& actor, Hlc last_seen = {}) : actor_(actor), last_(std::move(last_seen)) {}
  // A stamp for a local change.
  Hlc tick(int64_t now_ms);
  // Advances past a stamp seen in merged data, so later local changes order
  // after everything already known.
  Hlc receive(const Hlc& remote, int64_t now_ms);
  const Hlc& last() const { return last_; }
  const std::string& actor() const { return actor_.str(); }

 private:
  ActorId actor_;  // shared by every stamp this clock gives out
  Hlc last_;
};

}  // namespace rm
