// The planner's figures for the open book, derived once per change of the
// book or of the date — never per frame. Today, Planner and Clients read them.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/workspace.h"
#include "core/model/book_stats.h"
#include "core/planner/agenda.h"
#include "core/planner/branch_dashboard.h"
#include "core/planner/compliance.h"
#include "core/planner/planner_context.h"
#include "core/planner/year_ahead.h"
#include "core/policy/policy.h"

namespace rm {


struct ComplianceSummary {
  int met = 0, on_track = 0, behind = 0, overdue = 0;  // items: a client's rule in one period
  int overdue_clients = 0;                              // clients with an overdue item
};

struct PlannerFigures {
  Policy policy;
  std::unique_ptr<PlannerContext> context;  // views the workspace's book and `policy`
  AgendaSettings agenda;                    // the day's capacity: daily_capacity (year_ahead.h)
  // Today's plan (one day); on a day off or on leave, the plan of the next
  // day at work, so the manager opening the app on a Saturday sees Monday's.
  Agenda today;
  Date plan_day;                            // the day `today` plans
  std::vector<ComplianceItem> year;         // this calendar year's items so far
  ComplianceSummary summary;
  std::vector<uint8_t> client_overdue;      // per client position: any overdue item
  // Computed on first use (the Planner screen), not on every change.
  std::optional<Agenda> week;               // the next 7 days
  std::optional<YearAhead> year_ahead;
  std::optional<BranchDashboard> branch;  // this calendar year, per manager of the book
};

class PlannerView {
 public:
  // Recomputes when the workspace's revision or the date changed.
  const PlannerFigures& figures(const Workspace& ws, Date today);
  // The same figures with the 7-day agenda and the year ahead filled in.
  const PlannerFigures& with_outlook(const Workspace& ws, Date today);
  // The same figures with the branch dashboard (the supervisor's desk) filled in.
  const PlannerFigures& with_branch(const Workspace& ws, Date today);
  // Forces the next call to recompute (e.g. after capacity settings change).
  void invalidate() { revision_ = 0; }

 private:
  uint64_t revision_ = 0;
  Date date_;
  const Workspace* workspace_ = nullptr;
  PlannerFigures figures_;
};

}  // namespace rm
