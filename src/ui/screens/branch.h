#pragma once
#include "ui/ui_context.h"

namespace rm::ui {

void draw_branch(UiContext& ctx);

}  // namespace rm::ui
