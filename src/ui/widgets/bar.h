// One bar of a horizontal bar chart, drawn where the cursor is (a table cell
// beside the figure it pictures): the managers compare steps, tiers and days
// at a glance, and read the exact figure next to it (docs/ui-style.md
// "Charts"). Hovering shows TOOLTIP.
#pragma once
#include <string>

namespace rm::ui {

// VALUE out of MAX (the longest bar of the chart) across WIDTH pixels, or the
// room left on the line when WIDTH is 0 (at least 60 px). Tracked as
// AUTOMATION_ID with TOOLTIP as its text.
void bar(const char* automation_id, double value, double max, const std::string& tooltip, float width = 0);

}  // namespace rm::ui
