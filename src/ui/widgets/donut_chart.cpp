#include "ui/widgets/donut_chart.h"

#include <cmath>
#include <cstdio>

#include "ui/automation.h"

namespace rm::ui {

namespace {
constexpr float kPi = 3.14159265358979f;
}

ImU32 chart_color(int index) {
  static const ImU32 kColors[] = {
      IM_COL32(66, 133, 204, 255),  IM_COL32(237, 137, 54, 255), IM_COL32(76, 166, 88, 255),
      IM_COL32(214, 77, 77, 255),   IM_COL32(150, 110, 200, 255), IM_COL32(160, 120, 80, 255),
      IM_COL32(222, 112, 180, 255), IM_COL32(130, 140, 150, 255), IM_COL32(190, 180, 40, 255),
      IM_COL32(40, 170, 180, 255),
  };
  constexpr int n = static_cast<int>(sizeof kColors / sizeof kColors[0]);
  return kColors[((index % n) + n) % n];
}

void donut_chart(const char* id, const std::vector<DonutSlice>& slices, float diameter,
                 const std::string& center_text) {
  double total = 0;
  for (const DonutSlice& s : slices)
    if (s.value > 0) total += s.value;
  ImGui::PushID(id);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float radius = diameter * 0.5f;
  const float thickness = radius * 0.38f;
  const ImVec2 centre(origin.x + radius, origin.y + radius);
  ImGui::InvisibleButton("##donut", ImVec2(diameter, diameter));
  track(id);
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 text_col = ImGui::GetColorU32(ImGuiCol_Text);
  int hovered_slice = -1;
  if (hovered && total > 0) {
    const ImVec2 m = ImGui::GetIO().MousePos;
    const float dx = m.x - centre.x, dy = m.y - centre.y;
    const float dist = std::sqrt(dx * dx + dy * dy);
    if (dist >= radius - thickness && dist <= radius) {
      float a = std::atan2(dy, dx) + kPi * 0.5f;  // 0 at 12 o'clock, clockwise
      if (a < 0) a += 2 * kPi;
      double acc = 0;
      for (size_t i = 0; i < slices.size(); ++i) {
        if (slices[i].value <= 0) continue;
        acc += slices[i].value;
        if (a <= static_cast<float>(acc / total) * 2 * kPi) {
          hovered_slice = static_cast<int>(i);
          break;
        }
      }
    }
  }
  if (total <= 0) {
    dl->AddCircle(centre, radius - thickness * 0.5f, ImGui::GetColorU32(ImGuiCol_Border), 64, thickness);
  } else {
    double acc = 0;
    for (size_t i = 0; i < slices.size(); ++i) {
      if (slices[i].value <= 0) continue;
      const float a0 = static_cast<float>(acc / total) * 2 * kPi - kPi * 0.5f;
      acc += slices[i].value;
      const float a1 = static_cast<float>(acc / total) * 2 * kPi - kPi * 0.5f;
      const bool hot = static_cast<int>(i) == hovered_slice;
      const float r = radius - thickness * 0.5f + (hot ? 2.0f : 0.0f);
      const int segments = 4 + static_cast<int>((a1 - a0) * 24);
      dl->PathArcTo(centre, r, a0, a1, segments);
      dl->PathStroke(chart_color(static_cast<int>(i)), 0, thickness + (hot ? 4.0f : 0.0f));
    }
  }
  const ImVec2 ts = ImGui::CalcTextSize(center_text.c_str());
  dl->AddText(ImVec2(centre.x - ts.x * 0.5f, centre.y - ts.y * 0.5f), text_col, center_text.c_str());
  if (hovered_slice >= 0) {
    const DonutSlice& s = slices[static_cast<size_t>(hovered_slice)];
    ImGui::SetTooltip("%s: %s (%.1f%%)", s.label.c_str(), s.value_text.c_str(), 100.0 * s.value / total);
  }
  // Legend.
  ImGui::SameLine();
  ImGui::BeginGroup();
  for (size_t i = 0; i < slices.size(); ++i) {
    if (slices[i].value <= 0) continue;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    dl->AddRectFilled(ImVec2(p.x, p.y + h * 0.15f), ImVec2(p.x + h * 0.7f, p.y + h * 0.85f),
                      chart_color(static_cast<int>(i)), 2.0f);
    ImGui::Dummy(ImVec2(h * 0.8f, h));
    ImGui::SameLine();
    ImGui::Text("%s  %.1f%%  %s", slices[i].label.c_str(), 100.0 * slices[i].value / total,
                slices[i].value_text.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s: %s", slices[i].label.c_str(), slices[i].value_text.c_str());
  }
  ImGui::EndGroup();
  ImGui::PopID();
}

}  // namespace rm::ui
