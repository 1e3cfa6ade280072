#include "ui/widgets/maturity_timeline.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/automation.h"
#include "ui/strings/client_view_strings.h"
#include "ui/widgets/donut_chart.h"

namespace rm::ui {

void maturity_timeline(const char* id, Date today, int months, const std::vector<TimelineItem>& items, float width) {
  ImGui::PushID(id);
  const float height = 96.0f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##timeline", ImVec2(width, height));
  track(id);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const ImU32 faint = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const float left = p.x + 8, right = p.x + width - 8;
  const float axis_y = p.y + height - 28;
  const Date end = today.plus_months(months);
  const float span = static_cast<float>(std::max(1, end - today));
  auto x_of = [&](Date d) { return left + (right - left) * static_cast<float>(d - today) / span; };
  dl->AddLine(ImVec2(left, axis_y), ImVec2(right, axis_y), faint, 1.5f);
  for (int m = 0; m <= months; ++m) {
    const Date tick = today.plus_months(m);
    const float x = x_of(tick);
    dl->AddLine(ImVec2(x, axis_y - 4), ImVec2(x, axis_y + 4), faint, 1.0f);
    if (m % 3 == 0) {
      char buf[16];
      const Ymd ymd = tick.ymd();
      std::snprintf(buf, sizeof buf, "%04d-%02d", ymd.year, ymd.month);
      const float tw = ImGui::CalcTextSize(buf).x;
      dl->AddText(ImVec2(std::clamp(x - tw * 0.5f, left, right - tw), axis_y + 6), faint, buf);
    }
  }
  double max_weight = 0;
  int later = 0;
  for (const TimelineItem& it : items) {
    if (it.date > end) ++later;
    else if (it.date >= today) max_weight = std::max(max_weight, it.weight);
  }
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool hovered = ImGui::IsItemHovered();
  const TimelineItem* hot = nullptr;
  float best = 100.0f;
  std::vector<std::pair<float, int>> stacks;  // x → markers already there
  int index = 0;
  for (const TimelineItem& it : items) {
    ++index;
    if (it.date < today || it.date > end) continue;
    const float x = x_of(it.date);
    int level = 0;
    for (auto& [sx, n] : stacks)
      if (std::fabs(sx - x) < 12.0f) level = std::max(level, n);
    stacks.emplace_back(x, level + 1);
    const float r = 4.0f + (max_weight > 0 ? 8.0f * static_cast<float>(std::sqrt(it.weight / max_weight)) : 0.0f);
    const ImVec2 c(x, axis_y - 14.0f - static_cast<float>(level) * 20.0f);
    dl->AddLine(ImVec2(x, axis_y), ImVec2(x, c.y), faint, 1.0f);
    dl->AddCircleFilled(c, r, chart_color(index - 1), 20);
    dl->AddCircle(c, r, text, 20, 1.0f);
    if (hovered) {
      const float dx = mouse.x - c.x, dy = mouse.y - c.y;
      const float d = std::sqrt(dx * dx + dy * dy);
      if (d <= r + 4.0f && d < best) {
        best = d;
        hot = &it;
      }
    }
  }
  if (later > 0) {
    char buf[64];
    std::snprintf(buf, sizeof buf, tr(cvt::kLater), later);
    const float tw = ImGui::CalcTextSize(buf).x;
    dl->AddText(ImVec2(right - tw, p.y + 2), faint, buf);
  }
  if (hot) {
    char days[64];
    std::snprintf(days, sizeof days, tr(cvt::kDaysLeft), hot->date - today);
    ImGui::SetTooltip("%s\n%s  %s\n%s", hot->label.c_str(), hot->date.iso().c_str(), hot->value_text.c_str(), days);
  }
  ImGui::PopID();
}

}  // namespace rm::ui
