// Widths computed from the text a widget must show, in the UI language, so
// that no label is cut off when English runs longer than Chinese
// (docs/ui-style.md "Widths").
#pragma once
#include <imgui.h>
#include <imgui_internal.h>  // RenderTextEllipsis

#include <algorithm>
#include <initializer_list>
#include <string>

namespace rm::ui {

// A combo's frame that shows PREVIEW whole, arrow included; never narrower
// than MIN_WIDTH, so that a short preview does not make a crumb of a box.
inline float combo_width(const char* preview, float min_width = 0) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float w = ImGui::CalcTextSize(preview).x + style.FramePadding.x * 2 + ImGui::GetFrameHeight();
  return std::max(w, min_width);
}

// The widest of LABELS as a combo's frame: the box keeps its width whichever
// item is chosen.
inline float combo_width(std::initializer_list<const char*> labels, float min_width = 0) {
  float w = min_width;
  for (const char* l : labels) w = std::max(w, combo_width(l));
  return w;
}

// Free text (a client's tags) in a cell of the width the screen leaves it:
// what does not fit ends in "…" and shows whole on hover — cut, but visibly
// so, and never mid-glyph.
inline void text_ellipsis(const std::string& text) {
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), text.c_str() + text.size());
  const float room = ImGui::GetContentRegionAvail().x;
  if (size.x <= room) {
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    return;
  }
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 max(pos.x + room, pos.y + size.y);
  ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), pos, max, max.x, max.x, text.c_str(),
                            text.c_str() + text.size(), &size);
  ImGui::Dummy(ImVec2(room, size.y));
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
}

}  // namespace rm::ui
