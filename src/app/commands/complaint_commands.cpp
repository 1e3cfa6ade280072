#include "app/commands/complaint_commands.h"

#include "app/commands/command_args.h"
#include "app/commands/command_checks.h"

namespace rm {

std::optional<ComplaintStep> next_complaint_step(const Complaint& complaint) {
  if (complaint.steps.empty()) return ComplaintStep::listen;
  const auto last = static_cast<size_t>(complaint.steps.back().step);
  if (last + 1 >= EnumCodes<ComplaintStep>::codes.size()) return std::nullopt;
  return static_cast<ComplaintStep>(last + 1);
}

Result<Edit> decide(const AddComplaint& command, const CommandInput& in) {
  const Client* client = live_client(in, command.client_id);
  if (!client) return no_such_client();
  if (auto p = refuse_no_date(command.received_on, "received_on")) return *p;
  if (auto p = refuse_future(in, command.received_on, "received_on")) return *p;
  if (auto p = refuse_blank(command.summary, "summary", "what the complaint is about", "投诉内容")) return *p;

  Complaint k;
  k.meta.id = in.new_id();
  k.client_id = command.client_id;
  k.manager_id = credited_manager(in, *client);
  k.received_on = command.received_on;
  k.summary = command.summary;
  k.facts = command.facts;
  k.responsibility = command.responsibility;
  k.remedy = command.remedy;
  // Taking the complaint down is listening to it; writing the facts down is
  // the second step (docs/domain.md §6).
  k.steps.push_back(ComplaintStepDone{ComplaintStep::listen, k.received_on, {}, {}});
  if (!is_blank(k.facts)) k.steps.push_back(ComplaintStepDone{ComplaintStep::record_facts, k.received_on, {}, {}});
  return edit_of<AddComplaint>({k});
}

Result<Edit> decide(const AdvanceComplaint& command, const CommandInput& in) {
  const Complaint* k = live_record<Complaint>(in.book, command.complaint_id);
  if (!k)
    return refusal("no_such_complaint", "No such complaint in this book (it may have been deleted).",
                   "本数据中没有该投诉（可能已被删除）。", "complaint_id");
  const std::optional<ComplaintStep> next = next_complaint_step(*k);
  if (!next || k->resolved_on)
    return refusal("complaint_resolved", "This complaint is already resolved.", "该投诉已处理完毕。", "complaint_id");
  if (command.step != *next)
    return refusal("not_next_step", "Complaint steps are done in order: the next step is another one.",
                   "投诉须按步骤依次处理：下一步不是此步骤。", "step");
  if (auto p = refuse_no_date(command.date, "date")) return *p;
  if (auto p = refuse_future(in, command.date, "date")) return *p;
  const Date previous = k->steps.empty() ? k->received_on : k->steps.back().date;
  if (command.date < previous)
    return refusal("before_previous_step", "A step cannot be dated before the step before it.",
                   "此步骤日期不能早于上一步骤。", "date");
  if (command.responsibility && command.step != ComplaintStep::determine_responsibility)
    return refusal("responsibility_not_this_step", "Responsibility is recorded when it is determined.",
                   "责任认定应在“认定责任”步骤记录。", "responsibility");
  if (!command.remedy.empty() && command.step != ComplaintStep::agree_remedy)
    return refusal("remedy_not_this_step", "The remedy is recorded when it is agreed.",
                   "补救方案应在“商定补救”步骤记录。", "remedy");

  Complaint advanced = *k;
  advanced.steps.push_back(ComplaintStepDone{command.step, command.date, command.note, {}});
  if (command.responsibility) advanced.responsibility = *command.responsibility;
  if (!command.remedy.empty()) advanced.remedy = command.remedy;
  if (!next_complaint_step(advanced)) advanced.resolved_on = command.date;
  return edit_of<AdvanceComplaint>({advanced});
}

void read_args(CommandArgs& a, AddComplaint& c) {
  a.id("client_id", c.client_id);
  a.date("received_on", c.received_on);
  a.text("summary", c.summary, CommandArgs::required);
  a.text("facts", c.facts);
  a.code("responsibility", c.responsibility);
  a.text("remedy", c.remedy);
}

void read_args(CommandArgs& a, AdvanceComplaint& c) {
  a.id("complaint_id", c.complaint_id);
  a.code("step", c.step, CommandArgs::required);
  a.date("date", c.date);
  a.text("note", c.note);
  if (a.raw("responsibility")) {
    Responsibility r = Responsibility::undetermined;
    a.code("responsibility", r);
    c.responsibility = r;
  }
  a.text("remedy", c.remedy);
}

}  // namespace rm
