// Stable names for widgets, so tests and integrators can find them on screen
// (window.rmplanner.ui.itemRect). A screen calls track("clients.search") right
// after the widget; the rectangles of the last drawn frame are kept.
#pragma once
#include <string>

namespace rm::ui {

struct ItemRect {
  float x = 0, y = 0, w = 0, h = 0;
  bool visible = false;
  std::string text;  // a text field's current value, for read-back
};

// Records ImGui's last item. The pseudo-id "ui.focus" holds the rectangle of
// the tracked widget with the keyboard focus, and its id as text.
void track(const char* automation_id);
void track(const char* automation_id, const std::string& text);
void begin_automation_frame();
void end_automation_frame();
ItemRect item_rect(const std::string& automation_id);

}  // namespace rm::ui
