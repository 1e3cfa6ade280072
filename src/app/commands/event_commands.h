// Client events (客户活动, docs/domain.md §6 "Client events"): a salon, a
// dinner, a lecture… planned by the manager, clients invited (the Events
// screen invites the clients the Clients filters match), their replies,
// who came, and the follow-up after it. Each command is one undoable edit
// of the ClientEvent record. The agenda reads the invitations' statuses:
// confirm an invitation, remind those who accepted, thank those who came
// until their follow-up is recorded (core/planner/contact_events.cpp).
#pragma once
#include <string>
#include <vector>

#include "app/commands/command_support.h"

namespace rm {

struct PlanClientEvent {
  static constexpr std::string_view kind = "plan_client_event";
  static constexpr CommandLabel label{"新建客户活动", "Plan client event"};
  static constexpr Roles roles = Roles::manager;

  std::string title;
  ClientEventKind event_kind = ClientEventKind::other;
  Date date;  // today or later: an event is planned before it is held
  std::string location;
  int capacity = 0;  // seats; 0 = no limit
};

// Adds invitations (status `invited`) for CLIENT_IDS, all or none.
struct InviteClients {
  static constexpr std::string_view kind = "invite_clients";
  static constexpr CommandLabel label{"邀请客户参加活动", "Invite clients"};
  static constexpr Roles roles = Roles::manager;

  RecordId event_id;
  std::vector<RecordId> client_ids;
};

// The client's answer: accepted or declined.
struct RecordInvitationReply {
  static constexpr std::string_view kind = "record_invitation_reply";
  static constexpr CommandLabel label{"记录邀请回复", "Record invitation reply"};
  static constexpr Roles roles = Roles::manager;

  RecordId event_id;
  RecordId client_id;
  InvitationStatus reply = InvitationStatus::accepted;  // accepted | declined
};

// Who came: attended or no_show, on or after the event's day.
struct RecordAttendance {
  static constexpr std::string_view kind = "record_attendance";
  static constexpr CommandLabel label{"记录活动出席", "Record attendance"};
  static constexpr Roles roles = Roles::manager;

  RecordId event_id;
  RecordId client_id;
  InvitationStatus attendance = InvitationStatus::attended;  // attended | no_show
};

// The call or visit after the event: ends the agenda's thank-you contact.
struct RecordEventFollowUp {
  static constexpr std::string_view kind = "record_event_follow_up";
  static constexpr CommandLabel label{"记录活动回访", "Record event follow-up"};
  static constexpr Roles roles = Roles::manager;

  RecordId event_id;
  RecordId client_id;
  Date date;  // on or after the event, not after today
  std::string notes;
};

Result<Edit> decide(const PlanClientEvent& command, const CommandInput& in);
Result<Edit> decide(const InviteClients& command, const CommandInput& in);
Result<Edit> decide(const RecordInvitationReply& command, const CommandInput& in);
Result<Edit> decide(const RecordAttendance& command, const CommandInput& in);
Result<Edit> decide(const RecordEventFollowUp& command, const CommandInput& in);
void read_args(CommandArgs& args, PlanClientEvent& command);
void read_args(CommandArgs& args, InviteClients& command);
void read_args(CommandArgs& args, RecordInvitationReply& command);
void read_args(CommandArgs& args, RecordAttendance& command);
void read_args(CommandArgs& args, RecordEventFollowUp& command);

}  // namespace rm
