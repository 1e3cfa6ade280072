// One sale from first signal to won or lost (商机), moving through the six
// steps of docs/domain.md §3. The Friday pipeline table is a view of these.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/model/codes.h"
#include "core/model/record_meta.h"
#include "core/money.h"

namespace rm {

// One move between steps, kept so the Friday table can say what moved since
// last week (docs/domain.md §3).
struct StepMove {
  Date on;
  SalesStep from = SalesStep::find;
  SalesStep to = SalesStep::find;
  friend bool operator==(const StepMove&, const StepMove&) = default;
};

struct Opportunity {
  RecordMeta meta;
  std::string title;
  RecordId client_id;
  RecordId manager_id;
  SalesStep step = SalesStep::find;
  OpportunityStatus status = OpportunityStatus::open;
  SalesMethod method = SalesMethod::unknown;
  RecordId product_id;
  Fen expected_amount = 0;
  Date opened_on;
  std::string next_step;
  std::optional<Date> next_step_date;
  std::optional<Date> closed_on;  // set when won or lost
  std::string lost_reason;
  FindingChannel source = FindingChannel::unknown;  // how the sale was found
  int32_t probability_pct = 0;                      // the manager's estimate, 0–100
  std::optional<Date> expected_close;
  std::vector<StepMove> moves;  // oldest first
};

}  // namespace rm
