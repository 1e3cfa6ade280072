#include "ui/palette.h"

namespace rm::ui {

namespace {
bool g_dark = false;
}

void set_palette_dark(bool dark) { g_dark = dark; }
bool palette_dark() { return g_dark; }

ImU32 tone_u32(Tone tone) {
  // Light: on a 0.94 grey window (luminance ≈ 0.87). Dark: on a 0.06 window.
  switch (tone) {
    case Tone::good: return g_dark ? IM_COL32(86, 196, 104, 255) : IM_COL32(26, 122, 52, 255);
    case Tone::info: return g_dark ? IM_COL32(110, 170, 255, 255) : IM_COL32(20, 90, 200, 255);
    case Tone::warn: return g_dark ? IM_COL32(230, 170, 60, 255) : IM_COL32(150, 95, 0, 255);
    case Tone::bad: return g_dark ? IM_COL32(255, 110, 100, 255) : IM_COL32(196, 30, 40, 255);
    case Tone::muted: break;
  }
  return g_dark ? IM_COL32(150, 150, 150, 255) : IM_COL32(105, 105, 105, 255);
}

ImVec4 tone_vec4(Tone tone) { return ImGui::ColorConvertU32ToFloat4(tone_u32(tone)); }

}  // namespace rm::ui
