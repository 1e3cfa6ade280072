#include "ui/screens/settings.h"

#include <imgui.h>

#include <cstdio>

#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/palette.h"
#include "ui/strings.h"
#include "ui/strings/settings_strings.h"

namespace rm::ui {

void draw_settings(UiContext& ctx) {
  using namespace settings_text;
  ImGui::SeparatorText(tr(Str::Language));
  const Language now = language();
  if (ImGui::RadioButton(tr(Str::LanguageChinese), now == Language::Chinese)) set_language(Language::Chinese);
  track("settings.language.zh");
  ImGui::SameLine();
  if (ImGui::RadioButton(tr(Str::LanguageEnglish), now == Language::English)) set_language(Language::English);
  track("settings.language.en");

  ImGui::SeparatorText(tr(Str::SettingsAppearance));
  bool& dark = ctx.state.dark_theme;
  if (ImGui::RadioButton(tr(Str::ThemeLight), !dark)) {
    dark = false;
    apply_theme(false);
  }
  track("settings.theme.light");
  ImGui::SameLine();
  if (ImGui::RadioButton(tr(Str::ThemeDark), dark)) {
    dark = true;
    apply_theme(true);
  }
  track("settings.theme.dark");

  ImGui::SeparatorText(tr(kStorage));
  int64_t usage = 0, quota = 0;
  bool persisted = false;
  if (ctx.actions.storage_estimate(usage, quota, persisted)) {
    char line[256];
    std::snprintf(line, sizeof line, tr(kStorageUse), static_cast<double>(usage) / (1 << 20),
                  static_cast<double>(quota) / (1 << 20));
    ImGui::TextUnformatted(line);
    track("settings.storage", line);
    ImGui::TextDisabled("%s", tr(persisted ? kPersisted : kNotPersisted));
  } else {
    ImGui::TextDisabled("%s", tr(kStorageUnknown));
  }
  if (ctx.actions.book_is_plain()) {
    ImGui::PushStyleColor(ImGuiCol_Text, tone_vec4(Tone::warn));
    ImGui::TextWrapped("%s", tr(kPlainStore));
    ImGui::PopStyleColor();
    track("settings.plain_notice");
    if (ImGui::Button(tr(kEncryptOn))) ctx.actions.open_passphrase_dialog();
    track("settings.encrypt");
  } else {
    if (ImGui::Button(tr(kLockNow))) ctx.actions.lock();
    track("settings.lock");
    ImGui::SameLine();
    if (ImGui::Button(tr(kChangePassphrase))) ctx.actions.open_passphrase_dialog();
    track("settings.change_passphrase");
  }
  ImGui::SameLine();
  if (ImGui::Button(tr(kRestorePoints))) ctx.actions.open_restore_points();
  track("settings.restore_points");

  ImGui::SeparatorText(tr(kDemoData));
  int64_t demo = 0;
  for (const Client& c : ctx.ws.book().clients)
    if (c.meta.demo && !c.meta.deleted) ++demo;
  if (demo == 0) {
    ImGui::TextUnformatted(tr(kNoDemoData));
  } else {
    ImGui::Text(tr(kDemoClients), static_cast<long long>(demo));
    if (ImGui::Button(tr(kRemoveDemo))) ImGui::OpenPopup("##confirm_remove_demo");
    track("settings.remove_demo");
    if (ImGui::BeginPopupModal("##confirm_remove_demo", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
      ImGui::TextUnformatted(tr(kRemoveDemoConfirm));
      if (ImGui::Button(tr(kRemove))) {
        ctx.actions.remove_demo_data();
        ImGui::CloseCurrentPopup();
      }
      track("settings.remove_demo.confirm");
      ImGui::SameLine();
      if (ImGui::Button(tr(kCancel)) || ImGui::IsKeyPressed(ImGuiKey_Escape)) ImGui::CloseCurrentPopup();
      track("settings.remove_demo.cancel");
      ImGui::EndPopup();
    }
  }
}

}  // namespace rm::ui
