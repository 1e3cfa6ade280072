// When each step of a complaint's handling is due (docs/domain.md §6,
// "Complaints"): the source gives the order of the steps but no deadlines,
// so the product's defaults are counted from the step before — the facts the
// same day the complaint is heard, responsibility within 2 working days,
// the apology within 1 working day after that, the remedy agreed within 3
// working days of the apology, carried out within 7 days and followed up
// within 14 days of carrying it out.
#pragma once
#include <optional>
#include <string_view>

#include "core/calendar/working_calendar.h"
#include "core/civil_date.h"
#include "core/model/complaint.h"

namespace rm {

// The step after the complaint's last one, or nullopt when follow-up is done.
std::optional<ComplaintStep> next_complaint_step(const Complaint& complaint);

// How long a step may take after the step before it.
struct ComplaintStepDeadline {
  int days = 0;
  bool working_days = false;  // counted in working days (else calendar days)
};
ComplaintStepDeadline complaint_step_deadline(ComplaintStep step);

// The next step of an open complaint and the day it is due; nullopt when
// the complaint is resolved.
struct ComplaintNextStep {
  ComplaintStep step = ComplaintStep::listen;
  Date due;
  bool overdue(Date today) const { return due < today; }
};
std::optional<ComplaintNextStep> complaint_next_step_due(const Complaint& complaint, const WorkingCalendar& calendar);

// A step's name in the core's own texts (duty lines, reports): {zh, en}.
std::string_view complaint_step_zh(ComplaintStep step);
std::string_view complaint_step_en(ComplaintStep step);

}  // namespace rm
