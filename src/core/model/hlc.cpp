#include "core/model/hlc.h"

#include <algorithm>
#include <limits>

#include "core/model/uuid.h"

namespace rm {

std::string hlc_text(const Hlc& h) {
  std::string out = std::to_string(h.wall_ms);
  out += ':';
  out += std::to_string(h.counter);
  out += ':';
  out += h.actor;
  return out;
}

namespace {
// Canonical unsigned decimal; refuses leading zeros so that text ↔ stamp is one-to-one.
std::optional<uint64_t> parse_decimal(std::string_view s, uint64_t max) {
  if (s.empty() || s.size() > 19 || (s.size() > 1 && s[0] == '0')) return std::nullopt;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  if (v > max) return std::nullopt;
  return v;
}
}  // namespace

std::optional<Hlc> parse_hlc(std::string_view text) {
  const size_t a = text.find(':');
  if (a == std::string_view::npos) return std::nullopt;
  const size_t b = text.find(':', a + 1);
  if (b == std::string_view::npos) return std::nullopt;
  const auto wall = parse_decimal(text.substr(0, a), static_cast<uint64_t>(INT64_MAX));
  const auto counter = parse_decimal(text.substr(a + 1, b - a - 1), UINT32_MAX);
  const std::string_view actor = text.substr(b + 1);
  if (!wall || !counter || !is_uuid(actor)) return std::nullopt;
  return Hlc{static_cast<int64_t>(*wall), static_cast<uint32_t>(*counter), std::string(actor)};
}

namespace {
constexpr int64_t kLastWall = std::numeric_limits<int64_t>::max();
constexpr uint32_t kLastCounter = std::numeric_limits<uint32_t>::max();

// The stamp right after (WALL, COUNTER + STEP) with STEP 0 or 1: the counter
// carries into the millisecond instead of wrapping, and the last stamp stays.
void set_after(Hlc& h, int64_t wall, uint32_t counter, bool step) {
  if (!step) {
    h.wall_ms = wall;
    h.counter = counter;
  } else if (counter < kLastCounter) {
    h.wall_ms = wall;
    h.counter = counter + 1;
  } else if (wall < kLastWall) {
    h.wall_ms = wall + 1;
    h.counter = 0;
  } else {
    h.wall_ms = kLastWall;
    h.counter = kLastCounter;
  }
}
}  // namespace

bool stamp_acceptable(const Hlc& stamp, int64_t now_ms) {
  const int64_t limit = now_ms > kLastWall - kMaxStampAheadMs ? kLastWall : now_ms + kMaxStampAheadMs;
  return stamp.wall_ms <= limit && stamp.counter <= kMaxImportedCounter;
}

Hlc HlcClock::tick(int64_t now_ms) {
  if (now_ms > last_.wall_ms) {
    set_after(last_, now_ms, 0, false);
  } else {
    set_after(last_, last_.wall_ms, last_.counter, true);
  }
  last_.actor = actor_;
  return last_;
}

Hlc HlcClock::receive(const Hlc& remote, int64_t now_ms) {
  const int64_t wall = std::max({last_.wall_ms, remote.wall_ms, now_ms});
  if (wall == last_.wall_ms && wall == remote.wall_ms) {
    set_after(last_, wall, std::max(last_.counter, remote.counter), true);
  } else if (wall == last_.wall_ms) {
    set_after(last_, wall, last_.counter, true);
  } else if (wall == remote.wall_ms) {
    set_after(last_, wall, remote.counter, true);
  } else {
    set_after(last_, wall, 0, false);
  }
  last_.actor = actor_;
  return last_;
}

}  // namespace rm
