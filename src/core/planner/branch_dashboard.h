// The supervisor's consolidated dashboard over a branch (docs/domain.md §1,
// §3): per manager, contact-rule compliance per tier and the load against
// the staffing ratios (both from supervisor_figures), the pipeline table's
// open amounts by sales step, communication reports and financial plans
// waiting for the supervisor's review, overdue follow-ups, open complaints
// with their next step; and the clients nobody manages. `rmplanner branch-report` prints it (docs/data-format.md,
// "CLI output").
//
// Plain C++, no I/O. The books are either one merged book holding several
// managers' records or several books with different records; books that
// share records are merged first (sync/merge.h), as the CLI does, or the
// shared records count twice.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/money.h"
#include "core/planner/supervisor_figures.h"

namespace rm {

// One step of the pipeline table (商机进程表): the open opportunities now at
// this step, and their expected amounts summed without overflow.
struct PipelineStep {
  SalesStep step = SalesStep::find;
  int64_t open = 0;
  Fen amount = 0;
};

struct ManagerDashboard {
  RecordId manager_id;
  std::string name;  // from the book's managers; empty when no record names them
  // Clients, compliance per tier, staffing load and overload: supervisor_figures.
  ManagerFigures figures;
  std::array<PipelineStep, 6> pipeline{};  // in SalesStep order
  Fen pipeline_amount = 0;                 // every open opportunity, saturating
  int64_t won = 0, lost = 0;               // closed within [from, to)
  Fen won_amount = 0;
  // The week of as_of (Monday to Sunday) against the target the branch head
  // set for it (docs/domain.md §3: aggregated on Monday, compared with
  // targets, next week's plan agreed): the WeeklyTarget's new opportunity
  // amount; empty (JSON null) when none was set.
  int64_t opened_this_week = 0;
  Fen opened_this_week_amount = 0;
  std::optional<Fen> week_target_amount;
  // review == submitted: handed in, not yet approved or returned.
  std::vector<RecordId> reports_awaiting_review;
  // Financial plans (理财规划书) handed in for review (review == submitted).
  std::vector<RecordId> plans_awaiting_review;
  // Tasks not done whose due date is before as_of.
  std::vector<RecordId> overdue_tasks;
  // Contact-rule items (per client, and new assignments' one-week follow-up)
  // past their due date and not met: the sum of figures.tiers[].overdue.
  int overdue_rule_items = 0;
  int assignments_not_followed_up = 0;  // of those, new assignments
  // Retention signals of the manager's clients in [from, to) (retention.h).
  int retention_signals = 0;
  // Complaints not resolved, and those whose next step is past its deadline
  // (docs/domain.md §6, "Complaints"; complaint_deadlines.h).
  int open_complaints = 0;
  int overdue_complaints = 0;
};

// An open complaint as the supervisor lists it: its next step and when it is due.
struct OpenComplaint {
  RecordId complaint_id;
  RecordId client_id;
  RecordId manager_id;  // the complaint's own, else its client's
  ComplaintStep next_step = ComplaintStep::listen;
  Date due;
  bool overdue = false;  // due before as_of
};

struct BranchDashboard {
  Date as_of, from, to;
  Date week_start;  // the Monday of as_of's week
  std::vector<ManagerDashboard> managers;  // by manager id
  std::vector<RecordId> unassigned_clients;
  std::vector<RetentionSignal> retention;  // clients who may be leaving (supervisor_figures.h)
  std::vector<OpenComplaint> open_complaints;  // overdue first, then by due date
  std::array<PipelineStep, 6> pipeline{};  // the branch's total, every manager's
  Fen pipeline_amount = 0;
};

// The dashboard on the first context's as_of date, compliance judged over
// [from, to). One context per book (a book given twice counts once).
// Opportunities, reports and tasks belong to their own manager_id, or, when
// they have none, to their client's manager; with neither they belong to no
// manager and are left out of the per-manager figures (the branch pipeline
// still counts them).
BranchDashboard branch_dashboard(const std::vector<const PlannerContext*>& books, Date from, Date to);

}  // namespace rm
