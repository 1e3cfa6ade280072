#include "app/commands/contact_commands.h"

#include "app/commands/command_args.h"
#include "app/commands/command_checks.h"

namespace rm {

Result<Edit> decide(const RecordContact& command, const CommandInput& in) {
  const Client* client = live_client(in, command.client_id);
  if (!client) return no_such_client();
  if (!command.channel)
    return refusal("required", "Say how the contact happened: choose the channel.", "请选择联络方式。", "channel");
  const bool meeting = face_to_face(*command.channel);
  if (command.meeting && *command.meeting != meeting)
    return meeting ? refusal("meeting_mismatch", "A visit, branch meeting or client event is face to face.",
                             "上门拜访、网点面谈和客户活动都是面谈。", "meeting")
                   : refusal("meeting_mismatch",
                             "A call, message, e-mail or letter is not a meeting: for a face-to-face contact "
                             "choose visit, branch meeting or client event.",
                             "电话、短信、微信、电子邮件和信函不算面谈：面谈请选择上门拜访、网点面谈或客户活动。", "meeting");
  if (auto p = refuse_no_date(command.date, "date")) return *p;
  if (command.date > in.context.today)
    return refusal("date_in_future",
                   "The contact date " + command.date.iso() + " is after today (" + in.context.today.iso() +
                       "): record a contact once it has happened.",
                   "联络日期 " + command.date.iso() + " 晚于今天（" + in.context.today.iso() + "）：请在联络发生后再记录。",
                   "date");
  if (command.next_step_date && *command.next_step_date < command.date)
    return refusal("next_step_before_contact", "The next step cannot fall before the contact itself.",
                   "下一步日期不能早于联络日期。", "next_step_date");
  if (!command.opportunity_id.empty()) {
    const uint32_t o = in.index.opportunity(command.opportunity_id);
    if (o == BookIndex::npos || in.book.opportunities[o].meta.deleted ||
        in.book.opportunities[o].client_id != command.client_id)
      return refusal("no_such_opportunity", "That opportunity is not one of this client's.",
                     "该商机不属于此客户。", "opportunity_id");
  }

  Contact contact;
  contact.meta.id = in.new_id();
  contact.client_id = command.client_id;
  contact.manager_id = credited_manager(in, *client);  // whoever records it made it
  contact.date = command.date;
  contact.channel = *command.channel;
  contact.proactive = command.proactive;
  contact.meeting = meeting;
  contact.outcome = command.outcome;
  contact.notes = command.notes;
  contact.next_step = command.next_step;
  contact.next_step_date = command.next_step_date;
  contact.opportunity_id = command.opportunity_id;
  std::vector<AnyRecord> puts{contact};

  if (command.next_step_date) {
    Task follow;
    follow.meta.id = in.new_id();
    follow.title = command.next_step.empty() ? std::string("跟进 Follow up") : command.next_step;
    follow.kind = TaskKind::follow_up;
    follow.client_id = command.client_id;
    follow.manager_id = contact.manager_id;
    follow.due = *command.next_step_date;
    puts.emplace_back(std::move(follow));
  }
  return edit_of<RecordContact>(std::move(puts));
}

void read_args(CommandArgs& a, RecordContact& c) {
  a.id("client_id", c.client_id);
  a.date("date", c.date);
  Channel channel = Channel::phone;
  const bool before = a.problem().has_value();
  a.code("channel", channel, CommandArgs::required);
  if (a.problem().has_value() == before) c.channel = channel;
  a.flag("proactive", c.proactive);
  if (const nlohmann::json* v = a.raw("meeting")) {
    if (!v->is_boolean()) return a.bad("meeting", "must be true or false", "应为 true 或 false");
    c.meeting = v->get<bool>();
  }
  a.code("outcome", c.outcome);
  a.text("notes", c.notes);
  a.text("next_step", c.next_step);
  a.date("next_step_date", c.next_step_date);
  a.id("opportunity_id", c.opportunity_id, CommandArgs::optional);
}

}  // namespace rm
