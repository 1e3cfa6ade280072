#include "ui/screens/client_view.h"

#include <imgui.h>

#include "ui/app_ui.h"

namespace rm::ui {

void draw_client_view(UiContext&) {}

}  // namespace rm::ui
