#pragma once
#include "ui/ui_context.h"

namespace rm::ui {

struct PipelineState {
};

void draw_pipeline(UiContext& ctx);

}  // namespace rm::ui
