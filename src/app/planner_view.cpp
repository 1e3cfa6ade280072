#include "app/planner_view.h"

#include "core/model/book_stats.h"
#include "core/policy/policy_presets.h"

namespace rm {

const PlannerFigures& PlannerView::figures(const Workspace& ws, Date today) {
  if (workspace_ == &ws && revision_ == ws.revision() && date_ == today) return figures_;
  workspace_ = &ws;
  revision_ = ws.revision();
  date_ = today;

  PlannerFigures f;
  f.policy = active_policy(ws.book());
  figures_ = std::move(f);  // the context must view the policy where it will stay
  figures_.context = std::make_unique<PlannerContext>(ws.book(), ws.index(), figures_.policy, today);
  figures_.agenda.capacity = daily_capacity(*figures_.context);
  figures_.plan_day = today;
  for (int ahead = 1; ahead <= 31 && !figures_.context->at_work(figures_.plan_day); ++ahead)
    figures_.plan_day = today.plus_days(ahead);
  if (!figures_.context->at_work(figures_.plan_day)) figures_.plan_day = today;  // a month of leave: today's
  figures_.today = plan_agenda(*figures_.context, figures_.plan_day, 1, figures_.agenda);
  const Date year_start = Date::from_ymd(today.year(), 1, 1);
  figures_.year = evaluate_compliance(*figures_.context, year_start, today.plus_days(1));
  figures_.client_overdue.assign(ws.book().clients.size(), 0);
  for (const ComplianceItem& item : figures_.year) {
    switch (item.status) {
      case ComplianceStatus::met: ++figures_.summary.met; break;
      case ComplianceStatus::on_track: ++figures_.summary.on_track; break;
      case ComplianceStatus::behind: ++figures_.summary.behind; break;
      case ComplianceStatus::overdue:
        ++figures_.summary.overdue;
        if (item.client < figures_.client_overdue.size()) figures_.client_overdue[item.client] = 1;
        break;
    }
  }
  for (const uint8_t overdue : figures_.client_overdue) figures_.summary.overdue_clients += overdue;
  return figures_;
}

const PlannerFigures& PlannerView::with_outlook(const Workspace& ws, Date today) {
  figures(ws, today);
  if (!figures_.week) figures_.week = plan_agenda(*figures_.context, today, 7, figures_.agenda);
  if (!figures_.year_ahead) figures_.year_ahead = year_ahead(*figures_.context, figures_.agenda);
  return figures_;
}

const PlannerFigures& PlannerView::with_branch(const Workspace& ws, Date today) {
  figures(ws, today);
  if (!figures_.branch) {
    const Date year_start = Date::from_ymd(today.year(), 1, 1);
    figures_.branch = branch_dashboard({figures_.context.get()}, year_start, Date::from_ymd(today.year() + 1, 1, 1));
  }
  return figures_;
}

}  // namespace rm
