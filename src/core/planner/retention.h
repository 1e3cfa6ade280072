// Signs that a client may be leaving (docs/domain.md §6, "Retention"; 004:
// "大额资金流出、等级下降…挽留并向主管报告"): a large outflow, a fall to a
// lower tier, a steady decline of the assets. Each asks the manager for a
// retention contact within a week (contact_events.h) and is reported in the
// supervisor's figures (supervisor_figures.h). Read from the asset readings
// the bank reported and the tier timeline (docs/domain.md §1, "Tier history").
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/money.h"
#include "core/planner/planner_context.h"

namespace rm {

enum class RetentionSignalKind {
  large_outflow,   // a reading at least kLargeOutflowPercent below the one before
  tier_downgrade,  // the tier timeline steps down to a lower tier
  steady_decline,  // kDeclineReadings readings in a row each below the one before
};
std::string_view retention_code(RetentionSignalKind kind);

// Three falls in a row: four readings, each lower than the last.
inline constexpr int kDeclineReadings = 4;
// The days the manager has to act on a signal.
inline constexpr int kRetentionWindowDays = 7;

struct RetentionSignal {
  RetentionSignalKind kind = RetentionSignalKind::large_outflow;
  uint32_t client = 0;  // index into book.clients
  RecordId client_id;
  RecordId manager_id;  // the client's manager
  Date date;
  Fen before = 0;  // assets before and after (outflow, decline: over the run)
  Fen after = 0;
  std::string tier_before, tier_after;  // downgrade
  std::string zh, en;  // what happened, as the agenda and the supervisor read it
};

// The signals dated in [from, to), by client then date. A fall that is both a
// large outflow and the end of a steady decline is reported once, as the outflow.
std::vector<RetentionSignal> retention_signals(const PlannerContext& ctx, Date from, Date to);

}  // namespace rm
