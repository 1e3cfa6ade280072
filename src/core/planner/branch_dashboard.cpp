#include "core/planner/branch_dashboard.h"

#include "core/model/record_owner.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/planner/complaint_deadlines.h"

namespace rm {

namespace {

// A record's manager: core/model/record_owner.h.
template <class R>
RecordId owner_of(const PlannerContext& ctx, const R& r) {
  return rm::owner_of(ctx.book(), ctx.index(), r);
}

void add_to_step(std::array<PipelineStep, 6>& steps, Fen& total, const Opportunity& o) {
  PipelineStep& s = steps[static_cast<size_t>(o.step)];
  ++s.open;
  s.amount = add_money(s.amount, o.expected_amount);
  total = add_money(total, o.expected_amount);
}

std::array<PipelineStep, 6> empty_steps() {
  std::array<PipelineStep, 6> steps{};
  for (size_t i = 0; i < steps.size(); ++i) steps[i].step = static_cast<SalesStep>(i);
  return steps;
}

}  // namespace

BranchDashboard branch_dashboard(const std::vector<const PlannerContext*>& books, Date from, Date to) {
  BranchDashboard out;
  out.from = from;
  out.to = to;
  out.pipeline = empty_steps();
  if (books.empty()) return out;
  out.as_of = books.front()->as_of();
  out.week_start = out.as_of.plus_days(1 - out.as_of.weekday());
  const Date week_end = out.week_start.plus_days(7);

  SupervisorFigures figures = supervisor_figures(books, from, to);
  out.unassigned_clients = std::move(figures.clients_without_manager);

  std::map<RecordId, ManagerDashboard> by_manager;
  auto desk = [&](const RecordId& id) -> ManagerDashboard& {
    ManagerDashboard& m = by_manager[id];
    if (m.manager_id.empty()) {
      m.manager_id = id;
      m.figures.manager_id = id;
      m.pipeline = empty_steps();
    }
    return m;
  };
  for (ManagerFigures& f : figures.managers) {
    ManagerDashboard& m = desk(f.manager_id);
    for (const TierCompliance& t : f.tiers) m.overdue_rule_items += t.overdue;
    m.figures = std::move(f);
  }
  for (const ComplianceItem& item : figures.assignments_not_followed_up)
    if (!item.manager_id.empty()) ++desk(item.manager_id).assignments_not_followed_up;
  for (const RetentionSignal& s : figures.retention)
    if (!s.manager_id.empty()) ++desk(s.manager_id).retention_signals;
  out.retention = std::move(figures.retention);

  std::vector<const Book*> seen;
  for (const PlannerContext* ctx : books) {
    const Book& book = ctx->book();
    if (std::find(seen.begin(), seen.end(), &book) != seen.end()) continue;
    seen.push_back(&book);
    const Date as_of = ctx->as_of();

    for (const Opportunity& o : book.opportunities) {
      if (o.meta.deleted) continue;
      const RecordId owner = owner_of(*ctx, o);
      if (!owner.empty() && o.opened_on >= out.week_start && o.opened_on < week_end) {
        ManagerDashboard& m = desk(owner);
        ++m.opened_this_week;
        m.opened_this_week_amount = add_money(m.opened_this_week_amount, o.expected_amount);
      }
      if (o.status == OpportunityStatus::open) {
        add_to_step(out.pipeline, out.pipeline_amount, o);
        if (!owner.empty()) {
          ManagerDashboard& m = desk(owner);
          add_to_step(m.pipeline, m.pipeline_amount, o);
        }
        continue;
      }
      // Closed within the period: the pipeline table's result column.
      if (owner.empty() || !o.closed_on || *o.closed_on < from || *o.closed_on >= to) continue;
      ManagerDashboard& m = desk(owner);
      if (o.status == OpportunityStatus::won) {
        ++m.won;
        m.won_amount = add_money(m.won_amount, o.expected_amount);
      } else {
        ++m.lost;
      }
    }
    for (const CommunicationReport& r : book.communication_reports) {
      if (r.meta.deleted || r.review != ReviewState::submitted) continue;
      const RecordId owner = owner_of(*ctx, r);
      if (!owner.empty()) desk(owner).reports_awaiting_review.push_back(r.meta.id);
    }
    for (const FinancialPlan& p : book.financial_plans) {
      if (p.meta.deleted || p.review != ReviewState::submitted) continue;
      const RecordId owner = owner_of(*ctx, p);
      if (!owner.empty()) desk(owner).plans_awaiting_review.push_back(p.meta.id);
    }
    // The week's target: one record per manager and week (docs/data-format.md, "Review").
    for (const WeeklyTarget& t : book.weekly_targets)
      if (!t.meta.deleted && t.week_start == out.week_start && !t.manager_id.empty())
        desk(t.manager_id).week_target_amount = t.new_opportunity_amount;
    for (const Task& t : book.tasks) {
      if (t.meta.deleted || t.done_on || !(t.due < as_of)) continue;
      const RecordId owner = owner_of(*ctx, t);
      if (!owner.empty()) desk(owner).overdue_tasks.push_back(t.meta.id);
    }
    // Open complaints, their next step due by the product's deadlines
    // (docs/domain.md §6, "Complaints"), on the book's working calendar.
    for (const Complaint& k : book.complaints) {
      if (k.meta.deleted) continue;
      const std::optional<ComplaintNextStep> next = complaint_next_step_due(k, ctx->calendar());
      if (!next) continue;
      OpenComplaint open{k.meta.id, k.client_id, owner_of(*ctx, k), next->step, next->due, next->overdue(as_of)};
      if (!open.manager_id.empty()) {
        ManagerDashboard& m = desk(open.manager_id);
        ++m.open_complaints;
        m.overdue_complaints += open.overdue;
      }
      out.open_complaints.push_back(std::move(open));
    }
    for (const Manager& staff : book.managers)
      if (!staff.meta.deleted && by_manager.count(staff.meta.id)) by_manager[staff.meta.id].name = staff.name;
  }

  std::stable_sort(out.open_complaints.begin(), out.open_complaints.end(),
                   [](const OpenComplaint& a, const OpenComplaint& b) {
                     return std::tuple(!a.overdue, a.due, a.complaint_id) < std::tuple(!b.overdue, b.due, b.complaint_id);
                   });
  for (auto& [id, m] : by_manager) {
    std::sort(m.reports_awaiting_review.begin(), m.reports_awaiting_review.end());
    std::sort(m.plans_awaiting_review.begin(), m.plans_awaiting_review.end());
    std::sort(m.overdue_tasks.begin(), m.overdue_tasks.end());
    out.managers.push_back(std::move(m));
  }
  return out;
}

}  // namespace rm
