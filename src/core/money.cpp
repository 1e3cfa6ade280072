#include "core/money.h"

namespace rm {

std::string format_yuan(Fen amount) {
  const bool negative = amount < 0;
  // Work in unsigned to survive INT64_MIN.
  uint64_t v = negative ? 0 - static_cast<uint64_t>(amount) : static_cast<uint64_t>(amount);
  const uint64_t whole = v / 100, cents = v % 100;
  std::string digits = std::to_string(whole), grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  std::string out = negative ? "-" : "";
  out += grouped + '.' + char('0' + cents / 10) + char('0' + cents % 10);
  return out;
}

}  // namespace rm
