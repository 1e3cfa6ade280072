// A client complaint and how it was handled, step by step as docs/domain.md §6
// prescribes: listen, record facts, determine responsibility, apologise,
// agree a remedy, execute, follow up.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/model/codes.h"
#include "core/model/record_meta.h"

namespace rm {

struct ComplaintStepDone {
  ComplaintStep step = ComplaintStep::listen;
  Date date;
  std::string note;
  std::string by;  // who did it: the manager, a colleague, the branch head
  friend bool operator==(const ComplaintStepDone&, const ComplaintStepDone&) = default;
};

struct Complaint {
  RecordMeta meta;
  RecordId client_id;
  RecordId manager_id;
  Date received_on;
  std::string summary;
  std::string facts;
  Responsibility responsibility = Responsibility::undetermined;
  std::string remedy;
  std::vector<ComplaintStepDone> steps;  // in the order they were done
  std::optional<Date> resolved_on;
};

}  // namespace rm
