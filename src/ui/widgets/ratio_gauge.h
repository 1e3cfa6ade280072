// A small horizontal gauge for one household ratio: the bar fills to the
// value, a tick marks the threshold, and the colour says healthy / needs
// attention / not enough data. Hovering shows value and threshold.
#pragma once
#include <string>

#include <imgui.h>

namespace rm::ui {

enum class GaugeTone { good, fair, bad, none };

// Colours readable on both the light and the dark theme.
ImU32 tone_color(GaugeTone tone);

struct RatioGaugeSpec {
  double value = 0;      // display value
  double threshold = 0;  // where the pass mark sits
  double scale_max = 1;  // the right end of the bar
  GaugeTone tone = GaugeTone::none;
  std::string tooltip;   // "清偿比率 0.62 (> 0.50)"
};

void ratio_gauge(const char* automation_id, const RatioGaugeSpec& spec, float width, float height = 12.0f);

}  // namespace rm::ui
