// ImGui's test-engine hooks (imgui_internal.h, IMGUI_ENABLE_TEST_ENGINE),
// used for one thing: catching one ID submitted twice in a frame. This file
// is compiled into the imgui library itself (cmake/imgui.cmake), because
// imgui.cpp calls the hooks and every program that links ImGui needs them.
//
// An ID is keyed with its window: two widgets in one window with one ID
// clash. A multi-line text field adds its ID twice (as the field, then as the
// child window holding its text): that is ImGui's design and is let through.
#include "ui/duplicate_ids.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>
#include <set>
#include <utility>

namespace rm::ui {

namespace {
struct Check {
  int frame = -1;
  std::set<std::pair<const ImGuiWindow*, ImGuiID>> seen;  // this frame's
  std::set<std::pair<std::string, ImGuiID>> reported;     // (window, id), once each
  std::vector<std::string> found;
  ImGuiID pending = 0;  // a duplicate waiting for its label (ItemInfo follows ItemAdd)
  std::string pending_window;
};
Check g_check;
constexpr size_t kMaxReported = 100;  // enough to fix them by; a runaway loop stays bounded

void report(const std::string& window, ImGuiID id, const char* label) {
  if (!g_check.reported.emplace(window, id).second || g_check.found.size() >= kMaxReported) return;
  char hex[16];
  std::snprintf(hex, sizeof hex, "0x%08X", id);
  g_check.found.push_back(window + " | " + (label ? label : "?") + " (" + hex + ")");
}
}  // namespace

void begin_duplicate_check() {
  if (ImGuiContext* g = ImGui::GetCurrentContext()) g->TestEngineHookItems = true;
}

const std::vector<std::string>& duplicate_ids() { return g_check.found; }

}  // namespace rm::ui

using rm::ui::g_check;

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect&, const ImGuiLastItemData*) {
  if (id == 0 || !ctx->CurrentWindow) return;
  if (g_check.frame != ctx->FrameCount) {
    g_check.frame = ctx->FrameCount;
    g_check.seen.clear();
  }
  if (g_check.seen.emplace(ctx->CurrentWindow, id).second) return;
  // EndChild adds the child just ended under its ChildId, which for a
  // multi-line text field is the field's own ID: ImGui's design, not a clash.
  const ImVector<ImGuiWindow*>& children = ctx->CurrentWindow->DC.ChildWindows;
  if (!children.empty() && children.back()->ChildId == id) return;
  g_check.pending = id;
  g_check.pending_window = ctx->CurrentWindow->Name;
  // Items without a label (ItemInfo never comes) are reported as they are.
  rm::ui::report(g_check.pending_window, id, nullptr);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
  if (id == 0 || id != g_check.pending || !label) return;
  g_check.pending = 0;
  // Replace the unlabelled report with one a person can find in the code.
  char hex[16];
  std::snprintf(hex, sizeof hex, "0x%08X", id);
  const std::string bare = g_check.pending_window + " | ? (" + hex + ")";
  for (std::string& s : g_check.found)
    if (s == bare) s = g_check.pending_window + " | " + label + " (" + hex + ")";
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
