#include "app/commands/opportunity_commands.h"

#include <limits>

#include "app/commands/command_args.h"
#include "app/commands/command_checks.h"

namespace rm {

namespace {

Problem no_such_opportunity() {
  return refusal("no_such_opportunity", "No such opportunity in this book (it may have been deleted).",
                 "本数据中没有该商机（可能已被删除）。", "opportunity_id");
}

const Opportunity* live_opportunity(const CommandInput& in, const RecordId& id) {
  const uint32_t i = in.index.opportunity(id);
  if (i == BookIndex::npos || in.book.opportunities[i].meta.deleted) return nullptr;
  return &in.book.opportunities[i];
}

// A closed opportunity is history: moving or closing it again would rewrite
// the won/lost figures the supervisor already read.
std::optional<Problem> refuse_closed(const Opportunity& o) {
  if (o.status == OpportunityStatus::open) return std::nullopt;
  return refusal("opportunity_closed", "This opportunity is already closed (won or lost).",
                 "该商机已结束（成交或失败）。", "opportunity_id");
}

// The checks creating and editing share: what an opportunity may say.
template <class C>
std::optional<Problem> refuse_details(const C& command, const CommandInput& in, Date opened_on) {
  if (auto p = refuse_blank(command.title, "title", "the opportunity's title", "商机名称")) return *p;
  if (!command.product_id.empty()) {
    const uint32_t p = in.index.product(command.product_id);
    if (p == BookIndex::npos || in.book.products[p].meta.deleted)
      return refusal("no_such_product", "No such product in this book.", "本数据中没有该产品。", "product_id");
  }
  if (command.expected_amount < 0)
    return refusal("negative_amount", "The expected amount cannot be negative.", "预计金额不能为负数。",
                   "expected_amount");
  if (command.expected_amount > kMaxAmount)
    return refusal("amount_too_large", "The expected amount is above 10 trillion yuan, the largest accepted.",
                   "预计金额超过 10 万亿元的上限。", "expected_amount");
  if (command.probability_pct < 0 || command.probability_pct > 100)
    return refusal("bad_probability", "The probability is a percentage from 0 to 100.", "成交概率应为 0 至 100 的百分数。",
                   "probability_pct");
  if (static_cast<size_t>(command.source) >= EnumCodes<FindingChannel>::codes.size())
    return refusal("bad_source", "That is not one of the channels for finding clients.", "不是发现客户的渠道之一。",
                   "source");
  if (command.next_step_date && *command.next_step_date < opened_on)
    return refusal("next_step_before_opened", "The next step cannot fall before the opportunity was opened.",
                   "下一步日期不能早于商机发现日期。", "next_step_date");
  if (command.expected_close && *command.expected_close < opened_on)
    return refusal("close_before_opened", "The expected close cannot fall before the opportunity was opened.",
                   "预计成交日期不能早于商机发现日期。", "expected_close");
  return std::nullopt;
}

// The fields creating and editing share, read from JSON. Any whole number is
// read: a negative amount or a probability outside 0–100 is the command's
// refusal, in the same words as from the UI.
template <class C>
void read_details(CommandArgs& a, C& c) {
  a.text("title", c.title, CommandArgs::required);
  a.id("product_id", c.product_id, CommandArgs::optional);
  a.integer("expected_amount", c.expected_amount, std::numeric_limits<int64_t>::min(),
            std::numeric_limits<int64_t>::max());
  a.code("method", c.method);
  a.code("source", c.source);
  int64_t pct = c.probability_pct;
  a.integer("probability_pct", pct, std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max());
  c.probability_pct = pct < 0 || pct > 100 ? -1 : static_cast<int32_t>(pct);
  a.date("expected_close", c.expected_close);
  a.text("next_step", c.next_step);
  a.date("next_step_date", c.next_step_date);
}

// ... and written onto the opportunity.
template <class C>
void copy_details(const C& command, Opportunity& o) {
  o.title = command.title;
  o.product_id = command.product_id;
  o.expected_amount = command.expected_amount;
  o.method = command.method;
  o.source = command.source;
  o.probability_pct = command.probability_pct;
  o.expected_close = command.expected_close;
  o.next_step = command.next_step;
  o.next_step_date = command.next_step_date;
}

}  // namespace

Result<Edit> decide(const CreateOpportunity& command, const CommandInput& in) {
  const Client* client = live_client(in, command.client_id);
  if (!client) return no_such_client();
  if (auto p = refuse_no_date(command.opened_on, "opened_on")) return *p;
  if (auto p = refuse_future(in, command.opened_on, "opened_on")) return *p;
  if (auto p = refuse_details(command, in, command.opened_on)) return *p;

  Opportunity o;
  o.meta.id = in.new_id();
  o.client_id = command.client_id;
  o.manager_id = credited_manager(in, *client);
  o.step = command.step;
  o.opened_on = command.opened_on;
  copy_details(command, o);
  return edit_of<CreateOpportunity>({o});
}

Result<Edit> decide(const UpdateOpportunity& command, const CommandInput& in) {
  const Opportunity* o = live_opportunity(in, command.opportunity_id);
  if (!o) return no_such_opportunity();
  if (auto p = refuse_closed(*o)) return *p;
  if (auto p = refuse_details(command, in, o->opened_on)) return *p;
  Opportunity edited = *o;
  copy_details(command, edited);
  return edit_of<UpdateOpportunity>({edited});
}

Result<Edit> decide(const MoveOpportunity& command, const CommandInput& in) {
  const Opportunity* o = live_opportunity(in, command.opportunity_id);
  if (!o) return no_such_opportunity();
  if (auto p = refuse_closed(*o)) return *p;
  if (static_cast<size_t>(command.step) >= EnumCodes<SalesStep>::codes.size())
    return refusal("bad_step", "That is not one of the six sales steps.", "不是六步曲中的步骤。", "step");
  if (command.step == o->step)
    return refusal("same_step", "The opportunity is already at that step.", "该商机已处于此步骤。", "step");
  Opportunity moved = *o;
  // Kept so the weekly pipeline table can say what moved since last week
  // (docs/domain.md §3 "Written reports"; core/reports/pipeline_week.h).
  moved.moves.push_back(StepMove{in.context.today, o->step, command.step});
  moved.step = command.step;
  return edit_of<MoveOpportunity>({moved});
}

Result<Edit> decide(const CloseOpportunity& command, const CommandInput& in) {
  const Opportunity* o = live_opportunity(in, command.opportunity_id);
  if (!o) return no_such_opportunity();
  if (auto p = refuse_closed(*o)) return *p;
  if (command.outcome == OpportunityStatus::open)
    return refusal("bad_outcome", "An opportunity closes as won or lost.", "商机只能以成交或失败结束。", "outcome");
  if (command.outcome == OpportunityStatus::won && !is_blank(command.reason))
    return refusal("reason_for_won", "A reason is recorded only for a lost opportunity.", "只有失败的商机才记录原因。",
                   "reason");
  if (auto p = refuse_no_date(command.closed_on, "closed_on")) return *p;
  if (auto p = refuse_future(in, command.closed_on, "closed_on")) return *p;
  if (command.closed_on < o->opened_on)
    return refusal("closed_before_opened", "An opportunity cannot close before it was opened.",
                   "商机结束日期不能早于发现日期。", "closed_on");
  Opportunity closed = *o;
  closed.status = command.outcome;
  closed.closed_on = command.closed_on;
  closed.lost_reason = command.reason;
  return edit_of<CloseOpportunity>({closed});
}

void read_args(CommandArgs& a, CreateOpportunity& c) {
  a.id("client_id", c.client_id);
  read_details(a, c);
  a.code("step", c.step);
  a.date("opened_on", c.opened_on);
}

void read_args(CommandArgs& a, UpdateOpportunity& c) {
  a.id("opportunity_id", c.opportunity_id);
  read_details(a, c);
}

void read_args(CommandArgs& a, MoveOpportunity& c) {
  a.id("opportunity_id", c.opportunity_id);
  a.code("step", c.step, CommandArgs::required);
}

void read_args(CommandArgs& a, CloseOpportunity& c) {
  a.id("opportunity_id", c.opportunity_id);
  a.code("outcome", c.outcome, CommandArgs::required);
  a.date("closed_on", c.closed_on);
  a.text("reason", c.reason);
}

}  // namespace rm
