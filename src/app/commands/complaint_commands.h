// Client complaints (投诉) and their handling, step by step in the order of
// docs/domain.md §6: listen, record facts, determine responsibility,
// apologise, agree a remedy, execute, follow up. A complaint is resolved when
// its follow-up is done.
#pragma once
#include <optional>
#include <string>

#include "app/commands/command_support.h"
#include "core/planner/complaint_deadlines.h"  // next_complaint_step, the step deadlines

namespace rm {

struct AddComplaint {
  static constexpr std::string_view kind = "add_complaint";
  static constexpr CommandLabel label{"登记投诉", "Add complaint"};
  static constexpr Roles roles = Roles::manager;

  RecordId client_id;
  Date received_on;  // today or earlier
  std::string summary;
  std::string facts;  // when given, the facts are recorded too (the second step)
  Responsibility responsibility = Responsibility::undetermined;
  std::string remedy;
};

// Records the next step of the handling: exactly the one after the last step
// done — the order is the procedure, so no step is skipped or done twice.
struct AdvanceComplaint {
  static constexpr std::string_view kind = "advance_complaint";
  static constexpr CommandLabel label{"推进投诉处理", "Advance complaint"};
  static constexpr Roles roles = Roles::manager;

  RecordId complaint_id;
  ComplaintStep step = ComplaintStep::listen;  // the step done
  Date date;          // when: today or earlier, not before the previous step
  std::string note;
  std::string by;     // who did it; empty: the complaint's manager (her name)
  std::optional<Responsibility> responsibility;  // what determining it found
  std::string remedy;                            // what was agreed
};

Result<Edit> decide(const AddComplaint& command, const CommandInput& in);
Result<Edit> decide(const AdvanceComplaint& command, const CommandInput& in);
void read_args(CommandArgs& args, AddComplaint& command);
void read_args(CommandArgs& args, AdvanceComplaint& command);

}  // namespace rm
