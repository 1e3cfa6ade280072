// Pinyin of Chinese text, for search: typing `zw` or `zhangwei` finds 张伟.
//
// The readings come from a table generated at build time from the npm package
// pinyin-pro (scripts/build/make_pinyin.js), covering every hanzi of the UI
// font (GB2312 levels 1 and 2). Readings are toneless lowercase ASCII; ü is
// written v (吕 → lv), as pinyin keyboards type it.
//
// Conversions keep Latin letters (lowercased) and digits, so mixed names such
// as "Anna李" or "王2号" are searchable; everything else (spaces, punctuation,
// characters outside the table) is dropped.
//
// Names: the first character of a personal name is read as a surname, so
// 单伟 is "shanwei" and 曾 "zeng" (not "dan", "ceng"). Because people type what
// they hear, name_keys() also offers the other readings of a polyphonic
// surname as alternatives (单 → shan, dan, chan).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace rm::pinyin {

struct Readings {
  std::string_view normal;   // the ordinary reading ("dan" for 单)
  std::string_view surname;  // as a surname ("shan"); = normal for most characters
  std::vector<std::string_view> others;  // further readings of a polyphonic character
};

// Whether the table knows the code point.
bool has_readings(char32_t code_point);
// Readings of one code point; all empty when the table does not know it.
Readings readings(char32_t code_point);

// "张伟" → "zhangwei"; "Anna李" → "annali".
std::string full(std::string_view utf8);
// "张伟" → "zw"; "Anna李" → "annal" (Latin letters and digits are kept whole).
std::string initials(std::string_view utf8);

// The search keys of a personal name: full pinyin and initials with the
// surname reading first, then the variants for the other readings of a
// polyphonic surname. Always an even count: {full, initials, full, initials…}.
std::vector<std::string> name_keys(std::string_view utf8_name);

// The key a list of names sorts by: pinyin syllable by syllable, and within
// one syllable the character itself, so names that read alike stay grouped
// by character (陈芳, 陈杰 before 程刚: "chen" < "cheng" whatever follows,
// and every 陈 before 臣, also "chen"). Compare the keys as bytes; the
// first hanzi is read as a surname, as in name_keys().
std::string name_sort_key(std::string_view utf8_name);

// Decodes one UTF-8 code point at `pos` and advances it; invalid bytes decode
// as U+FFFD and advance by one.
char32_t next_code_point(std::string_view utf8, size_t& pos);

}  // namespace rm::pinyin
