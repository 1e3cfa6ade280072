#include "ui/automation.h"

#include <imgui.h>

#include <map>

namespace rm::ui {

namespace {
std::map<std::string, ItemRect> g_current, g_last;
}

void track(const char* id) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  g_current[id] = ItemRect{a.x, a.y, b.x - a.x, b.y - a.y, ImGui::IsItemVisible(), {}};
  // "ui.focus": the named widget that has the keyboard focus (Tab / arrows).
  if (ImGui::IsItemFocused()) g_current["ui.focus"] = ItemRect{a.x, a.y, b.x - a.x, b.y - a.y, true, id};
}

void track(const char* id, const std::string& text) {
  track(id);
  g_current[id].text = text;
}

void begin_automation_frame() { g_current.clear(); }
void end_automation_frame() { g_last.swap(g_current); }

ItemRect item_rect(const std::string& id) {
  auto it = g_last.find(id);
  return it == g_last.end() ? ItemRect{} : it->second;
}

}  // namespace rm::ui
