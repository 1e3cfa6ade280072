#pragma once
#include "ui/ui_context.h"

namespace rm::ui {

struct ReportsState {
};

void draw_reports(UiContext& ctx);

}  // namespace rm::ui
