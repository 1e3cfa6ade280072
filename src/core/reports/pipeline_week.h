// The weekly pipeline table (商机进程表) a manager hands in every Friday
// (docs/domain.md §3 "Opportunities and the pipeline", "Written reports"):
// for a week, Monday to Sunday, each of the six steps with the opportunities
// open at the week's end, what moved during the week, and the totals.
//
// The week is read from the records, not from today's state: an opportunity
// is open at the week's end if it was opened by the Sunday and not closed by
// then, and stands at the step its moves (Opportunity::moves) put it on by
// the Sunday — so last month's table prints the same next month.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/model/book.h"
#include "core/planner/periods.h"
#include "core/reports/report_labels.h"

namespace rm {

struct PipelineRow {
  RecordId opportunity_id;
  RecordId client_id;
  std::string client;   // the client's name
  std::string title;
  std::string product;  // the product's name; empty when none was named
  Fen amount = 0;       // expected amount
  int32_t probability_pct = 0;
  std::optional<Date> expected_close;
  std::string next_step;
  std::optional<Date> next_step_date;
  FindingChannel source = FindingChannel::unknown;
};

struct PipelineStepRows {
  SalesStep step = SalesStep::find;
  int64_t count = 0;
  Fen amount = 0;  // saturating sum
  std::vector<PipelineRow> rows;  // largest amount first, then title
};

// A count of opportunities and their expected amounts summed (saturating).
struct PipelineTally {
  int64_t count = 0;
  Fen amount = 0;
  void add(Fen a) {
    ++count;
    amount = add_money(amount, a);
  }
};

// What happened to the pipeline in a period. An opportunity counts once in
// `advanced` or `moved_back` by the net of its moves in the period (the step
// at the period's end against the step at its start, or at its opening when
// opened in the period); `opened` by its opening date, `won` and `lost` by
// its closing date.
struct PipelineMovement {
  PipelineTally advanced, moved_back, opened, won, lost;
};

struct PipelineWeek {
  RecordId manager_id;  // empty: the whole book
  Period week;          // Monday to the next Monday, half-open
  std::array<PipelineStepRows, 6> steps{};  // in SalesStep order
  PipelineTally open;                       // every step together
  PipelineMovement movement;
};

// The step O stood at on the evening of DAY (its moves up to DAY), or
// nullopt when it was not open then (not yet opened, or already closed).
std::optional<SalesStep> step_on(const Opportunity& o, Date day);

// The opportunities of MANAGER (empty: all; core/model/record_owner.h) that
// moved in PERIOD.
PipelineMovement pipeline_movement(const Book& book, const BookIndex& index, const RecordId& manager, Period period);

// The table for the week (Monday–Sunday) containing DAY.
PipelineWeek pipeline_week(const Book& book, const BookIndex& index, const RecordId& manager, Date day);

// The table as a CSV (core/text/csv.h): one row per opportunity with its
// step, a subtotal row per step, the total row, then the week's movement.
std::string pipeline_week_csv(const PipelineWeek& week, const ReportLabels& labels);
// The table as a printable page (core/reports/report_html.h).
std::string pipeline_week_html(const PipelineWeek& week, const ReportLabels& labels, const std::string& manager_name);

}  // namespace rm
