// A headless ImGui context for the UI tests: no imgui.ini, the default font
// built so text has a size. One per test case, destroyed with it.
#pragma once
#include <imgui.h>

namespace rm::test {

struct ImGuiContextScope {
  ImGuiContextScope() {
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // a test leaves no imgui.ini behind
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);  // the default font, built
  }
  ~ImGuiContextScope() { ImGui::DestroyContext(); }
  ImGuiContextScope(const ImGuiContextScope&) = delete;
  ImGuiContextScope& operator=(const ImGuiContextScope&) = delete;
};

}  // namespace rm::test
