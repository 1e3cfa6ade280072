#include "app/commands/report_commands.h"

#include "app/commands/command_args.h"
#include "app/commands/command_checks.h"

namespace rm {

Result<Edit> decide(const WriteCommunicationReport& command, const CommandInput& in) {
  const Client* client = live_client(in, command.client_id);
  if (!client) return no_such_client();
  if (!command.contact_id.empty()) {
    const Contact* k = live_record<Contact>(in.book, command.contact_id);
    if (!k || k->client_id != command.client_id)
      return refusal("no_such_contact", "That contact is not one of this client's.", "该联络记录不属于此客户。",
                     "contact_id");
  }
  if (auto p = refuse_no_date(command.date, "date")) return *p;
  if (auto p = refuse_future(in, command.date, "date")) return *p;
  if (auto p = refuse_blank(command.key_points, "key_points", "the key points", "沟通要点")) return *p;

  CommunicationReport r;
  r.meta.id = in.new_id();
  r.client_id = command.client_id;
  r.manager_id = credited_manager(in, *client);
  r.contact_id = command.contact_id;
  r.date = command.date;
  r.key_points = command.key_points;
  r.needs = command.needs;
  r.next_actions = command.next_actions;
  return edit_of<WriteCommunicationReport>({r});
}

Result<Edit> decide(const SaveWorkLog& command, const CommandInput& in) {
  if (auto p = refuse_no_date(command.date, "date")) return *p;
  if (auto p = refuse_future(in, command.date, "date")) return *p;
  if (is_blank(command.morning_meeting) && is_blank(command.contacts) && is_blank(command.sales) &&
      is_blank(command.suggestions) && is_blank(command.memo))
    return refusal("required", "The work log is empty: write at least one part.", "工作日志为空：请至少填写一项。",
                   "contacts");
  const RecordId manager_id = in.context.user_id.empty() ? in.book.settings.owner_manager_id : in.context.user_id;

  WorkLogEntry e;
  for (const WorkLogEntry& old : in.book.work_log)
    if (!old.meta.deleted && old.manager_id == manager_id && old.date == command.date) e = old;
  if (e.meta.id.empty()) e.meta.id = in.new_id();
  e.manager_id = manager_id;
  e.date = command.date;
  e.morning_meeting = command.morning_meeting;
  e.contacts = command.contacts;
  e.sales = command.sales;
  e.suggestions = command.suggestions;
  e.memo = command.memo;
  return edit_of<SaveWorkLog>({e});
}

void read_args(CommandArgs& a, WriteCommunicationReport& c) {
  a.id("client_id", c.client_id);
  a.id("contact_id", c.contact_id, CommandArgs::optional);
  a.date("date", c.date);
  a.text("key_points", c.key_points, CommandArgs::required);
  a.text("needs", c.needs);
  a.text("next_actions", c.next_actions);
}

void read_args(CommandArgs& a, SaveWorkLog& c) {
  a.date("date", c.date);
  a.text("morning_meeting", c.morning_meeting);
  a.text("contacts", c.contacts);
  a.text("sales", c.sales);
  a.text("suggestions", c.suggestions);
  a.text("memo", c.memo);
}

}  // namespace rm
