// Money is integer fen (分) in int64_t, never floating point: a client's
// balance sheet must add up to the fen on every platform, wasm32 included.
#pragma once
#include <cstdint>
#include <string>

namespace rm {

using Fen = int64_t;

constexpr Fen yuan(int64_t whole_yuan) { return whole_yuan * 100; }

// "1,234,567.89" — grouping as Chinese bank statements print it.
std::string format_yuan(Fen amount);

}  // namespace rm
