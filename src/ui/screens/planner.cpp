#include "ui/screens/planner.h"

#include <imgui.h>

#include "ui/app_ui.h"

namespace rm::ui {

void draw_planner(UiContext&) {}

}  // namespace rm::ui
