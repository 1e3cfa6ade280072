// Holdings maturity timeline drawn with ImDrawList: an axis from today over
// the next MONTHS months with labelled month ticks, one marker per maturing
// holding (area by amount), the details of the marker under the mouse, and a
// count of maturities beyond the axis.
#pragma once
#include <string>
#include <vector>

#include "core/civil_date.h"

namespace rm::ui {

struct TimelineItem {
  std::string label;       // product name
  Date date;               // maturity
  double weight = 0;       // amount, for the marker size
  std::string value_text;  // amount as text
};

void maturity_timeline(const char* automation_id, Date today, int months, const std::vector<TimelineItem>& items,
                       float width);

}  // namespace rm::ui
