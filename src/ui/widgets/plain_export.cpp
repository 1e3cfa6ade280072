#include "ui/widgets/plain_export.h"

#include <imgui.h>

#include "ui/automation.h"
#include "ui/strings/workbench_strings.h"

namespace rm::ui {

namespace {
// One export asks at a time; the tick lives only while its modal is open.
bool consent = false;
}  // namespace

void open_plain_export(const char* id) {
  consent = false;
  ImGui::OpenPopup(id);
}

bool plain_export_confirm(const char* id, const std::string& consent_text) {
  bool confirmed = false;
  ImGui::SetNextWindowSize(ImVec2(520, 0), ImGuiCond_Appearing);
  if (!ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_NoTitleBar)) return false;
  ImGui::PushTextWrapPos(0);
  ImGui::Checkbox(("##" + std::string(id) + ".consent").c_str(), &consent);
  track((std::string(id) + ".consent").c_str(), consent_text);
  ImGui::SameLine();
  ImGui::TextUnformatted(consent_text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  ImGui::BeginDisabled(!consent);
  if (ImGui::Button(tr(workbench_text::kPlainExportConfirm))) {
    confirmed = true;
    consent = false;  // never left ticked for the next export
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndDisabled();
  track((std::string(id) + ".confirm").c_str());
  ImGui::SameLine();
  if (ImGui::Button(tr(workbench_text::kPlainExportCancel)) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
    consent = false;
    ImGui::CloseCurrentPopup();
  }
  track((std::string(id) + ".cancel").c_str());
  ImGui::EndPopup();
  return confirmed;
}

}  // namespace rm::ui
