#pragma once
#include "ui/ui_context.h"

namespace rm::ui {

struct TodayState {
};

void draw_today(UiContext& ctx);

}  // namespace rm::ui
