#include "ui/app_ui.h"

#include <imgui.h>
#include <imgui_stdlib.h>

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
    if (ImGui::Selectable(tr(item.label), state.screen == item.screen, 0, ImVec2(0, 28)))
      state.screen = item.screen;
    track(item.automation_id);
    ImGui::PopID();
  }
}

void draw_clients(UiState& state) {
  ImGui::SetNextItemWidth(360);
  ImGui::InputTextWithHint("##client_search", tr(Str::SearchHint), &state.client_search);
  track("clients.search", state.client_search);
}

void draw_settings(UiState& state) {
  ImGui::SeparatorText(tr(Str::Language));
  const Language now = language();
  if (ImGui::RadioButton(tr(Str::LanguageChinese), now == Language::Chinese)) set_language(Language::Chinese);
  track("settings.language.zh");
  ImGui::SameLine();
  if (ImGui::RadioButton(tr(Str::LanguageEnglish), now == Language::English)) set_language(Language::English);
  track("settings.language.en");

  ImGui::SeparatorText(tr(Str::SettingsAppearance));
  if (ImGui::RadioButton(tr(Str::ThemeLight), !state.dark_theme)) {
    state.dark_theme = false;
    apply_theme(false);
  }
  track("settings.theme.light");
  ImGui::SameLine();
  if (ImGui::RadioButton(tr(Str::ThemeDark), state.dark_theme)) {
    state.dark_theme = true;
    apply_theme(true);
  }
  track("settings.theme.dark");
}

}  // namespace

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
}

void draw_app(UiState& state) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::Begin("##main", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::BeginChild("##nav", ImVec2(180, 0), ImGuiChildFlags_Border);
  draw_navigation(state);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##screen", ImVec2(0, 0), ImGuiChildFlags_None);
  switch (state.screen) {
    case Screen::Clients: draw_clients(state); break;
    case Screen::Settings: draw_settings(state); break;
    case Screen::Today:
    case Screen::Pipeline:
    case Screen::Planner:
    case Screen::Reports: break;
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace rm::ui
