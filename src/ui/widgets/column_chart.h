// A column chart over time (one column per month), drawn with ImGui's draw
// list: the client's assets month by month. Columns up to TODAY_INDEX are
// what was; later ones are what remains if nothing is renewed, drawn fainter.
// Hovering a column shows its label; SCALE, when given, names the tallest
// column's value at the top left, so the chart reads without hovering
// (docs/ui-style.md "Charts").
#pragma once
#include <string>
#include <vector>

namespace rm::ui {

struct ChartColumn {
  double value = 0;
  std::string axis;     // under the column, when there is room ("2026-03")
  std::string tooltip;  // "2026-03-31  ¥150,000.00"
};

void column_chart(const char* automation_id, const std::vector<ChartColumn>& columns, int today_index, float width,
                  float height, const std::string& scale = {});

}  // namespace rm::ui
