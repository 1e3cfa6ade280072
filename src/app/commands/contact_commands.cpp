#include "app/commands/contact_commands.h"

#include "app/commands/command_args.h"
#include "app/commands/command_checks.h"

namespace rm {

Result<Edit> decide(const RecordContact& command, const CommandInput& in) {
  const Client* client = live_client(in, command.client_id);
  if (!client) return no_such_client();
  if (auto p = refuse_no_date(command.date, "date")) return *p;
  if (auto p = refuse_future(in, command.date, "date")) return *p;
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
  contact.channel = command.channel;
  contact.proactive = command.proactive;
  contact.meeting = command.meeting;
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
  a.code("channel", c.channel, CommandArgs::required);
  a.flag("proactive", c.proactive);
  a.flag("meeting", c.meeting);
  a.code("outcome", c.outcome);
  a.text("notes", c.notes);
  a.text("next_step", c.next_step);
  a.date("next_step_date", c.next_step_date);
  a.id("opportunity_id", c.opportunity_id, CommandArgs::optional);
}

}  // namespace rm
