#include "ui/widgets/copy_button.h"

#include <imgui.h>

#include "ui/automation.h"
#include "ui/strings.h"
#include "ui/strings/action_strings.h"

namespace rm::ui {

namespace {
// The last text copied through any copy button: one at a time reads "Copied".
std::string g_copied;
}  // namespace

bool copy_button(Actions& actions, const char* label, const std::string& text, const char* automation_id) {
  const bool copied = !g_copied.empty() && g_copied == text;
  const char* caption = copied ? tr(action_text::kCopied) : label;
  // The ID stays the label's, so the button keeps its identity when its caption changes.
  const bool pressed = ImGui::Button((std::string(caption) + "###" + automation_id).c_str());
  if (pressed) {
    actions.copy_to_clipboard(text);
    g_copied = text;
  }
  track(automation_id, caption);
  return pressed;
}

}  // namespace rm::ui
