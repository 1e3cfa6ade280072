#include "ui/automation.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <map>
#include <vector>

#include "ui/duplicate_ids.h"

namespace rm::ui {

namespace {
std::map<std::string, ItemRect> g_current, g_last;
std::vector<std::string> g_clipped;

// Half a pixel of slack: ImGui rounds positions, and a label that ends on the
// edge is not cut.
constexpr float kSlack = 0.5f;

// A table column is clipped when what was drawn in it this frame (a cell's
// text, or the header's whole label, which TableHeader soft-clips) reaches past
// its right edge: the reader sees "Branch meetin". Labels are sized by the text
// in the UI language (docs/ui-style.md "Widths"), so this is a layout bug.
void audit_tables(std::vector<std::string>& out) {
  ImGuiContext& g = *GImGui;
  for (int i = 0; i < g.Tables.GetMapSize(); i++) {
    ImGuiTable* table = g.Tables.TryGetMapData(i);
    if (!table || table->LastFrameActive != g.FrameCount) continue;
    for (int c = 0; c < table->ColumnsCount; c++) {
      const ImGuiTableColumn& col = table->Columns[c];
      if (!col.IsEnabled) continue;
      const float body = ImMax(col.ContentMaxXFrozen, col.ContentMaxXUnfrozen);
      const float content = ImMax(body, col.ContentMaxXHeadersIdeal);
      if (content <= col.MaxX + kSlack) continue;
      const char* name = ImGui::TableGetColumnName(table, c);
      out.push_back(std::string(table->OuterWindow ? table->OuterWindow->Name : "?") + " | column " +
                    std::to_string(c) + " " + (name ? name : "") + " needs " +
                    std::to_string(static_cast<int>(content - col.MinX)) + " px, has " +
                    std::to_string(static_cast<int>(col.MaxX - col.MinX)));
    }
  }
}
}  // namespace

void track(const char* id) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ItemRect& r = g_current[id] = ItemRect{a.x, a.y, b.x - a.x, b.y - a.y, ImGui::IsItemVisible(), {}};
  // A label drawn wider than the region that clips it (a table cell, a
  // window's edge) is cut off where the reader sees it.
  const ImVec2 clip_min = ImGui::GetWindowDrawList()->GetClipRectMin();
  const ImVec2 clip_max = ImGui::GetWindowDrawList()->GetClipRectMax();
  // Inside a table the column audit below judges (a row's selectable spans
  // every column on purpose; a header's rectangle is its whole cell).
  // A selectable's rectangle reaches half the item spacing past its text on
  // each side, and a wrapped line may end on that margin: neither hides text.
  const float spill = ImGui::GetStyle().ItemSpacing.x * 0.5f + kSlack;
  if (r.visible && !ImGui::GetCurrentTable() && (a.x < clip_min.x - spill || b.x > clip_max.x + spill)) {
    r.clipped = true;
    g_clipped.push_back(std::string(id) + " needs " + std::to_string(static_cast<int>(b.x - a.x)) + " px");
  }
  // "ui.focus": the named widget that has the keyboard focus (Tab / arrows).
  if (ImGui::IsItemFocused()) g_current["ui.focus"] = ItemRect{a.x, a.y, b.x - a.x, b.y - a.y, true, id};
}

void track(const char* id, const std::string& text) {
  track(id);
  g_current[id].text = text;
}

void track_framed(const char* id, const char* label, bool arrow, const std::string& text) {
  track(id, text);
  ItemRect& r = g_current[id];
  const ImGuiStyle& style = ImGui::GetStyle();
  const float room = r.w - style.FramePadding.x * 2 - (arrow ? ImGui::GetFrameHeight() : 0.0f);
  const float need = ImGui::CalcTextSize(label, nullptr, true).x;
  if (r.visible && !r.clipped && need > room + kSlack) {
    r.clipped = true;
    g_clipped.push_back(std::string(id) + " shows \"" + label + "\" in " + std::to_string(static_cast<int>(room)) +
                        " px, needs " + std::to_string(static_cast<int>(need)));
  }
}

void begin_automation_frame() {
  begin_duplicate_check();
  g_current.clear();
  g_clipped.clear();
}

void end_automation_frame() {
  audit_tables(g_clipped);
  // "ui.clipped": every label cut off in this frame, separated by "; " (empty text
  // when none); the rectangle is the display so that it is always present.
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  std::string lines;
  for (const std::string& s : g_clipped) lines += (lines.empty() ? "" : "; ") + s;
  g_current["ui.clipped"] = ItemRect{0, 0, size.x, size.y, true, lines};
  g_last.swap(g_current);
}

ItemRect item_rect(const std::string& id) {
  // "ui.duplicate_ids": every ID added twice in one frame since the start,
  // separated by "; " (docs/ui-automation.md, "Duplicate ids").
  if (id == "ui.duplicate_ids") {
    std::string lines;
    for (const std::string& s : duplicate_ids()) lines += (lines.empty() ? "" : "; ") + s;
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    return ItemRect{0, 0, size.x, size.y, true, lines};
  }
  auto it = g_last.find(id);
  return it == g_last.end() ? ItemRect{} : it->second;
}

}  // namespace rm::ui
