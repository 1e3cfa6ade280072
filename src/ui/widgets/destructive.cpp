#include "ui/widgets/destructive.h"

#include <imgui.h>

#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/strings.h"
#include "ui/strings/action_strings.h"

namespace rm::ui {

namespace {
// "###" + POPUP: the title bar shows the action while the popup keeps one ID
// whatever the language.
std::string popup_name(const char* title, const char* popup) { return std::string(title) + "###" + popup; }
}  // namespace

bool destructive_button(const char* label, bool small) {
  ImGui::PushStyleColor(ImGuiCol_Text, tone_vec4(Tone::bad));
  const bool pressed = small ? ImGui::SmallButton(label) : ImGui::Button(label);
  ImGui::PopStyleColor();
  return pressed;
}

void destructive_gap() {
  ImGui::SameLine(0, ImGui::GetFontSize() * 3);
}

void open_confirm(const char* popup) { ImGui::OpenPopup((std::string("###") + popup).c_str()); }

Confirm confirm_destructive(const char* popup, const ConfirmText& text) {
  Confirm result = Confirm::none;
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  if (!ImGui::BeginPopupModal(popup_name(text.title, popup).c_str(), nullptr,
                              ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings))
    return result;
  // The title bar (the window's last item here) carries the action's name.
  track((std::string(text.confirm_id) + ".title").c_str(), text.title);
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
  ImGui::TextUnformatted(text.body.c_str());
  ImGui::PopTextWrapPos();
  const char* hint = tr(text.undoable ? action_text::kUndoableHint : action_text::kNotUndoableHint);
  ImGui::TextDisabled("%s", hint);
  track((std::string(text.confirm_id) + ".hint").c_str(), hint);
  ImGui::Spacing();
  if (ImGui::Button(tr(action_text::kCancel)) || ImGui::IsKeyPressed(ImGuiKey_Escape, false))
    result = Confirm::cancelled;
  track(text.cancel_id);
  ImGui::SameLine(0, ImGui::GetFontSize() * 2);
  if (destructive_button(text.confirm)) result = Confirm::confirmed;
  track(text.confirm_id);
  if (result != Confirm::none) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return result;
}

}  // namespace rm::ui
