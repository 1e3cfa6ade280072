#include "core/text/pinyin.h"

#include <algorithm>

#include "core/text/pinyin_table.h"

namespace rm::pinyin {

namespace {

const table::HanziEntry* find(char32_t cp) {
  const table::HanziEntry* begin = table::kHanzi;
  const table::HanziEntry* end = table::kHanzi + table::kHanziCount;
  const table::HanziEntry* it = std::lower_bound(
      begin, end, cp, [](const table::HanziEntry& e, char32_t c) { return e.code_point < c; });
  return it != end && it->code_point == cp ? it : nullptr;
}

std::string_view syllable(uint16_t i) {
  return i < table::kSyllableCount ? std::string_view(table::kSyllables[i]) : std::string_view{};
}

bool latin_or_digit(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
}

char lower(char32_t cp) { return static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp); }

// Converts UTF8, reading the first hanzi of the text as FIRST (when not empty).
void convert(std::string_view utf8, std::string_view first, std::string* full_out, std::string* initials_out) {
  size_t pos = 0;
  bool at_first_hanzi = true;
  while (pos < utf8.size()) {
    const char32_t cp = next_code_point(utf8, pos);
    if (latin_or_digit(cp)) {
      if (full_out) full_out->push_back(lower(cp));
      if (initials_out) initials_out->push_back(lower(cp));
      continue;
    }
    const table::HanziEntry* e = find(cp);
    if (!e) continue;
    std::string_view r = syllable(e->normal);
    if (at_first_hanzi && !first.empty()) r = first;
    at_first_hanzi = false;
    if (full_out) full_out->append(r);
    if (initials_out && !r.empty()) initials_out->push_back(r.front());
  }
}

}  // namespace

char32_t next_code_point(std::string_view s, size_t& pos) {
  const auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char c = b(pos);
  int len = 1;
  char32_t cp = c;
  if (c >= 0xF0 && c < 0xF8) { len = 4; cp = c & 0x07; }
  else if (c >= 0xE0) { len = 3; cp = c & 0x0F; }
  else if (c >= 0xC0) { len = 2; cp = c & 0x1F; }
  else if (c >= 0x80) { ++pos; return 0xFFFD; }
  if (pos + static_cast<size_t>(len) > s.size()) { ++pos; return 0xFFFD; }
  for (int i = 1; i < len; ++i) {
    const unsigned char t = b(pos + static_cast<size_t>(i));
    if ((t & 0xC0) != 0x80) { ++pos; return 0xFFFD; }
    cp = (cp << 6) | (t & 0x3F);
  }
  pos += static_cast<size_t>(len);
  return cp;
}

bool has_readings(char32_t code_point) { return find(code_point) != nullptr; }

Readings readings(char32_t code_point) {
  Readings r;
  const table::HanziEntry* e = find(code_point);
  if (!e) return r;
  r.normal = syllable(e->normal);
  r.surname = syllable(e->surname);
  for (uint16_t x : e->extra)
    if (x != table::kNone) r.others.push_back(syllable(x));
  return r;
}

std::string full(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() * 2);
  convert(utf8, {}, &out, nullptr);
  return out;
}

std::string initials(std::string_view utf8) {
  std::string out;
  convert(utf8, {}, nullptr, &out);
  return out;
}

std::string name_sort_key(std::string_view utf8_name) {
  // Each character becomes "syllable \1 character \1": the separator sorts
  // below every letter, so a syllable ends before a longer one goes on.
  std::string key;
  key.reserve(utf8_name.size() * 4);
  size_t pos = 0;
  bool at_first_hanzi = true;
  while (pos < utf8_name.size()) {
    const size_t at = pos;
    const char32_t cp = next_code_point(utf8_name, pos);
    if (latin_or_digit(cp)) {
      key.push_back(lower(cp));
    } else if (const table::HanziEntry* e = find(cp)) {
      key.append(syllable(at_first_hanzi ? e->surname : e->normal));
      at_first_hanzi = false;
    }
    key.push_back('\x01');
    key.append(utf8_name.substr(at, pos - at));
    key.push_back('\x01');
  }
  return key;
}

std::vector<std::string> name_keys(std::string_view utf8_name) {
  // The first hanzi's readings: surname reading first, then the rest.
  std::vector<std::string_view> firsts;
  size_t pos = 0;
  while (pos < utf8_name.size()) {
    const char32_t cp = next_code_point(utf8_name, pos);
    if (latin_or_digit(cp)) break;  // a Latin name: no surname reading
    if (has_readings(cp)) {
      const Readings r = readings(cp);
      firsts.push_back(r.surname);
      if (r.normal != r.surname) firsts.push_back(r.normal);
      for (std::string_view o : r.others) firsts.push_back(o);
      break;
    }
  }
  if (firsts.empty()) firsts.push_back({});
  std::vector<std::string> keys;
  keys.reserve(firsts.size() * 2);
  for (std::string_view first : firsts) {
    std::string f, i;
    convert(utf8_name, first, &f, &i);
    keys.push_back(std::move(f));
    keys.push_back(std::move(i));
  }
  return keys;
}

}  // namespace rm::pinyin
