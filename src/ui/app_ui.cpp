#include "ui/app_ui.h"

#include <imgui.h>

#include "ui/automation.h"
#include "ui/strings.h"

namespace rm::ui {

namespace {

struct NavItem {
  Screen screen;
  Str label;
  const char* automation_id;
};
constexpr NavItem kNav[] = {
    {Screen::Today, Str::NavToday, "nav.today"},       {Screen::Clients, Str::NavClients, "nav.clients"},
    {Screen::Pipeline, Str::NavPipeline, "nav.pipeline"}, {Screen::Planner, Str::NavPlanner, "nav.planner"},
    {Screen::Reports, Str::NavReports, "nav.reports"}, {Screen::Settings, Str::NavSettings, "nav.settings"},
};

void draw_navigation(UiState& state) {
  ImGui::TextUnformatted(tr(Str::AppTitle));
  ImGui::Separator();
  for (const NavItem& item : kNav) {
    ImGui::PushID(item.automation_id);
    const bool current = state.screen == item.screen ||
                         (item.screen == Screen::Clients && state.screen == Screen::ClientView);
    if (ImGui::Selectable(tr(item.label), current, 0, ImVec2(0, 28))) {
      if (state.screen == Screen::ClientView && client_view_has_unsaved(state.client_view)) {
        // Unsaved edits: the 360° view asks "keep editing / discard" first.
        state.client_view.leave_prompt = true;
        state.client_view.pending_back = true;
      } else {
        state.screen = item.screen;
      }
    }
    track(item.automation_id);
    ImGui::PopID();
  }
}

// Shortcuts that work on every screen. Ctrl on Linux/Windows, Cmd on macOS
// (ImGui maps both to ImGuiMod_Shortcut).
void handle_shortcuts(UiContext& ctx) {
  // While a text field is active, Ctrl+Z/Y belong to the field's own undo.
  if (!ImGui::GetIO().WantTextInput) {
    if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_Z)) ctx.actions.undo();
    if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_Y) ||
        ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiMod_Shift | ImGuiKey_Z))
      ctx.actions.redo();
  }
  if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_K)) {
    ctx.state.screen = Screen::Clients;
    ctx.state.clients.focus_search = true;
  }
  if (ImGui::IsKeyChordPressed(ImGuiMod_Shortcut | ImGuiKey_N)) {
    ctx.state.screen = Screen::ClientView;
    ctx.state.client_view.start_new_client = true;
  }
}

}  // namespace

void open_client(UiState& state, const std::string& client_id) {
  state.client_view.client_id = client_id;
  state.screen = Screen::ClientView;
}

void apply_theme(bool dark) {
  if (dark) {
    ImGui::StyleColorsDark();
  } else {
    ImGui::StyleColorsLight();
  }
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 0;
  style.FrameRounding = 4;
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(8, 7);
  style.SelectableTextAlign = ImVec2(0.0f, 0.5f);
}

void draw_app(UiContext& ctx) {
  UiState& state = ctx.state;
  handle_shortcuts(ctx);
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::BeginChild("##nav", ImVec2(160, 0), ImGuiChildFlags_Border);
  draw_navigation(state);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##screen", ImVec2(0, 0), ImGuiChildFlags_None);
  switch (state.screen) {
    case Screen::Today: draw_today(ctx); break;
    case Screen::Clients: draw_clients(ctx); break;
    case Screen::ClientView: draw_client_view(ctx); break;
    case Screen::Pipeline: draw_pipeline(ctx); break;
    case Screen::Planner: draw_planner(ctx); break;
    case Screen::Reports: draw_reports(ctx); break;
    case Screen::Settings: draw_settings(ctx); break;
  }
  ImGui::EndChild();
  ImGui::End();
}

void draw_no_book() {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("##nobook", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
  ImGui::End();
}

}  // namespace rm::ui
