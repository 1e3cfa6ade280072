// Two widgets with one ImGui ID in one frame: the second does nothing when
// clicked, and one key press on the first fires both (docs/ui-automation.md,
// "Duplicate ids"). ImGui 1.90 does not check for it; built with
// IMGUI_ENABLE_TEST_ENGINE (cmake/imgui.cmake) it reports every item it adds,
// and duplicate_ids.cpp remembers the IDs of the frame being drawn.
#pragma once
#include <string>
#include <vector>

namespace rm::ui {

// Turns the check on for the current ImGui context; call once per frame,
// before drawing.
void begin_duplicate_check();
// Every ID added twice in one window in one frame since the app started, as
// "<window> | <label> (0x…)", each once, oldest first.
const std::vector<std::string>& duplicate_ids();

}  // namespace rm::ui
