#pragma once
#include "ui/ui_context.h"

namespace rm::ui {

struct PlannerState {
};

void draw_planner(UiContext& ctx);

}  // namespace rm::ui
