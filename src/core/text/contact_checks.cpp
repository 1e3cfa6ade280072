#include "core/text/contact_checks.h"

#include <string>

#include "core/civil_date.h"

namespace rm {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A landline without its country code: 0, the area code, the subscriber
// number. Area codes 010 and 020-029 have three digits, every other four.
bool valid_landline(const std::string& d) {
  if (d.size() < 10 || d[0] != '0') return false;
  const size_t area = (d[1] == '1' || d[1] == '2') ? 3 : 4;
  if (d[1] == '1' && d[2] != '0') return false;  // 010 is the only 01x code
  if (d[1] == '0') return false;
  const size_t subscriber = d.size() - area;
  if (subscriber != 7 && subscriber != 8) return false;
  return d[area] >= '2';  // subscriber numbers start with 2-9
}

bool valid_mobile(const std::string& d) { return d.size() == 11 && d[0] == '1' && d[1] >= '3'; }

}  // namespace

bool valid_phone(std::string_view text) {
  std::string d;
  bool plus = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (digit(c)) d += c;
    else if (c == '+' && i == 0) plus = true;
    else if (c != ' ' && c != '-' && c != '(' && c != ')') return false;
  }
  bool international = plus;
  if (plus) {
    if (d.rfind("86", 0) != 0) return false;
    d.erase(0, 2);
  } else if (d.rfind("0086", 0) == 0) {
    international = true;
    d.erase(0, 4);
  }
  if (valid_mobile(d)) return true;
  // After +86 the area code drops its 0 (+86 10 6588 0342).
  return valid_landline(international ? "0" + d : d);
}

bool valid_id_number(std::string_view text) {
  if (text.size() != 18) return false;
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kCheck[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) {
    if (!digit(text[i])) return false;
    sum += (text[i] - '0') * kWeights[i];
  }
  auto number = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) v = v * 10 + (text[i] - '0');
    return v;
  };
  const int year = number(6, 4);
  if (year < 1900 || !Date::checked(year, number(10, 2), number(12, 2))) return false;
  const char last = text[17] == 'x' ? 'X' : text[17];
  return last == kCheck[sum % 11];
}

bool valid_email(std::string_view text) {
  const size_t at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos) return false;
  for (char c : text.substr(0, at))
    if (static_cast<unsigned char>(c) <= ' ' || static_cast<unsigned char>(c) >= 0x7f || c == ',' || c == ';' ||
        c == '<' || c == '>' || c == '(' || c == ')' || c == '"')
      return false;
  if (text[0] == '.' || text[at - 1] == '.' || text.find("..") != std::string_view::npos) return false;
  const std::string_view domain = text.substr(at + 1);
  size_t start = 0, labels = 0;
  std::string_view last;
  while (true) {
    const size_t dot = domain.find('.', start);
    const std::string_view label = domain.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (label.empty() || label.front() == '-' || label.back() == '-') return false;
    for (char c : label)
      if (!digit(c) && !alpha(c) && c != '-') return false;
    ++labels;
    last = label;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  if (labels < 2 || last.size() < 2) return false;
  for (char c : last)
    if (!alpha(c)) return false;
  return true;
}

}  // namespace rm
