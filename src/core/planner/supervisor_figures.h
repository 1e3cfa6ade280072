// The supervisor's view over several managers' books (docs/domain.md §1, §3):
// compliance per manager and tier, managers over the staffing ratios,
// clients without a manager, assignments not followed up within a week, and
// the retention signals reported to the supervisor (docs/domain.md §6).
#pragma once
#include <string>
#include <vector>

#include "core/planner/compliance.h"
#include "core/planner/retention.h"

namespace rm {

struct TierCompliance {
  std::string tier;
  int clients = 0;
  int items = 0;    // rule items that have begun
  int met = 0;
  int overdue = 0;
};

struct ManagerFigures {
  RecordId manager_id;
  int clients = 0;
  std::vector<TierCompliance> tiers;
  // Clients beyond the capacity policy: the total cap, and per tier the staffing ratio.
  int over_total_cap = 0;
  std::vector<std::pair<std::string, int>> over_ratio;  // tier, clients over
  // The book as a share of one manager's staffing, summed over the tiers that
  // have a ratio: 30 Diamond (ratio 30) and 50 Platinum (ratio 100) are
  // 100 % + 50 % = 150 %. Rounded to the nearest percent, halves up.
  int staffing_load_percent = 0;
  // Over the total cap, over a tier's ratio, or a mixed book above 100 %.
  bool overloaded = false;
};

struct SupervisorFigures {
  std::vector<ManagerFigures> managers;        // by manager id
  std::vector<RecordId> clients_without_manager;
  std::vector<ComplianceItem> assignments_not_followed_up;  // overdue follow-ups
  // Clients who may be leaving, reported to the supervisor (004; retention.h):
  // the signals dated in [from, to), by book, client and date.
  std::vector<RetentionSignal> retention;
};

// One context per manager's book (a branch's books may also be one merged
// book with every manager's clients: each context then judges its manager).
// A book passed in several contexts is counted once.
SupervisorFigures supervisor_figures(const std::vector<const PlannerContext*>& books, Date from, Date to);

// What handing CLIENTS to manager TO does to each manager it touches — TO and
// the clients' present managers — before and after, by the same measure as
// ManagerFigures (the reassignment's "capacity before and after").
struct LoadChange {
  RecordId manager_id;
  int clients_before = 0, clients_after = 0;
  int load_percent_before = 0, load_percent_after = 0;
  bool overloaded_before = false, overloaded_after = false;
};
std::vector<LoadChange> reassignment_load(const PlannerContext& ctx, const std::vector<RecordId>& clients,
                                          const RecordId& to);

}  // namespace rm
