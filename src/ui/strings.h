// The string table: every UI text in zh-CN (the default) and English.
// Screens call tr(Str::X); nothing user-visible is written inline.
#pragma once

namespace rm::ui {

enum class Language { Chinese, English };

enum class Str {
  AppTitle,
  NavToday, NavClients, NavPipeline, NavPlanner, NavReports, NavBranch, NavSettings,
  NavNewClient,
  NavEvents, NavComplaints,
  Language, LanguageChinese, LanguageEnglish,
  SettingsAppearance, ThemeLight, ThemeDark,
  kCount
};

void set_language(Language language);
Language language();
const char* tr(Str id);
const char* tr(Str id, Language language);

}  // namespace rm::ui
