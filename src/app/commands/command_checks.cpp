#include "app/commands/command_checks.h"

namespace rm {

bool is_blank(std::string_view text) {
  static constexpr std::string_view kFullWidthSpace = "\xE3\x80\x80";
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
    } else if (text.substr(i, kFullWidthSpace.size()) == kFullWidthSpace) {
      i += kFullWidthSpace.size();
    } else {
      return false;
    }
  }
  return true;
}

std::optional<Problem> refuse_blank(std::string_view text, std::string path, std::string_view what_en,
                                    std::string_view what_zh) {
  if (!is_blank(text)) return std::nullopt;
  return refusal("required", "Please fill in " + std::string(what_en) + ".", "请填写" + std::string(what_zh) + "。",
                 std::move(path));
}

std::optional<Problem> refuse_no_date(const Date& date, std::string path) {
  if (date != Date{}) return std::nullopt;
  return refusal("required", "Please give the date.", "请填写日期。", std::move(path));
}

}  // namespace rm
