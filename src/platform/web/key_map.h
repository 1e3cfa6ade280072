#pragma once
#include <imgui.h>

namespace rm::web {
// KeyboardEvent.code ("KeyA", "ArrowLeft") → ImGuiKey; ImGuiKey_None if unknown.
ImGuiKey key_from_dom_code(const char* code);
}
