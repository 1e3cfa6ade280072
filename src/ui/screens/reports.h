#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/profit_rate.h"
#include "core/model/record_id.h"
#include "core/problem.h"
#include "core/reports/monthly_sales.h"
#include "core/reports/weekly_summary.h"
#include "core/reports/report_labels.h"
#include "ui/ui_context.h"

namespace rm::ui {

// Which reports and plans the review list shows.
enum class ReviewFilter { all, awaiting_me, mine };

// The review on the Reports screen: the list's filter, the item read, and
// what is typed for it until a command takes it.
struct ReviewPanel {
  ReviewFilter filter = ReviewFilter::all;
  std::string search;  // part of a client's name
  RecordId selected;
  std::string comment;
  std::string return_reason;
  std::optional<Problem> refusal;
};

// The Reports screen's tabs (docs/domain.md §3 "Written reports").
enum class ReportsTab { pipeline, communication, work_log, monthly };

// The communication report being written (reports_communication.cpp).
struct ReportDraft {
  RecordId contact_id;
  std::string key_points, needs, next_actions;
  std::optional<Problem> refusal;
  enum class Done { nothing, saved, submitted } done = Done::nothing;  // the last save, until the next edit
};

// The day's work log being written (reports_worklog.cpp).
struct WorkLogDraft {
  int day_offset = 0;  // 0 today, -1 yesterday …
  bool loaded = false;  // the fields hold the day's saved entry (or are empty)
  std::string morning_meeting, contacts, sales, suggestions, memo;
  std::optional<Problem> refusal;
  bool saved = false;
};

// The rates table while it is edited (reports_monthly.cpp).
struct RatesDraft {
  bool editing = false;
  std::vector<ProfitRate> rates;
  std::vector<std::string> percent;  // each row's rate as typed ("1.50")
  std::optional<Problem> refusal;
};

struct ReportsState {
  ReviewPanel review;
  ReportsTab tab = ReportsTab::pipeline;
  int week_offset = 0;   // weeks before (negative) or after this one
  int month_offset = 0;  // months before this one
  ReportDraft report;
  WorkLogDraft log;
  RatesDraft rates;
  // The monthly analysis judges a month's compliance: computed once per
  // change of the book, the month or the day, not every frame.
  std::optional<MonthlySales> monthly;
  uint64_t monthly_revision = 0;
  Date monthly_day;
  // The same for the week's table and summary (a large book has many
  // opportunities and contacts to read).
  std::optional<PipelineWeek> week;
  uint64_t week_revision = 0;
  Date week_day;
  std::optional<WeeklySummary> summary;
  uint64_t summary_revision = 0;
  Date summary_day;
};

void draw_reports(UiContext& ctx);
// The communication reports and financial plans with their review, and the
// review's commands for the item read (reports_review.cpp).
void draw_review(UiContext& ctx, ReviewPanel& panel);

// The tabs (reports_weekly.cpp, reports_communication.cpp,
// reports_worklog.cpp, reports_monthly.cpp).
void draw_reports_pipeline(UiContext& ctx);
void draw_reports_communication(UiContext& ctx);
void draw_reports_work_log(UiContext& ctx);
void draw_reports_monthly(UiContext& ctx);

// The names a report's file prints, in the UI language (ui/strings/enum_labels.h).
ReportLabels ui_report_labels();
// The manager whose reports the screen shows: the book's owner (empty: the whole book).
RecordId reports_manager(const UiContext& ctx);
// "Print / HTML…" and "CSV…" for one report: each asks the plain-export
// consent (ui/widgets/plain_export.h) before the download. ID is the
// automation prefix (ID.html, ID.csv); MAKE builds the file only when asked.
void report_downloads(UiContext& ctx, const std::string& id, const std::string& file_stem,
                      const std::function<std::string()>& make_html, const std::function<std::string()>& make_csv);

}  // namespace rm::ui
