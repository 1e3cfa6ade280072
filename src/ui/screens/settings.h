#pragma once
#include "ui/ui_context.h"

namespace rm::ui {

struct SettingsState {
};

void draw_settings(UiContext& ctx);

}  // namespace rm::ui
