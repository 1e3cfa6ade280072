#include "core/planner/duties.h"

#include <algorithm>
#include <tuple>

namespace rm {

std::vector<Duty> duties_until(const Book& book, Date today, Date until) {
  std::vector<Duty> out;
  add_report_duties(book, today, until, out);
  add_plan_review_duties(book, today, until, out);
  add_complaint_duties(book, today, until, out);
  std::stable_sort(out.begin(), out.end(), [](const Duty& a, const Duty& b) {
    return std::tuple(a.due, static_cast<int>(a.kind), a.client_id.str()) <
           std::tuple(b.due, static_cast<int>(b.kind), b.client_id.str());
  });
  return out;
}

}  // namespace rm
