#include "ui/widgets/bar.h"

#include <imgui.h>

#include <algorithm>

#include "ui/automation.h"
#include "ui/palette.h"

namespace rm::ui {

void bar(const char* id, double value, double max, const std::string& tooltip, float width) {
  ImGui::PushID(id);
  if (width <= 0) width = std::max(ImGui::GetContentRegionAvail().x, 60.0f);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float line = ImGui::GetTextLineHeight();
  ImGui::InvisibleButton("##bar", ImVec2(width, line));
  track(id, tooltip);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float height = line * 0.6f;
  const float y0 = p.y + (line - height) * 0.5f, y1 = y0 + height;
  // The track in the muted tone, faint, so that an empty step still shows
  // where its bar would be.
  ImU32 track_colour = tone_u32(Tone::muted);
  track_colour = (track_colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(60) << IM_COL32_A_SHIFT);
  dl->AddRectFilled(ImVec2(p.x, y0), ImVec2(p.x + width, y1), track_colour, 2.0f);
  if (max > 0 && value > 0) {
    const float fill = static_cast<float>(std::clamp(value / max, 0.0, 1.0)) * width;
    dl->AddRectFilled(ImVec2(p.x, y0), ImVec2(p.x + std::max(fill, 2.0f), y1), tone_u32(Tone::info), 2.0f);
  }
  if (ImGui::IsItemHovered() && !tooltip.empty()) ImGui::SetTooltip("%s", tooltip.c_str());
  ImGui::PopID();
}

}  // namespace rm::ui
