#include "ui/strings.h"

namespace rm::ui {

namespace {
struct Entry {
  const char* zh;
  const char* en;
};

// Indexed by Str; the static_assert below keeps the table and the enum in step.
constexpr Entry kTable[] = {
    {"客户经理工作台", "RM Planner"},
    {"今日", "Today"}, {"客户", "Clients"}, {"商机", "Pipeline"},
    {"计划", "Planner"}, {"报表", "Reports"}, {"支行看板", "Branch"}, {"设置", "Settings"},
    {"＋ 新建客户", "+ New client"},
    {"客户活动", "Events"}, {"投诉", "Complaints"},
    {"语言", "Language"}, {"简体中文", "简体中文"}, {"English", "English"},
    {"外观", "Appearance"}, {"浅色", "Light"}, {"深色", "Dark"},
};
static_assert(sizeof(kTable) / sizeof(kTable[0]) == static_cast<int>(Str::kCount),
              "every Str needs a row in kTable");

Language g_language = Language::Chinese;
}  // namespace

void set_language(Language l) { g_language = l; }
Language language() { return g_language; }

const char* tr(Str id, Language l) {
  const Entry& e = kTable[static_cast<int>(id)];
  return l == Language::Chinese ? e.zh : e.en;
}

const char* tr(Str id) { return tr(id, g_language); }

}  // namespace rm::ui
