// Semantic colours for text, figures and charts that stay readable on both
// themes: the light theme gets darker shades, the dark theme lighter ones
// (each at least 4.5:1 against its window background for text).
#pragma once
#include <imgui.h>

namespace rm::ui {

enum class Tone { good, info, warn, bad, muted };

// apply_theme() sets which set of shades tone_u32/tone_vec4 return.
void set_palette_dark(bool dark);
bool palette_dark();

ImU32 tone_u32(Tone tone);
ImVec4 tone_vec4(Tone tone);

}  // namespace rm::ui
