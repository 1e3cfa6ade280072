// Pinyin for search (core/text/pinyin.h): the generated table, names with
// polyphonic surnames, and mixed Latin/digits.
#include <catch_amalgamated.hpp>

#include <algorithm>

#include "core/text/pinyin.h"

using namespace rm;

namespace {
bool has(const std::vector<std::string>& keys, const std::string& k) {
  return std::find(keys.begin(), keys.end(), k) != keys.end();
}
}  // namespace

TEST_CASE("张伟 reads zhangwei, initials zw", "[pinyin]") {
  CHECK(pinyin::full("张伟") == "zhangwei");
  CHECK(pinyin::initials("张伟") == "zw");
  const auto keys = pinyin::name_keys("张伟");
  REQUIRE(keys.size() == 2);
  CHECK(keys[0] == "zhangwei");
  CHECK(keys[1] == "zw");
}

TEST_CASE("the table covers every GB2312 hanzi, first and last of each level", "[pinyin]") {
  CHECK(pinyin::has_readings(U'啊'));  // level 1, first
  CHECK(pinyin::has_readings(U'座'));  // level 1, last
  CHECK(pinyin::has_readings(U'亍'));  // level 2, first
  CHECK(pinyin::has_readings(U'齄'));  // level 2, last
  CHECK_FALSE(pinyin::has_readings(U'A'));
  CHECK_FALSE(pinyin::has_readings(U'𠀀'));  // outside the font
  CHECK(pinyin::readings(U'吕').normal == "lv");  // ü typed as v
}

TEST_CASE("a polyphonic surname is read as a surname first, other readings stay searchable", "[pinyin]") {
  const pinyin::Readings r = pinyin::readings(U'单');
  CHECK(r.normal == "dan");
  CHECK(r.surname == "shan");
  const auto keys = pinyin::name_keys("单丽");
  REQUIRE(keys.size() >= 4);
  CHECK(keys[0] == "shanli");
  CHECK(keys[1] == "sl");
  CHECK(has(keys, "danli"));
  // Not a surname outside the first position: 简单 is jiandan.
  CHECK(pinyin::full("简单") == "jiandan");
  CHECK(pinyin::name_keys("曾强")[0] == "zengqiang");
  CHECK(pinyin::name_keys("仇敏")[0] == "qiumin");
  CHECK(pinyin::name_keys("欧阳明")[0] == "ouyangming");
  CHECK(pinyin::name_keys("欧阳明")[1] == "oym");
}

TEST_CASE("Latin letters and digits are kept, lowercased; other characters dropped", "[pinyin]") {
  CHECK(pinyin::full("Anna李") == "annali");
  CHECK(pinyin::initials("Anna李") == "annal");
  CHECK(pinyin::full("王2号") == "wang2hao");
  CHECK(pinyin::initials("王2号") == "w2h");
  CHECK(pinyin::full("张 伟·Z") == "zhangweiz");
  CHECK(pinyin::full("") == "");
  CHECK(pinyin::name_keys("Tom Lee")[0] == "tomlee");
  CHECK(pinyin::name_keys("Tom Lee").size() == 2);
}

TEST_CASE("invalid UTF-8 does not stop the conversion", "[pinyin]") {
  const std::string bad = std::string("\xff") + "张" + std::string("\xe5\xbc") ;
  CHECK(pinyin::full(bad) == "zhang");
}
