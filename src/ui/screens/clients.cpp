#include "ui/screens/clients.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/strings.h"

namespace rm::ui {

void draw_clients(UiContext& ctx) {
  ClientsState& s = ctx.state.clients;
  if (s.focus_search) {
    ImGui::SetKeyboardFocusHere();
    s.focus_search = false;
  }
  ImGui::SetNextItemWidth(360);
  ImGui::InputTextWithHint("##client_search", tr(Str::SearchHint), &s.search);
  track("clients.search", s.search);
}

}  // namespace rm::ui
