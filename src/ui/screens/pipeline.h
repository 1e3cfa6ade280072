#pragma once
#include <string>

#include "core/model/codes.h"
#include "ui/ui_context.h"

namespace rm::ui {

// The opportunity whose Won / Lost waits for its confirmation.
struct PipelineState {
  RecordId closing;
  OpportunityStatus closing_as = OpportunityStatus::won;
  std::string closing_title;
};

void draw_pipeline(UiContext& ctx);

}  // namespace rm::ui
