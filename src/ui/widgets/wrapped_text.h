// Text wrapped to the room it is drawn in, Chinese and English alike.
//
// ImGui wraps at spaces only: a line of Chinese is one "word" to it, so
// "A 类客户“6-4-2”：每年服务…" breaks after the lone "A" and leaves a ragged
// line. Chinese may break between any two characters, except before closing
// punctuation (，。：）” …) and after opening punctuation (（“《 …); English
// breaks at spaces (docs/ui-style.md "Text").
#pragma once
#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

namespace rm::ui {

// Where TEXT's lines begin and end (byte offsets, trailing spaces left out)
// when no line may be wider than ROOM; ADVANCE is a code point's width. A
// line holds at least one character, however narrow the room.
std::vector<std::pair<size_t, size_t>> wrap_lines(std::string_view text, float room,
                                                  const std::function<float(uint32_t)>& advance);

// Draws TEXT wrapped to the content region's width, as one item (a group),
// so that IsItemHovered() after it covers every line.
void wrapped_text(std::string_view text);

}  // namespace rm::ui
