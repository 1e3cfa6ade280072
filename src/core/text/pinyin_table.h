// The generated pinyin table (scripts/build/make_pinyin.js writes its
// definition into the build directory at build time). Read it through
// core/text/pinyin.h, not directly.
#pragma once
#include <cstdint>

namespace rm::pinyin::table {

inline constexpr uint16_t kNone = 0xFFFF;

struct HanziEntry {
  uint32_t code_point;
  uint16_t normal;    // index into kSyllables: the ordinary reading
  uint16_t surname;   // the reading as a surname (单 shan); = normal for most
  uint16_t extra[3];  // further readings of a polyphonic character, kNone-padded
};

extern const char* const kSyllables[];
extern const int kSyllableCount;
extern const HanziEntry kHanzi[];  // sorted by code point
extern const int kHanziCount;

}  // namespace rm::pinyin::table
