// One sale from first signal to won or lost (商机), moving through the six
// steps of docs/domain.md §3. The Friday pipeline table is a view of these.
#pragma once
#include <optional>
#include <string>

#include "core/civil_date.h"
#include "core/model/codes.h"
#include "core/model/record_meta.h"
#include "core/money.h"

namespace rm {

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
};

}  // namespace rm
