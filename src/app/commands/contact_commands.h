// Recording a contact with a client (联络记录): the one rule set used by
// Today, the 360° view, the JS hook and the CLI. The contact rules of
// docs/domain.md ("Contact rules") count what this records.
#pragma once
#include <optional>
#include <string>

#include "app/commands/command_support.h"

namespace rm {

struct RecordContact {
  static constexpr std::string_view kind = "record_contact";
  static constexpr CommandLabel label{"记录联络", "Record contact"};
  static constexpr Roles roles = Roles::manager;

  RecordId client_id;
  Date date;  // when it happened: today or earlier (a call made yesterday is often logged today)
  // How it happened: stated by whoever records it, never assumed from the plan
  // (a call saved as a branch meeting would count towards the meeting minimum).
  std::optional<Channel> channel;
  bool proactive = true;  // the manager reached out
  // Face to face. Absent: as the channel implies (face_to_face); stated, it
  // must agree with the channel.
  std::optional<bool> meeting;
  ContactOutcome outcome = ContactOutcome::reached;
  std::string notes;
  std::string next_step;
  std::optional<Date> next_step_date;  // when set, a follow-up task falls due then
  RecordId opportunity_id;             // the sale it moved forward, if any
};

Result<Edit> decide(const RecordContact& command, const CommandInput& in);
void read_args(CommandArgs& args, RecordContact& command);

}  // namespace rm
