// The weekly summary of the work log (工作日志周汇总) the manager hands to the
// supervisor (docs/domain.md §3 "Written reports": a log every day,
// summarised weekly): the week's log entries as written, and the week's
// activity counted from the records — contacts and meetings by kind and tier,
// new opportunities, won and lost, communication reports, tasks done,
// complaints handled — with the sentences that say it, in Chinese and English.
#pragma once
#include <string>
#include <vector>

#include "core/reports/pipeline_week.h"
#include "core/reports/report_activity.h"

namespace rm {

struct WeeklySummary {
  RecordId manager_id;  // empty: the whole book
  Period week;          // Monday to the next Monday
  std::vector<WorkLogEntry> logs;  // the week's entries, by date
  ContactActivity contacts;
  PipelineMovement pipeline;  // opened, won, lost, advanced, moved back
  // Communication reports dated in the week; of them handed in (any state
  // past draft) and approved.
  int64_t reports_written = 0, reports_submitted = 0, reports_approved = 0;
  int64_t tasks_done = 0;          // done_on in the week
  int64_t complaints_handled = 0;  // a step done or resolved in the week
  std::vector<std::string> zh, en;  // the summary's sentences
};

// The summary of the week (Monday–Sunday) containing DAY for MANAGER.
WeeklySummary weekly_summary(const PlannerContext& ctx, const RecordId& manager, Date day);

// As a CSV (figure, value) and a printable page (the sentences, the figures
// and the week's log entries).
std::string weekly_summary_csv(const WeeklySummary& s, const ReportLabels& labels);
std::string weekly_summary_html(const WeeklySummary& s, const ReportLabels& labels, const std::string& manager_name);

}  // namespace rm
