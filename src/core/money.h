// Money is integer fen (分) in int64_t, never floating point: a client's
// balance sheet must add up to the fen on every platform, wasm32 included.
#pragma once
#include <cstdint>
#include <limits>
#include <string>

namespace rm {

using Fen = int64_t;

constexpr Fen yuan(int64_t whole_yuan) { return whole_yuan * 100; }

// The largest amount one money field may hold: 10^15 fen, 10 trillion yuan
// (10 万亿元), above any single balance, income or product amount a bank's
// relationship manager records (docs/domain.md, "Money"). INT64_MAX is
// 9 223 such amounts, so a household's balance sheet (11 fields) or any
// figure made of a few fields cannot overflow; totals over a whole book
// (100 000 clients) could, and use the saturating helpers below.
inline constexpr Fen kMaxAmount = 1'000'000'000'000'000;

// Saturating arithmetic for totals: a result beyond int64 is held at
// INT64_MAX (or INT64_MIN) instead of overflowing (undefined behaviour, and
// in practice a negative total). Every sum of many amounts uses these.
inline constexpr Fen kMoneyCeiling = std::numeric_limits<Fen>::max();
inline constexpr Fen kMoneyFloor = std::numeric_limits<Fen>::min();

constexpr Fen add_money(Fen a, Fen b) {
  Fen r = 0;
  if (__builtin_add_overflow(a, b, &r)) return b > 0 ? kMoneyCeiling : kMoneyFloor;
  return r;
}
constexpr Fen sub_money(Fen a, Fen b) {
  Fen r = 0;
  if (__builtin_sub_overflow(a, b, &r)) return b < 0 ? kMoneyCeiling : kMoneyFloor;
  return r;
}
constexpr Fen mul_money(Fen a, int64_t k) {
  Fen r = 0;
  if (__builtin_mul_overflow(a, k, &r)) return (a < 0) != (k < 0) ? kMoneyFloor : kMoneyCeiling;
  return r;
}
// Every amount on screen, in a file or in a form is written by these three,
// so a figure reads the same everywhere (docs/domain.md, "Money"):
// "1,234,567.89" — grouping as Chinese bank statements print it.
std::string format_yuan(Fen amount);
// The same for a form field: whole yuan without ".00" ("9,499,926"), and an
// empty text for zero (the field's hint shows "0.00"). Forms read it back
// with the grouping commas.
std::string format_yuan_edit(Fen amount);
// As a manager says it: "949.99万", "1.23亿" from 10,000 yuan on (two decimals,
// rounded half up), "9,999.00" below; in English the same in M and K
// ("9.50M", "950.00K") — "万" has no English word.
std::string format_yuan_short(Fen amount, bool chinese);

}  // namespace rm
