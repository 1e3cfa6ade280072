// Opportunities (商机) through the six steps of docs/domain.md §3: opening one
// from the 360° view, moving it between steps and closing it as won or lost
// from the pipeline (商机进程表).
#pragma once
#include <optional>
#include <string>

#include "app/commands/command_support.h"

namespace rm {

struct CreateOpportunity {
  static constexpr std::string_view kind = "create_opportunity";
  static constexpr CommandLabel label{"新建商机", "Create opportunity"};
  static constexpr Roles roles = Roles::manager;

  RecordId client_id;
  std::string title;
  RecordId product_id;  // optional: the product being sold
  Fen expected_amount = 0;
  SalesStep step = SalesStep::find;
  SalesMethod method = SalesMethod::unknown;
  Date opened_on;  // when the signal came: today or earlier
  std::string next_step;
  std::optional<Date> next_step_date;  // not before opened_on
  FindingChannel source = FindingChannel::unknown;
  int32_t probability_pct = 0;          // 0–100
  std::optional<Date> expected_close;   // not before opened_on
};

// Edits what the manager knows of an open opportunity: everything but its
// step (MoveOpportunity) and its outcome (CloseOpportunity).
struct UpdateOpportunity {
  static constexpr std::string_view kind = "update_opportunity";
  static constexpr CommandLabel label{"编辑商机", "Edit opportunity"};
  static constexpr Roles roles = Roles::manager;

  RecordId opportunity_id;
  std::string title;
  RecordId product_id;
  Fen expected_amount = 0;
  SalesMethod method = SalesMethod::unknown;
  FindingChannel source = FindingChannel::unknown;
  int32_t probability_pct = 0;
  std::optional<Date> expected_close;
  std::string next_step;
  std::optional<Date> next_step_date;
};

// Moves an open opportunity to another step: forward as the sale goes on,
// back when a step has to be done again (a proposal the client rejected). The
// move is kept (Opportunity::moves) for the weekly pipeline table.
struct MoveOpportunity {
  static constexpr std::string_view kind = "move_opportunity";
  static constexpr CommandLabel label{"推进商机", "Move opportunity"};
  static constexpr Roles roles = Roles::manager;

  RecordId opportunity_id;
  SalesStep step = SalesStep::find;  // the step it moves to
};

struct CloseOpportunity {
  static constexpr std::string_view kind = "close_opportunity";
  static constexpr CommandLabel label{"结束商机", "Close opportunity"};
  static constexpr Roles roles = Roles::manager;

  RecordId opportunity_id;
  OpportunityStatus outcome = OpportunityStatus::won;  // won or lost
  Date closed_on;       // today or earlier, not before it was opened
  std::string reason;   // why it was lost; only for a lost one
};

Result<Edit> decide(const CreateOpportunity& command, const CommandInput& in);
Result<Edit> decide(const UpdateOpportunity& command, const CommandInput& in);
Result<Edit> decide(const MoveOpportunity& command, const CommandInput& in);
Result<Edit> decide(const CloseOpportunity& command, const CommandInput& in);
void read_args(CommandArgs& args, CreateOpportunity& command);
void read_args(CommandArgs& args, UpdateOpportunity& command);
void read_args(CommandArgs& args, MoveOpportunity& command);
void read_args(CommandArgs& args, CloseOpportunity& command);

}  // namespace rm
