// The Chinese lunisolar calendar as data: one 32-bit word per lunar year.
// Month lengths and leap months follow the moon and the solar terms, so they
// cannot be computed by a short rule; every implementation either runs an
// ephemeris or carries a table. A table is exact, tiny and fast.
//
// Word layout (bit 0 = least significant):
//   bits  0..12  month i of the year (in order, the leap month in its place)
//                has 30 days when bit i is set, else 29
//   bits 13..16  the leap month: 0 = none, n = an extra month after month n
//   bits 17..22  day of the Gregorian year (0 = 1 January) of lunar new year
#pragma once
#include <cstdint>

namespace rm::lunar_table {

constexpr int kFirstYear = 1899;  // so every Gregorian day of 1900 is covered
constexpr int kLastYear = 2100;

// Caller ensures kFirstYear <= lunar_year <= kLastYear.
uint32_t year_word(int lunar_year);

}  // namespace rm::lunar_table
