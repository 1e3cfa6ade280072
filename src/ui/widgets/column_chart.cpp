#include "ui/widgets/column_chart.h"

#include <imgui.h>

#include <algorithm>

#include "ui/automation.h"
#include "ui/palette.h"

namespace rm::ui {

void column_chart(const char* id, const std::vector<ChartColumn>& columns, int today_index, float width,
                  float height, const std::string& scale) {
  if (columns.empty()) return;
  ImGui::PushID(id);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float axis_h = ImGui::GetTextLineHeight();
  ImGui::InvisibleButton("##chart", ImVec2(width, height + axis_h));
  track(id, std::to_string(columns.size()));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  double max = 0;
  for (const ChartColumn& c : columns) max = std::max(max, c.value);
  const float slot = width / static_cast<float>(columns.size());
  const float gap = std::max(2.0f, slot * 0.2f);
  const float base = p.y + height;
  dl->AddLine(ImVec2(p.x, base), ImVec2(p.x + width, base), tone_u32(Tone::muted));
  const ImU32 past = tone_u32(Tone::info);
  const ImU32 ahead = (past & ~IM_COL32_A_MASK) | (static_cast<ImU32>(110) << IM_COL32_A_SHIFT);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool hovered = ImGui::IsItemHovered();
  // Axis labels every few columns, as many as fit without touching.
  const float label_w = ImGui::CalcTextSize(columns.front().axis.c_str()).x + 12;
  const int every = std::max(1, static_cast<int>(label_w / slot) + 1);
  for (size_t i = 0; i < columns.size(); ++i) {
    const float x0 = p.x + slot * static_cast<float>(i) + gap * 0.5f, x1 = x0 + slot - gap;
    const float h = max > 0 ? static_cast<float>(columns[i].value / max) * (height - 4) : 0;
    const bool is_ahead = static_cast<int>(i) > today_index;
    if (h > 0) dl->AddRectFilled(ImVec2(x0, base - std::max(h, 1.0f)), ImVec2(x1, base), is_ahead ? ahead : past, 2.0f);
    if (static_cast<int>(i) == today_index)
      dl->AddLine(ImVec2(x1 + gap * 0.5f, p.y), ImVec2(x1 + gap * 0.5f, base), tone_u32(Tone::warn), 1.5f);
    // A label that would run past the chart's right edge is left out, not cut.
    if (i % static_cast<size_t>(every) == 0 &&
        x0 + ImGui::CalcTextSize(columns[i].axis.c_str()).x <= p.x + width)
      dl->AddText(ImVec2(x0, base + 2), ImGui::GetColorU32(ImGuiCol_TextDisabled), columns[i].axis.c_str());
    if (hovered && mouse.x >= x0 - gap * 0.5f && mouse.x < x1 + gap * 0.5f && !columns[i].tooltip.empty())
      ImGui::SetTooltip("%s", columns[i].tooltip.c_str());
  }
  if (!scale.empty() && max > 0) {
    const float top = base - (height - 4);
    dl->AddLine(ImVec2(p.x, top), ImVec2(p.x + width, top), (tone_u32(Tone::muted) & ~IM_COL32_A_MASK) | (60u << IM_COL32_A_SHIFT));
    const ImVec2 size = ImGui::CalcTextSize(scale.c_str());
    dl->AddRectFilled(ImVec2(p.x, top), ImVec2(p.x + size.x + 6, top + size.y), ImGui::GetColorU32(ImGuiCol_WindowBg));
    dl->AddText(ImVec2(p.x + 3, top), ImGui::GetColorU32(ImGuiCol_Text), scale.c_str());
  }
  ImGui::PopID();
}

}  // namespace rm::ui
