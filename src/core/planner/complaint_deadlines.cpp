#include "core/planner/complaint_deadlines.h"

#include <array>

namespace rm {

namespace {
struct StepFacts {
  ComplaintStepDeadline deadline;
  std::string_view zh, en;
};
// In ComplaintStep order (docs/domain.md §6, "Complaints": the step deadlines).
constexpr std::array<StepFacts, 7> kSteps{{
    {{0, false}, "倾听", "Listen"},
    {{0, false}, "记录事实", "Record the facts"},
    {{2, true}, "认定责任", "Determine responsibility"},
    {{1, true}, "致歉", "Apologise"},
    {{3, true}, "商定补救", "Agree a remedy"},
    {{7, false}, "执行补救", "Carry out the remedy"},
    {{14, false}, "回访", "Follow up"},
}};
static_assert(kSteps.size() == EnumCodes<ComplaintStep>::codes.size());

const StepFacts& facts(ComplaintStep step) { return kSteps[static_cast<size_t>(step)]; }
}  // namespace

std::optional<ComplaintStep> next_complaint_step(const Complaint& complaint) {
  if (complaint.steps.empty()) return ComplaintStep::listen;
  const auto last = static_cast<size_t>(complaint.steps.back().step);
  if (last + 1 >= EnumCodes<ComplaintStep>::codes.size()) return std::nullopt;
  return static_cast<ComplaintStep>(last + 1);
}

ComplaintStepDeadline complaint_step_deadline(ComplaintStep step) { return facts(step).deadline; }

std::optional<ComplaintNextStep> complaint_next_step_due(const Complaint& complaint, const WorkingCalendar& calendar) {
  if (complaint.resolved_on) return std::nullopt;
  const std::optional<ComplaintStep> next = next_complaint_step(complaint);
  if (!next) return std::nullopt;
  const Date from = complaint.steps.empty() ? complaint.received_on : complaint.steps.back().date;
  const ComplaintStepDeadline d = complaint_step_deadline(*next);
  Date due = from;
  if (!d.working_days) {
    due = from.plus_days(d.days);
  } else {
    // The Nth working day after FROM: "within 2 working days" of a Friday
    // complaint is the Tuesday after, holidays skipped.
    for (int i = 0; i < d.days; ++i) due = calendar.next_working_day(due.plus_days(1));
  }
  return ComplaintNextStep{*next, due};
}

std::string_view complaint_step_zh(ComplaintStep step) { return facts(step).zh; }
std::string_view complaint_step_en(ComplaintStep step) { return facts(step).en; }

}  // namespace rm
