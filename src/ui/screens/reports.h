#pragma once
#include <optional>
#include <string>

#include "core/model/record_id.h"
#include "core/problem.h"
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

struct ReportsState {
  ReviewPanel review;
};

void draw_reports(UiContext& ctx);
// The communication reports and financial plans with their review, and the
// review's commands for the item read (reports_review.cpp).
void draw_review(UiContext& ctx, ReviewPanel& panel);

}  // namespace rm::ui
