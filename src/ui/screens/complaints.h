// Complaints (投诉; docs/domain.md §6 "Complaints", docs/ui-automation.md
// "Complaints"): open complaints first with their next step and its due
// date, the form to take a complaint, and a complaint's page with the steps
// done and the form for the next one.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/model/codes.h"
#include "core/model/record_id.h"
#include "core/problem.h"
#include "ui/ui_context.h"
#include "ui/widgets/date_input.h"

namespace rm::ui {

struct ComplaintsState {
  RecordId open;  // the complaint whose page is shown; empty: the list
  // The form to take a complaint.
  std::string client_search;
  RecordId client;
  DateInputState received;
  std::string summary, facts;
  // The form for the next step.
  DateInputState step_date;
  std::string step_by, step_note, remedy;
  Responsibility responsibility = Responsibility::bank;
  std::optional<Problem> refusal;  // why the last save was refused
};

void draw_complaints(UiContext& ctx);

}  // namespace rm::ui
