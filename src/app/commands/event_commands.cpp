#include "app/commands/event_commands.h"

#include <algorithm>
#include <unordered_set>

#include "app/commands/command_args.h"
#include "app/commands/command_checks.h"

namespace rm {

namespace {

Problem no_such_event() {
  return refusal("no_such_event", "No such client event in this book (it may have been deleted).",
                 "本数据中没有该客户活动（可能已被删除）。", "event_id");
}

Problem not_invited(const Client* client) {
  const std::string name = client ? client->name : std::string();
  return refusal("not_invited", "This client was not invited to the event" + (name.empty() ? "" : ": " + name) + ".",
                 "该客户未被邀请参加此活动" + (name.empty() ? "" : "：" + name) + "。", "client_id");
}

// The event's invitation for CLIENT_ID, with a copy of the event to change.
struct Invitee {
  ClientEvent event;
  size_t at = 0;  // position of the invitation in event.invitations
  Invitation& invitation() { return event.invitations[at]; }
};
Result<Invitee> find_invitee(const CommandInput& in, const RecordId& event_id, const RecordId& client_id) {
  const ClientEvent* e = live_record<ClientEvent>(in.book, event_id);
  if (!e) return no_such_event();
  for (size_t i = 0; i < e->invitations.size(); ++i)
    if (e->invitations[i].client_id == client_id) return Invitee{*e, i};
  return not_invited(live_client(in, client_id));
}

// Seats taken: every invitation not declined (an invited client may still
// come; docs/domain.md §6, "Client events").
int seats_taken(const ClientEvent& e) {
  return static_cast<int>(std::count_if(e.invitations.begin(), e.invitations.end(), [](const Invitation& inv) {
    return inv.status != InvitationStatus::declined;
  }));
}

}  // namespace

Result<Edit> decide(const PlanClientEvent& command, const CommandInput& in) {
  if (auto p = refuse_blank(command.title, "title", "the event's title", "活动名称")) return *p;
  if (auto p = refuse_no_date(command.date, "date")) return *p;
  if (command.date < in.context.today)
    return refusal("event_in_past", "An event is planned for today or later; " + command.date.iso() + " has passed.",
                   "活动应安排在今天或以后；" + command.date.iso() + " 已过。", "date");
  if (command.capacity < 0)
    return refusal("bad_capacity", "The capacity is a number of seats (0: no limit).",
                   "名额应为人数（0 表示不限）。", "capacity");
  ClientEvent e;
  e.meta.id = in.new_id();
  e.title = command.title;
  e.kind = command.event_kind;
  e.date = command.date;
  e.location = command.location;
  e.host_manager_id = in.context.user_id.empty() ? in.book.settings.owner_manager_id : in.context.user_id;
  e.capacity = command.capacity;
  return edit_of<PlanClientEvent>({e});
}

Result<Edit> decide(const InviteClients& command, const CommandInput& in) {
  const ClientEvent* e = live_record<ClientEvent>(in.book, command.event_id);
  if (!e) return no_such_event();
  if (e->date < in.context.today)
    return refusal("event_past", "The event of " + e->date.iso() + " is over: invitations are sent before it.",
                   "活动（" + e->date.iso() + "）已结束：邀请应在活动前发出。", "event_id");
  if (command.client_ids.empty())
    return refusal("no_clients", "No clients are selected.", "未选择客户。", "client_ids");
  std::unordered_set<RecordId> seen;
  for (const Invitation& inv : e->invitations) seen.insert(inv.client_id);
  ClientEvent invited = *e;
  for (size_t i = 0; i < command.client_ids.size(); ++i) {
    const RecordId& id = command.client_ids[i];
    const std::string path = "client_ids/" + std::to_string(i);
    const Client* c = live_client(in, id);
    if (!c)
      return refusal("no_such_client",
                     "Client " + id.str() + " is not in this book (it may have been deleted); no one was invited.",
                     "本数据中没有客户 " + id.str() + "（可能已被删除），未邀请任何人。", path);
    if (!seen.insert(id).second)
      return refusal("already_invited", c->name + " is already invited (or named twice); no one was invited.",
                     c->name + " 已在邀请名单中（或重复列出），未邀请任何人。", path);
    invited.invitations.push_back(Invitation{id, InvitationStatus::invited, std::nullopt, {}});
  }
  if (e->capacity > 0 && seats_taken(invited) > e->capacity) {
    const int taken = seats_taken(*e);
    const int free = std::max(0, e->capacity - taken);
    const std::string asked = std::to_string(command.client_ids.size());
    return refusal("over_capacity",
                   "The event has " + std::to_string(e->capacity) + " seats, " + std::to_string(taken) +
                       " taken: " + std::to_string(free) + " more can be invited, not " + asked + ".",
                   "活动名额 " + std::to_string(e->capacity) + " 人，已占 " + std::to_string(taken) + " 人：还可邀请 " +
                       std::to_string(free) + " 人，不能邀请 " + asked + " 人。",
                   "client_ids");
  }
  return edit_of<InviteClients>({invited});
}

Result<Edit> decide(const RecordInvitationReply& command, const CommandInput& in) {
  if (command.reply != InvitationStatus::accepted && command.reply != InvitationStatus::declined)
    return refusal("not_a_reply", "A reply is accepted or declined.", "回复应为接受或谢绝。", "reply");
  Result<Invitee> found = find_invitee(in, command.event_id, command.client_id);
  if (!found) return found.problem();
  Invitee& x = found.value();
  if (x.invitation().status == InvitationStatus::attended || x.invitation().status == InvitationStatus::no_show)
    return refusal("attendance_recorded",
                   "Attendance is already recorded for this client: the reply no longer matters.",
                   "该客户的出席情况已记录，无需再记录回复。", "client_id");
  // A client who declined may still take a seat that the others left.
  if (command.reply == InvitationStatus::accepted && x.invitation().status == InvitationStatus::declined &&
      x.event.capacity > 0 && seats_taken(x.event) >= x.event.capacity)
    return refusal("over_capacity", "Every seat of the event is taken.", "活动名额已满。", "client_id");
  x.invitation().status = command.reply;
  return edit_of<RecordInvitationReply>({x.event});
}

Result<Edit> decide(const RecordAttendance& command, const CommandInput& in) {
  if (command.attendance != InvitationStatus::attended && command.attendance != InvitationStatus::no_show)
    return refusal("not_attendance", "Attendance is attended or no_show.", "出席情况应为出席或未到。", "attendance");
  Result<Invitee> found = find_invitee(in, command.event_id, command.client_id);
  if (!found) return found.problem();
  Invitee& x = found.value();
  if (in.context.today < x.event.date)
    return refusal("event_not_held",
                   "The event is on " + x.event.date.iso() + ": who came is recorded on the day or after.",
                   "活动在 " + x.event.date.iso() + " 举行：出席情况应在当天或之后记录。", "event_id");
  x.invitation().status = command.attendance;
  return edit_of<RecordAttendance>({x.event});
}

Result<Edit> decide(const RecordEventFollowUp& command, const CommandInput& in) {
  Result<Invitee> found = find_invitee(in, command.event_id, command.client_id);
  if (!found) return found.problem();
  Invitee& x = found.value();
  if (x.invitation().status != InvitationStatus::attended && x.invitation().status != InvitationStatus::no_show)
    return refusal("attendance_first", "Record whether the client came before the follow-up.",
                   "请先记录客户是否出席，再记录回访。", "client_id");
  if (auto p = refuse_no_date(command.date, "date")) return *p;
  if (auto p = refuse_future(in, command.date, "date")) return *p;
  if (command.date < x.event.date)
    return refusal("before_event", "The follow-up comes after the event of " + x.event.date.iso() + ".",
                   "回访应在活动（" + x.event.date.iso() + "）之后。", "date");
  x.invitation().followed_up_on = command.date;
  x.invitation().notes = command.notes;
  return edit_of<RecordEventFollowUp>({x.event});
}

void read_args(CommandArgs& a, PlanClientEvent& c) {
  a.text("title", c.title, CommandArgs::required);
  a.code("kind", c.event_kind);
  a.date("date", c.date);
  a.text("location", c.location);
  int64_t capacity = 0;
  a.integer("capacity", capacity, 0, 100000);
  c.capacity = static_cast<int>(capacity);
}

void read_args(CommandArgs& a, InviteClients& c) {
  a.id("event_id", c.event_id);
  a.ids("client_ids", c.client_ids);
}

void read_args(CommandArgs& a, RecordInvitationReply& c) {
  a.id("event_id", c.event_id);
  a.id("client_id", c.client_id);
  a.code("reply", c.reply, CommandArgs::required);
}

void read_args(CommandArgs& a, RecordAttendance& c) {
  a.id("event_id", c.event_id);
  a.id("client_id", c.client_id);
  a.code("attendance", c.attendance, CommandArgs::required);
}

void read_args(CommandArgs& a, RecordEventFollowUp& c) {
  a.id("event_id", c.event_id);
  a.id("client_id", c.client_id);
  a.date("date", c.date);
  a.text("notes", c.notes);
}

}  // namespace rm
