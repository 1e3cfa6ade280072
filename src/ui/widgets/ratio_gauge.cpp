#include "ui/widgets/ratio_gauge.h"

#include <algorithm>

#include "ui/automation.h"
#include "ui/palette.h"

namespace rm::ui {

ImU32 tone_color(GaugeTone tone) {
  switch (tone) {
    case GaugeTone::good: return tone_u32(Tone::good);
    case GaugeTone::fair: return tone_u32(Tone::warn);
    case GaugeTone::bad: return tone_u32(Tone::bad);
    case GaugeTone::none: break;
  }
  return tone_u32(Tone::muted);
}

void ratio_gauge(const char* id, const RatioGaugeSpec& spec, float width, float height) {
  ImGui::PushID(id);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float line = ImGui::GetFrameHeight();
  ImGui::InvisibleButton("##gauge", ImVec2(width, line));
  track(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float y0 = p.y + (line - height) * 0.5f, y1 = y0 + height;
  dl->AddRectFilled(ImVec2(p.x, y0), ImVec2(p.x + width, y1), ImGui::GetColorU32(ImGuiCol_FrameBg), 3.0f);
  const double max = spec.scale_max > 0 ? spec.scale_max : 1.0;
  if (spec.tone != GaugeTone::none) {
    const float fill = static_cast<float>(std::clamp(spec.value / max, 0.0, 1.0)) * width;
    dl->AddRectFilled(ImVec2(p.x, y0), ImVec2(p.x + std::max(fill, 2.0f), y1), tone_color(spec.tone), 3.0f);
  }
  const float tx = p.x + static_cast<float>(std::clamp(spec.threshold / max, 0.0, 1.0)) * width;
  dl->AddLine(ImVec2(tx, y0 - 3), ImVec2(tx, y1 + 3), ImGui::GetColorU32(ImGuiCol_Text), 2.0f);
  dl->AddRect(ImVec2(p.x, y0), ImVec2(p.x + width, y1), ImGui::GetColorU32(ImGuiCol_Border), 3.0f);
  if (ImGui::IsItemHovered() && !spec.tooltip.empty()) ImGui::SetTooltip("%s", spec.tooltip.c_str());
  ImGui::PopID();
}

}  // namespace rm::ui
