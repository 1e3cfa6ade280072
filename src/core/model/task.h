// A dated follow-up (待办). Urgent/important are kept separately because the
// documents' time management sorts work into those four quadrants.
#pragma once
#include <optional>
#include <string>

#include "core/civil_date.h"
#include "core/model/codes.h"
#include "core/model/record_meta.h"

namespace rm {

struct Task {
  RecordMeta meta;
  std::string title;
  TaskKind kind = TaskKind::follow_up;
  RecordId client_id;  // empty for tasks not about one client
  RecordId manager_id;
  Date due;
  bool urgent = false;
  bool important = false;
  std::optional<Date> done_on;
  std::string notes;
};

}  // namespace rm
