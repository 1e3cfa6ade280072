#pragma once
#include <cstdint>
#include <string>

#include "core/model/codes.h"
#include "ui/screens/client_view.h"
#include "ui/ui_context.h"
#include "ui/widgets/date_input.h"

namespace rm::ui {

enum class PipelineView { board, table, suggestions };

// The opportunity being edited on the Pipeline screen, as typed.
struct OpportunityForm {
  RecordId id;  // empty: no editor open
  std::string title;
  RecordId product_id;
  std::string amount;  // yuan text
  int probability_pct = 0;
  DateInputState expected_close;
  std::string next_step;
  DateInputState next_step_date;
  FindingChannel source = FindingChannel::unknown;
  SalesMethod method = SalesMethod::unknown;
  FormErrors errors;
};

struct PipelineState {
  PipelineView view = PipelineView::board;
  // The board's selected card, moved by the keyboard (docs/ui-automation.md).
  RecordId cursor;
  float board_height = 0;  // the tallest column last frame: every drop zone reaches it
  OpportunityForm form;
  // The opportunity whose Won / Lost waits for its confirmation.
  RecordId closing;
  OpportunityStatus closing_as = OpportunityStatus::won;
  std::string closing_title;
  std::string lost_reason;
};

void draw_pipeline(UiContext& ctx);

}  // namespace rm::ui
