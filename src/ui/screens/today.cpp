#include "ui/screens/today.h"

#include <imgui.h>

#include "ui/app_ui.h"

namespace rm::ui {

void draw_today(UiContext&) {}

}  // namespace rm::ui
