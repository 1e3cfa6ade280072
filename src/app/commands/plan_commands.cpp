#include "app/commands/plan_commands.h"

#include <algorithm>

#include "app/commands/command_args.h"
#include "app/commands/command_checks.h"
#include "core/money.h"
#include "core/plan/goal_opportunities.h"
#include "core/plan/plan_document.h"
#include "core/plan/plan_versions.h"

namespace rm {

FinancialPlan plan_to_save(const FinancialPlan& latest, const CommandInput& in) {
  if (plan_edited_in_place(latest)) return latest;
  // Handed in: the version the supervisor read stays as it is; the manager
  // writes the next one (docs/domain.md §4, "How the product writes the plan").
  FinancialPlan next = latest;
  next.meta = RecordMeta{};
  next.meta.id = in.new_id();
  next.version = latest.version + 1;
  next.created_on = in.context.today;
  next.review = ReviewState::draft;
  next.reviewer_id = RecordId{};
  next.reviewed_on.reset();
  next.review_comment.clear();
  next.review_round = 0;
  next.return_reason.clear();
  next.approved_content.clear();
  return next;
}

namespace {

FinancialPlan first_plan(const CommandInput& in, const Client& client) {
  FinancialPlan plan;
  plan.meta.id = in.new_id();
  plan.client_id = client.meta.id;
  plan.manager_id = credited_manager(in, client);
  plan.created_on = in.context.today;
  plan.review_date = in.context.today.plus_years(1);
  return plan;
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
    const FinancialPlan* latest = latest_plan(in.book, old->client_id);
    if (latest && latest != old)
      return refusal("superseded",
                     "A later version of this plan exists (version " + std::to_string(latest->version) +
                         "): edit that one.",
                     "该规划书已有更新的版本（第 " + std::to_string(latest->version) + " 版）：请修改最新版本。",
                     "plan_id");
    plan = plan_to_save(*old, in);
  } else {
    const Client* client = live_client(in, command.client_id);
    if (!client) return no_such_client();
    plan = first_plan(in, *client);
    // Her next version, whatever state the last one is in.
    if (const FinancialPlan* latest = latest_plan(in.book, command.client_id)) plan.version = latest->version + 1;
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
  plan.goals = command.goals;
  plan.financial_position = command.financial_position;
  plan.protection = command.protection;
  plan.risk_level = command.risk_level;
  plan.recommendations = command.recommendations;
  plan.review_date = review;
  return edit_of<SaveFinancialPlan>({plan});
}

Result<Edit> decide(const MoveGoalOpportunitiesToPlans& command, const CommandInput& in) {
  std::vector<uint32_t> clients;
  if (!command.client_id.empty()) {
    if (!live_client(in, command.client_id)) return no_such_client();
    clients.push_back(in.index.client(command.client_id));
  } else {
    for (uint32_t i = 0; i < in.book.clients.size(); ++i)
      if (!in.book.clients[i].meta.deleted) clients.push_back(i);
  }
  std::vector<AnyRecord> puts;
  for (const uint32_t at : clients) {
    const std::vector<const Opportunity*> found = wizard_goal_opportunities(in.book, in.index, at);
    if (found.empty()) continue;
    const Client& client = in.book.clients[at];
    const FinancialPlan* latest = latest_plan(in.book, client.meta.id);
    FinancialPlan plan = latest ? plan_to_save(*latest, in) : first_plan(in, client);
    // After the goals she has, in the order of docs/domain.md §4 (the kinds' order).
    int32_t priority = 0;
    for (const PlanGoal& g : plan.goals) priority = std::max(priority, g.priority);
    std::vector<PlanGoal> moved;
    for (const Opportunity* o : found) moved.push_back(plan_goal_of(*o));
    for (PlanGoal& g : goals_in_priority_order(std::move(moved))) {
      g.priority = std::min<int32_t>(99, ++priority);
      plan.goals.push_back(std::move(g));
    }
    puts.emplace_back(std::move(plan));
    for (const Opportunity* o : found) {
      Opportunity gone = *o;
      gone.meta.deleted = true;
      puts.emplace_back(std::move(gone));
    }
  }
  if (puts.empty())
    return refusal("nothing_to_move", "No opportunity here was made from a goal by the new-client wizard.",
                   "没有由新建客户向导从目标生成的商机。", command.client_id.empty() ? "" : "client_id");
  return edit_of<MoveGoalOpportunitiesToPlans>(std::move(puts));
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
      ga.code("kind", out.kind);
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

void read_args(CommandArgs& a, MoveGoalOpportunitiesToPlans& c) { a.id("client_id", c.client_id, CommandArgs::optional); }

}  // namespace rm
