// Line breaks of mixed Chinese and English text (src/ui/widgets/wrapped_text.h),
// measured with every character one unit wide.
#include <catch_amalgamated.hpp>

#include <string>
#include <vector>

#include "ui/widgets/wrapped_text.h"

using rm::ui::wrap_lines;

namespace {
std::vector<std::string> wrap(std::string_view text, float room) {
  std::vector<std::string> out;
  for (const auto& [b, e] : wrap_lines(text, room, [](uint32_t) { return 1.0f; }))
    out.emplace_back(text.substr(b, e - b));
  return out;
}
}  // namespace

TEST_CASE("wrapped text: Chinese breaks between characters, not after a lone Latin letter") {
  // ImGui's own wrapping breaks at the space only: "A" alone, then the rest.
  const auto lines = wrap("A 类客户“6-4-2”：每年服务 6 次", 8);
  REQUIRE(lines.size() >= 2);
  CHECK(lines[0] == "A 类客户");  // not "A" alone; "“6-4-2”" is not split
  CHECK(lines[1] == "“6-4-2”：");  // "：" may not start a line
}

TEST_CASE("wrapped text: closing punctuation stays with the character before it") {
  const auto lines = wrap("每年服务六次，其中面谈两次", 6);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "每年服务六");  // "，" may not start the next line: 次 goes with it
  CHECK(lines[1] == "次，其中面谈");
  CHECK(lines[2] == "两次");
}

TEST_CASE("wrapped text: English breaks at spaces, newlines are kept") {
  CHECK(wrap("Six services a year", 10) == std::vector<std::string>{"Six", "services a", "year"});
  CHECK(wrap("one\ntwo", 20) == std::vector<std::string>{"one", "two"});
  CHECK(wrap("abcdefgh", 3) == std::vector<std::string>{"abc", "def", "gh"});  // no space: cut where it must
}
