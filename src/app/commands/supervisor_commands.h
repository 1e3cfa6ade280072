// The supervisor's desk beyond the review (docs/domain.md §1 "Capacity and
// assignment", §3 the Monday comparison of the pipeline with targets):
// reassigning clients between managers and setting a manager's targets for
// a week.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "app/commands/command_support.h"

namespace rm {

// Gives clients to another manager as assign_clients does (same rules), and
// leaves a ClientReassignment per client moved, so the review file reaches
// both the manager who lost the client and the one who gained it.
struct ReassignClients {
  static constexpr std::string_view kind = "reassign_clients";
  static constexpr CommandLabel label{"调整客户归属", "Reassign clients"};
  static constexpr Roles roles = Roles::supervisor;
  std::vector<RecordId> client_ids;
  RecordId manager_id;
};

// A manager's targets for the ISO week holding WEEK; setting them again for
// the same manager and week replaces them.
struct SetWeeklyTargets {
  static constexpr std::string_view kind = "set_weekly_targets";
  static constexpr CommandLabel label{"设定周目标", "Set weekly targets"};
  static constexpr Roles roles = Roles::supervisor;
  RecordId manager_id;
  Date week;  // any day of the week
  int64_t new_opportunity_amount = 0;  // fen
  int64_t contacts = 0;
  int64_t meetings = 0;
  int64_t reports = 0;
};

Result<Edit> decide(const ReassignClients& command, const CommandInput& in);
Result<Edit> decide(const SetWeeklyTargets& command, const CommandInput& in);
void read_args(CommandArgs& args, ReassignClients& command);
void read_args(CommandArgs& args, SetWeeklyTargets& command);

// A supervisor's command names her (reviewer_id, supervisor_id), so she must
// be in the book: a book naming a supervisor it does not hold would not load.
std::optional<Problem> refuse_unknown_supervisor(const CommandInput& in);

// The id of the WeeklyTarget of MANAGER for the week starting WEEK_START: the
// same on every device, so targets set in two books are one record in a merge.
RecordId weekly_target_id(const RecordId& manager, const Date& week_start);

}  // namespace rm
