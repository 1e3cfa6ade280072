#include "ui/screens/pipeline.h"

#include <imgui.h>

#include "ui/app_ui.h"

namespace rm::ui {

void draw_pipeline(UiContext&) {}

}  // namespace rm::ui
