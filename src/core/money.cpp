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

std::string format_yuan_edit(Fen amount) {
  if (amount == 0) return {};
  std::string text = format_yuan(amount);
  if (text.ends_with(".00")) text.resize(text.size() - 3);
  return text;
}

std::string format_yuan_short(Fen amount, bool chinese) {
  const bool negative = amount < 0;
  const uint64_t v = negative ? 0 - static_cast<uint64_t>(amount) : static_cast<uint64_t>(amount);
  // Units in fen, largest first, and from which amount each is used: 亿 =
  // 10^8 yuan, 万 = 10^4 yuan; M from a million yuan, K from ten thousand.
  struct Unit {
    uint64_t from;
    uint64_t fen;
    const char* suffix;
  };
  static constexpr Unit kChinese[] = {{10'000'000'000ull, 10'000'000'000ull, "亿"}, {1'000'000ull, 1'000'000ull, "万"}};
  static constexpr Unit kEnglish[] = {{100'000'000ull, 100'000'000ull, "M"}, {1'000'000ull, 100'000ull, "K"}};
  const Unit* units = chinese ? kChinese : kEnglish;
  for (int i = 0; i < 2; ++i) {
    const Unit& u = units[i];
    if (v < u.from) continue;
    // Hundredths of the unit, rounded half up, grouped like any figure.
    const uint64_t step = u.fen / 100;
    const uint64_t hundredths = v / step + (v % step * 2 >= step ? 1 : 0);
    return (negative ? "-" : "") + format_yuan(static_cast<Fen>(hundredths)) + u.suffix;
  }
  return format_yuan(amount);
}

}  // namespace rm
