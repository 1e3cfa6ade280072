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

Result<Edit> decide(const SaveFinancialPlan& command, const CommandInput& in) {
  FinancialPlan plan;
  if (!command.plan_id.empty()) {
    const FinancialPlan* old = live_record<FinancialPlan>(in.book, command.plan_id);
    if (!old)
      return refusal("no_such_plan", "No such financial plan (it may have been deleted).",
                     "没有该理财规划书（可能已被删除）。", "plan_id");
    if (old->client_id != command.client_id && !command.client_id.empty())
      return refusal("wrong_client", "A plan stays with its client.", "规划书不能改到其他客户名下。", "client_id");
    plan = *old;
    // A plan handed in is never changed silently: its version says so, and
    // an approved one reads "changed since approval" (docs/data-format.md, "Review").
    if (plan.review != ReviewState::draft) ++plan.version;
  } else {
    const Client* client = live_client(in, command.client_id);
    if (!client) return no_such_client();
    plan.meta.id = in.new_id();
    plan.client_id = command.client_id;
    plan.manager_id = credited_manager(in, *client);
    plan.created_on = in.context.today;
  }
  for (size_t i = 0; i < command.goals.size(); ++i) {
    const PlanGoalArgs& g = command.goals[i];
    const std::string at = "goals[" + std::to_string(i) + "]";
    if (is_blank(g.name))
      return refusal("required", "Each goal needs a name.", "每个目标都需要名称。", at + ".name");
    if (g.amount <= 0 || g.amount > kMaxAmount)
      return refusal("goal_needs_amount", "Each goal needs an amount above zero (in fen, at most 10^15).",
                     "每个目标都需要大于零的金额（单位：分，最多 10^15）。", at + ".amount");
    if (g.year < in.context.today.year() || g.year > 2200)
      return refusal("goal_year", "A goal's year is this year or later.", "目标年份应为今年或以后。", at + ".year");
    if (g.priority < 1 || g.priority > 99)
      return refusal("bad_field", "A goal's priority is 1 (first) to 99.", "目标优先级为 1（最先）至 99。",
                     at + ".priority");
  }
  const Date year_on = in.context.today.plus_years(1);
  const Date review = command.review_date.value_or(year_on);
  if (review < in.context.today || year_on < review)
    return refusal("review_date", "The next review is within a year from today (a plan is reviewed at least yearly).",
                   "下次检视日期应在今天起一年之内（规划书至少每年检视一次）。", "review_date");
  plan.goals.clear();
  for (const PlanGoalArgs& g : command.goals) plan.goals.push_back(PlanGoal{GoalKind::wealth_growth, g.name, g.amount, g.year, g.priority});
  plan.financial_position = command.financial_position;
  plan.protection = command.protection;
  plan.risk_level = command.risk_level;
  plan.recommendations = command.recommendations;
  plan.review_date = review;
  return edit_of<SaveFinancialPlan>({plan});
}

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

void read_args(CommandArgs& a, SaveFinancialPlan& c) {
  a.id("plan_id", c.plan_id, CommandArgs::optional);
  a.id("client_id", c.client_id, c.plan_id.empty() ? CommandArgs::required : CommandArgs::optional);
  if (const nlohmann::json* goals = a.raw("goals")) {
    if (!goals->is_array()) return a.bad("goals", "must be a list of goals", "应为目标列表");
    for (const nlohmann::json& g : *goals) {
      if (!g.is_object()) return a.bad("goals", "must be a list of goals", "应为目标列表");
      CommandArgs ga(g);
      PlanGoalArgs out;
      int64_t year = 0, priority = 1;
      ga.text("name", out.name, CommandArgs::required);
      ga.integer("amount", out.amount, 0, kMaxAmount, CommandArgs::required);
      ga.integer("year", year, 1900, 2200, CommandArgs::required);
      ga.integer("priority", priority, 1, 99);
      // A goal object has no "command" key, so finish() checks only its own fields.
      ga.finish();
      if (ga.problem()) {
        Problem p = *ga.problem();
        p.path = "goals." + p.path;
        return a.fail(std::move(p));
      }
      out.year = static_cast<int32_t>(year);
      out.priority = static_cast<int32_t>(priority);
      c.goals.push_back(std::move(out));
    }
  }
  a.text("financial_position", c.financial_position);
  a.text("protection", c.protection);
  if (const nlohmann::json* risk = a.raw("risk_level")) {
    std::optional<RiskLevel> level;
    if (risk->is_string()) level = parse_risk_level(risk->get_ref<const std::string&>());
    if (!level) return a.bad("risk_level", "is not a risk level (C1–C5)", "不是有效的风险等级（C1–C5）");
    c.risk_level = level;
  }
  a.text("recommendations", c.recommendations);
  a.date("review_date", c.review_date);
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
