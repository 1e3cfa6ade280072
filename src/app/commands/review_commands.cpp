#include "app/commands/review_commands.h"

#include "app/commands/command_args.h"
#include "app/commands/command_checks.h"
#include "app/commands/supervisor_commands.h"
#include "core/money.h"
#include "sync/review.h"

namespace rm {

namespace {

Problem no_such_item(std::string path = "id") {
  return refusal("no_such_record", "No such report or plan in this book (it may have been deleted).",
                 "本数据中没有该报告或规划书（可能已被删除）。", std::move(path));
}

// Calls f(record) with the live communication report or financial plan ID
// (and, when LOGS, work log entry), or refuses.
template <bool Logs = false, class F>
Result<Edit> with_item(const CommandInput& in, const RecordId& id, F&& f) {
  if (const auto* r = live_record<CommunicationReport>(in.book, id)) return f(*r);
  if (const auto* p = live_record<FinancialPlan>(in.book, id)) return f(*p);
  if constexpr (Logs)
    if (const auto* w = live_record<WorkLogEntry>(in.book, id)) return f(*w);
  return no_such_item();
}

std::optional<Problem> refuse_not_in_review(ReviewState s) {
  if (s == ReviewState::submitted || s == ReviewState::reviewed) return std::nullopt;
  if (s == ReviewState::draft)
    return refusal("not_submitted", "It has not been submitted for review yet.", "尚未提交审阅。", "id");
  if (s == ReviewState::approved)
    return refusal("already_approved", "It is already approved; it can be reviewed again once resubmitted.",
                   "已审阅通过；重新提交后才能再次审阅。", "id");
  return refusal("already_returned", "It was returned for changes; it can be reviewed again once resubmitted.",
                 "已退回修改；重新提交后才能再次审阅。", "id");
}

template <class R>
constexpr ReviewSubject subject_of() {
  if constexpr (std::is_same_v<R, CommunicationReport>) return ReviewSubject::communication_report;
  else if constexpr (std::is_same_v<R, FinancialPlan>) return ReviewSubject::financial_plan;
  else return ReviewSubject::work_log;
}

}  // namespace

Result<Edit> decide(const SubmitForReview& command, const CommandInput& in) {
  return with_item(in, command.id, [&](const auto& item) -> Result<Edit> {
    auto r = item;
    switch (r.review) {
      case ReviewState::draft: break;
      case ReviewState::submitted:
      case ReviewState::reviewed:
        return refusal("already_submitted", "It is already submitted and waiting for review.",
                       "已提交，正在等待审阅。", "id");
      case ReviewState::approved:
        if (!changed_since_approval(r))
          return refusal("already_approved", "It is approved and unchanged since: there is nothing to resubmit.",
                         "已审阅通过且此后未作修改，无需重新提交。", "id");
        [[fallthrough]];
      case ReviewState::returned:
        // A new round: forward, so no merge brings the return back.
        ++r.review_round;
        break;
    }
    r.review = ReviewState::submitted;
    return edit_of<SubmitForReview>({AnyRecord(std::move(r))});
  });
}

Result<Edit> decide(const CommentOnReview& command, const CommandInput& in) {
  if (auto p = refuse_blank(command.text, "text", "the comment", "批注内容")) return *p;
  if (auto p = refuse_unknown_supervisor(in)) return *p;
  return with_item<true>(in, command.id, [&](const auto& item) -> Result<Edit> {
    using R = std::decay_t<decltype(item)>;
    ReviewComment c;
    c.meta.id = in.new_id();
    c.subject_kind = subject_of<R>();
    c.subject_id = item.meta.id;
    c.manager_id = item.manager_id;
    c.author_id = in.context.user_id;
    c.date = in.context.today;
    c.text = command.text;
    std::vector<AnyRecord> puts{c};
    if constexpr (!std::is_same_v<R, WorkLogEntry>) {
      if (item.review == ReviewState::submitted) {
        R read = item;
        read.review = ReviewState::reviewed;
        read.reviewer_id = in.context.user_id;
        read.reviewed_on = in.context.today;
        puts.emplace_back(std::move(read));
      }
    }
    return edit_of<CommentOnReview>(std::move(puts));
  });
}

Result<Edit> decide(const Approve& command, const CommandInput& in) {
  if (auto p = refuse_unknown_supervisor(in)) return *p;
  return with_item(in, command.id, [&](const auto& item) -> Result<Edit> {
    if (auto p = refuse_not_in_review(item.review)) return *p;
    auto r = item;
    r.review = ReviewState::approved;
    r.reviewer_id = in.context.user_id;
    r.reviewed_on = in.context.today;
    if (!is_blank(command.comment)) r.review_comment = command.comment;
    // What she approved: the content's stamps as she sees them now.
    r.approved_content = content_stamps(item);
    return edit_of<Approve>({AnyRecord(std::move(r))});
  });
}

Result<Edit> decide(const ReturnForChanges& command, const CommandInput& in) {
  if (auto p = refuse_blank(command.reason, "reason", "the reason", "退回原因")) return *p;
  if (auto p = refuse_unknown_supervisor(in)) return *p;
  return with_item(in, command.id, [&](const auto& item) -> Result<Edit> {
    if (auto p = refuse_not_in_review(item.review)) return *p;
    auto r = item;
    r.review = ReviewState::returned;
    r.reviewer_id = in.context.user_id;
    r.reviewed_on = in.context.today;
    r.return_reason = command.reason;
    return edit_of<ReturnForChanges>({AnyRecord(std::move(r))});
  });
}

void read_args(CommandArgs& a, SubmitForReview& c) { a.id("id", c.id); }

void read_args(CommandArgs& a, CommentOnReview& c) {
  a.id("id", c.id);
  a.text("text", c.text, CommandArgs::required);
}

void read_args(CommandArgs& a, Approve& c) {
  a.id("id", c.id);
  a.text("comment", c.comment);
}

void read_args(CommandArgs& a, ReturnForChanges& c) {
  a.id("id", c.id);
  a.text("reason", c.reason, CommandArgs::required);
}

}  // namespace rm
