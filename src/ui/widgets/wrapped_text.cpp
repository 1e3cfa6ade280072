#include "ui/widgets/wrapped_text.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

namespace rm::ui {

namespace {

// The code point at TEXT[I] and its length in bytes (a bad byte counts as one).
uint32_t decode(std::string_view text, size_t i, size_t& len) {
  unsigned int c = 0;
  const int n = ImTextCharFromUtf8(&c, text.data() + i, text.data() + text.size());
  len = n > 0 ? static_cast<size_t>(n) : 1;
  return c;
}

bool is_cjk(uint32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) ||
         (c >= 0x3000 && c <= 0x303F);
}

bool one_of(uint32_t c, std::u32string_view set) { return set.find(static_cast<char32_t>(c)) != set.npos; }

// Punctuation that may not start a line (it closes what came before), and
// punctuation that may not end one (it opens what comes after).
bool no_line_start(uint32_t c) { return one_of(c, U"，。、；：？！）」』”’》〉】…%,.;:?!)"); }
bool no_line_end(uint32_t c) { return one_of(c, U"（「『“‘《〈【(¥"); }

}  // namespace

std::vector<std::pair<size_t, size_t>> wrap_lines(std::string_view text, float room,
                                                  const std::function<float(uint32_t)>& advance) {
  std::vector<std::pair<size_t, size_t>> lines;
  size_t start = 0;
  for (;;) {
    float width = 0;
    size_t i = start, brk = std::string_view::npos, end = text.size();
    uint32_t prev = 0;
    while (i < text.size()) {
      size_t len = 0;
      const uint32_t c = decode(text, i, len);
      if (c == '\n') {
        end = i;
        break;
      }
      // A break before C: after a space, or next to a Chinese character,
      // unless punctuation holds the two together.
      if (i > start && (prev == ' ' || is_cjk(prev) || is_cjk(c)) && !no_line_start(c) && !no_line_end(prev))
        brk = i;
      width += advance(c);
      if (width > room && i > start && c != ' ') {
        end = brk != std::string_view::npos ? brk : i;
        break;
      }
      prev = c;
      i += len;
    }
    size_t line_end = end;
    while (line_end > start && text[line_end - 1] == ' ') --line_end;
    lines.emplace_back(start, line_end);
    if (end >= text.size()) break;
    start = end;
    if (text[start] == '\n') ++start;
    else
      while (start < text.size() && text[start] == ' ') ++start;
  }
  return lines;
}

void wrapped_text(std::string_view text) {
  ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  const auto lines = wrap_lines(text, ImGui::GetContentRegionAvail().x,
                                [&](uint32_t c) { return font->GetCharAdvance(static_cast<ImWchar>(c)) * scale; });
  ImGui::BeginGroup();
  for (const auto& [b, e] : lines) ImGui::TextUnformatted(text.data() + b, text.data() + e);
  ImGui::EndGroup();
}

}  // namespace rm::ui
