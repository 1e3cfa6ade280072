// The complaint-step duties (docs/domain.md §6, "Complaints"): each open
// complaint owes its next step by the product's step deadline
// (complaint_deadlines.h); a resolved or deleted one owes nothing.
#include <algorithm>
#include <optional>
#include <string>

#include "core/planner/complaint_deadlines.h"
#include "core/planner/duties.h"

namespace rm {

void add_complaint_duties(const Book& book, Date today, Date until, std::vector<Duty>& out) {
  // The book's own holiday notices decide the working days, as in the planner.
  const int first = std::min(today.year(), until.year()) - 1;
  std::optional<WorkingCalendar> calendar;
  for (const Complaint& k : book.complaints) {
    if (k.meta.deleted || k.resolved_on) continue;
    if (!calendar) calendar.emplace(first, until.year() + 1, book.settings.holiday_arrangements);
    const std::optional<ComplaintNextStep> next = complaint_next_step_due(k, *calendar);
    if (!next || until < next->due) continue;
    Duty d;
    d.kind = DutyKind::complaint_step;
    d.client_id = k.client_id;
    d.subject_id = k.meta.id;
    d.due = next->due;
    d.zh = "投诉处理：" + std::string(complaint_step_zh(next->step)) + "（" + k.summary + "）";
    d.en = "Complaint: " + std::string(complaint_step_en(next->step)) + " (" + k.summary + ")";
    out.push_back(std::move(d));
  }
}

}  // namespace rm
