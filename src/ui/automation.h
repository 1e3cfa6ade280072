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
  bool clipped = false;  // drawn wider than the region that clips it
};

// Records ImGui's last item. The pseudo-id "ui.focus" holds the rectangle of
// the tracked widget with the keyboard focus, and its id as text; "ui.clipped"
// lists (separated by "; ") every tracked widget and table column whose label was
// cut off in the frame (docs/ui-automation.md).
void track(const char* automation_id);
void track(const char* automation_id, const std::string& text);
// As track(), for a framed widget of a set width (a combo) that shows LABEL:
// listed in "ui.clipped" when the label is wider than its frame leaves room
// for (ARROW: the frame also holds a combo's arrow).
void track_framed(const char* automation_id, const char* label, bool arrow, const std::string& text = {});
void begin_automation_frame();
void end_automation_frame();
ItemRect item_rect(const std::string& automation_id);

}  // namespace rm::ui
