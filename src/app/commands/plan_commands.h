// The financial plan (理财规划书, docs/domain.md §4, "How the product writes
// the plan"): saving its goals and texts, and moving into the plan the goals
// the new-client wizard once filed as opportunities. A plan handed in
// (submitted, reviewed or approved) is never changed silently: saving it
// writes version + 1 as a new draft record and the old version stays as the
// supervisor saw it (core/plan/plan_versions.h). Handing a plan in, approving
// and returning it are the review commands (review_commands.h).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/commands/command_support.h"

namespace rm {

// One goal of a plan as the command gives it: the record's own goal.
using PlanGoalArgs = PlanGoal;

// Creates a plan (no plan_id) or saves a new text of one. A draft or a plan
// returned for changes is saved in place; a plan handed in gets a new version
// record (draft, version + 1). A plan without plan_id for a client who has
// one already is her next version.
struct SaveFinancialPlan {
  static constexpr std::string_view kind = "save_financial_plan";
  static constexpr CommandLabel label{"保存理财规划书", "Save financial plan"};
  static constexpr Roles roles = Roles::manager;

  RecordId plan_id;  // empty: a new plan
  RecordId client_id;
  std::vector<PlanGoalArgs> goals;
  std::string financial_position;
  std::string protection;
  std::optional<RiskLevel> risk_level;
  std::string recommendations;
  // A plan is reviewed at least once a year (docs/domain.md §4, 6): today
  // to a year from today; default a year from today.
  std::optional<Date> review_date;
};

// Moves each opportunity the new-client wizard made from a goal
// (core/plan/goal_opportunities.h) into the goals of its client's plan and
// deletes the opportunity (a tombstone). A client without a plan gets a draft;
// a plan handed in gets a new version rather than a silent change.
struct MoveGoalOpportunitiesToPlans {
  static constexpr std::string_view kind = "move_goal_opportunities_to_plans";
  static constexpr CommandLabel label{"目标转入理财规划书", "Move goals into plans"};
  static constexpr Roles roles = Roles::manager;

  RecordId client_id;  // empty: every client of the book
};

Result<Edit> decide(const SaveFinancialPlan& command, const CommandInput& in);
Result<Edit> decide(const MoveGoalOpportunitiesToPlans& command, const CommandInput& in);
void read_args(CommandArgs& args, SaveFinancialPlan& command);
void read_args(CommandArgs& args, MoveGoalOpportunitiesToPlans& command);

// The record to write when the plan LATEST is saved: itself (edited in
// place), or a new draft record of the next version with the review fields
// cleared. NEW_ID gives the new record its id.
FinancialPlan plan_to_save(const FinancialPlan& latest, const CommandInput& in);

}  // namespace rm
