// Recording a contact with a client (联络记录): the one rule set used by
// Today, the 360° view, the JS hook and the CLI. The contact rules of
// docs/domain.md ("Contact rules") count what this records.
#pragma once
#include <optional>
#include <string>
#include <vector>

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
  // "kind" in the JSON form: call, message or meeting, as the rules count it
  // (docs/domain.md §2, "Channel and kind"). Absent: as the channel implies
  // (default_kind); stated, the channel must allow it (kind_fits): WeChat
  // carries a call or a message, so a WeChat voice call is recorded as
  // {channel wechat, kind call}.
  std::optional<ContactClass> contact_kind;
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

// Greetings sent as one batch (节日/生日问候): one message contact per client,
// for an occasion, on one day — Bank B's SMS on major holidays and birthdays
// (docs/domain.md, "Greetings on days off"), prepared and scheduled on the
// last working day before a day off or sent on the day. One undo step for the
// whole batch; an unknown or deleted client refuses it all, so a stale
// selection never half-applies.
struct RecordGreetings {
  static constexpr std::string_view kind = "record_greetings";
  static constexpr CommandLabel label{"批量记录问候", "Record greetings sent"};
  static constexpr Roles roles = Roles::manager;

  std::vector<RecordId> client_ids;
  // "birthday", or a holiday's code (holiday_names: "mid_autumn",
  // "spring_festival", …): the contacts' notes name it.
  std::string occasion;
  // A message channel (sms, wechat, email, letter): a greeting is a message,
  // and the greeting rules count messages.
  std::optional<Channel> channel;
  Date date;  // when the messages went out (or were scheduled): today or earlier
};

Result<Edit> decide(const RecordContact& command, const CommandInput& in);
Result<Edit> decide(const RecordGreetings& command, const CommandInput& in);
void read_args(CommandArgs& args, RecordContact& command);
void read_args(CommandArgs& args, RecordGreetings& command);

}  // namespace rm
