#include "ui/widgets/refusal_line.h"

#include <imgui.h>

#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/strings.h"

namespace rm::ui {

const std::string& refusal_text(const Problem& problem) {
  return language() == Language::Chinese ? problem.message_zh : problem.message_en;
}

void refusal_line(const char* id, const std::optional<Problem>& problem) {
  if (!problem) return;
  const std::string& text = refusal_text(*problem);
  ImGui::PushStyleColor(ImGuiCol_Text, tone_u32(Tone::bad));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
  track(id, text);
}

}  // namespace rm::ui
