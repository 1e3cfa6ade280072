#include "ui/screens/reports.h"

#include <imgui.h>

#include "ui/app_ui.h"

namespace rm::ui {

void draw_reports(UiContext&) {}

}  // namespace rm::ui
