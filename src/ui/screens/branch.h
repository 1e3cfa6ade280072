#pragma once
#include <optional>
#include <set>
#include <string>

#include <vector>

#include "core/model/record_id.h"
#include "core/planner/supervisor_figures.h"
#include "core/problem.h"
#include "ui/ui_context.h"

namespace rm::ui {

// Clients chosen to go from one manager to another (reassign_clients), with
// the capacity each side has before and after.
struct ReassignForm {
  RecordId from, to;
  std::string search;
  std::set<RecordId> chosen;
  std::optional<Problem> refusal;
  int done = 0;  // clients moved by the last reassignment, for the message
  // reassignment_load for the choice, recomputed when the choice or the book changes.
  std::vector<LoadChange> load;
  bool load_stale = true;
  uint64_t load_revision = 0;
};

// A manager's targets for next week as typed (set_weekly_targets).
struct TargetsForm {
  RecordId manager;
  std::string amount;  // yuan as typed
  std::string contacts, meetings, reports;
  std::string error;  // a field does not parse
  std::optional<Problem> refusal;
  bool saved = false;
};

struct BranchState {
  ReassignForm reassign;
  TargetsForm targets;
};

void draw_branch(UiContext& ctx);
// The supervisor's own actions below the dashboard (branch_actions.cpp).
void draw_reassign(UiContext& ctx, ReassignForm& form);
void draw_targets(UiContext& ctx, TargetsForm& form);

}  // namespace rm::ui
