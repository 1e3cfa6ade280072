// Asset-allocation donut drawn with ImDrawList: one ring segment per slice, a
// legend with shares beside it, and the slice's value under the mouse.
#pragma once
#include <string>
#include <vector>

#include <imgui.h>

namespace rm::ui {

struct DonutSlice {
  std::string label;
  double value = 0;        // for proportions only (money stays integer elsewhere)
  std::string value_text;  // shown in the legend and tooltip: "1,200,000.00"
};

// Categorical colours readable on the light and the dark theme.
ImU32 chart_color(int index);

// Draws the donut (DIAMETER px) with its legend to the right; CENTER_TEXT is
// written inside the ring. Slices with value <= 0 are left out.
void donut_chart(const char* automation_id, const std::vector<DonutSlice>& slices, float diameter,
                 const std::string& center_text);

}  // namespace rm::ui
