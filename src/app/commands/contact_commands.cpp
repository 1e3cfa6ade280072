#include "app/commands/contact_commands.h"

#include <unordered_set>

#include "app/commands/command_args.h"
#include "app/commands/command_checks.h"
#include "core/calendar/holidays.h"

namespace rm {

namespace {

// The occasion's names, for the contacts' notes; nullopt for an unknown code.
std::optional<std::pair<std::string, std::string>> occasion_names(std::string_view code) {
  if (code == "birthday") return std::pair<std::string, std::string>{"生日", "Birthday"};
  for (int k = 0; k <= static_cast<int>(HolidayKind::laba); ++k) {
    const HolidayNames names = holiday_names(static_cast<HolidayKind>(k));
    if (names.code == code) return std::pair<std::string, std::string>{std::string(names.zh), std::string(names.en)};
  }
  return std::nullopt;
}

}  // namespace

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
  if (command.contact_kind && !kind_fits(*command.channel, *command.contact_kind))
    return refusal("kind_mismatch",
                   "A " + std::string(code_of(*command.contact_kind)) + " cannot be made by " +
                       std::string(code_of(*command.channel)) +
                       ": a call is by phone or WeChat, a message by SMS, WeChat, e-mail or letter, a meeting "
                       "face to face (visit, branch meeting or client event).",
                   "联络方式与类型不符：通话可经电话或微信，消息可经短信、微信、电子邮件或信函，面谈须为上门拜访、"
                   "网点面谈或客户活动。",
                   "kind");
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
  contact.kind = command.contact_kind.value_or(default_kind(*command.channel));
  contact.proactive = command.proactive;
  contact.meeting = meeting;  // == (kind == meeting): the channel fits the kind, and the meeting flag the channel
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

Result<Edit> decide(const RecordGreetings& command, const CommandInput& in) {
  if (command.client_ids.empty())
    return refusal("no_clients", "No clients are selected.", "未选择客户。", "client_ids");
  const auto names = occasion_names(command.occasion);
  if (!names)
    return refusal("bad_field",
                   "Say which occasion the greetings are for: \"birthday\" or a holiday such as \"mid_autumn\".",
                   "请说明问候的场合：\"birthday\"（生日）或节日代码，如 \"mid_autumn\"（中秋节）。", "occasion");
  if (!command.channel)
    return refusal("required", "Say how the greetings were sent: choose the channel.", "请选择问候的发送方式。",
                   "channel");
  if (!kind_fits(*command.channel, ContactClass::message))
    return refusal("not_a_message",
                   "A greeting is a message: choose SMS, WeChat, e-mail or letter (record a call or a meeting "
                   "with record_contact).",
                   "问候是一条消息：请选择短信、微信、电子邮件或信函（电话和面谈请逐条记录联络）。", "channel");
  if (auto p = refuse_no_date(command.date, "date")) return *p;
  if (command.date > in.context.today)
    return refusal("date_in_future",
                   "The greetings' date " + command.date.iso() + " is after today (" + in.context.today.iso() +
                       "): record them once they have been sent or scheduled.",
                   "问候日期 " + command.date.iso() + " 晚于今天（" + in.context.today.iso() + "）：请在发送或预约发送后再记录。",
                   "date");

  std::vector<AnyRecord> puts;
  puts.reserve(command.client_ids.size());
  std::unordered_set<RecordId> seen;
  for (size_t i = 0; i < command.client_ids.size(); ++i) {
    const RecordId& id = command.client_ids[i];
    const Client* client = live_client(in, id);
    if (!client)
      return refusal("no_such_client",
                     "Client " + id.str() + " is not in this book (it may have been deleted); no greeting was recorded.",
                     "本数据中没有客户 " + id.str() + "（可能已被删除），未记录任何问候。",
                     "client_ids/" + std::to_string(i));
    if (!seen.insert(id).second) continue;  // named twice: greeted once
    Contact contact;
    contact.meta.id = in.new_id();
    contact.client_id = id;
    contact.manager_id = credited_manager(in, *client);
    contact.date = command.date;
    contact.channel = *command.channel;
    contact.kind = ContactClass::message;
    contact.proactive = true;
    contact.meeting = false;
    contact.outcome = ContactOutcome::reached;
    contact.notes = names->first + "问候 " + names->second + " greeting";
    puts.emplace_back(std::move(contact));
  }
  return edit_of<RecordGreetings>(std::move(puts));
}

void read_args(CommandArgs& a, RecordContact& c) {
  a.id("client_id", c.client_id);
  a.date("date", c.date);
  Channel channel = Channel::phone;
  const bool before = a.problem().has_value();
  a.code("channel", channel, CommandArgs::required);
  if (a.problem().has_value() == before) c.channel = channel;
  if (a.raw("kind")) {
    ContactClass kind = ContactClass::call;
    const bool bad_before = a.problem().has_value();
    a.code("kind", kind);
    if (a.problem().has_value() == bad_before) c.contact_kind = kind;
  }
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

void read_args(CommandArgs& a, RecordGreetings& c) {
  a.ids("client_ids", c.client_ids);
  a.text("occasion", c.occasion, CommandArgs::required);
  Channel channel = Channel::sms;
  const bool before = a.problem().has_value();
  a.code("channel", channel, CommandArgs::required);
  if (a.problem().has_value() == before) c.channel = channel;
  a.date("date", c.date);
}

}  // namespace rm
