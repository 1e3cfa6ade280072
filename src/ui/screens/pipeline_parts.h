// The Pipeline screen's parts (pipeline.cpp draws the figures and picks the
// view): the board, the opportunity editor, the suggestions.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "ui/screens/pipeline.h"

namespace rm::ui::pipeline {

inline constexpr SalesStep kSteps[] = {SalesStep::find, SalesStep::contact, SalesStep::needs,
                                       SalesStep::proposal, SalesStep::presentation, SalesStep::maintenance};

// The open opportunities, in book order: the board's cards and the table's
// rows share this order, so "card n" and "row n" are the same opportunity.
std::vector<uint32_t> open_opportunities(const Book& book);

// Why the last action on the screen was refused, until the next one.
std::optional<Problem>& refused();
void note(const Result<int64_t>& done);

void draw_board(UiContext& ctx, const std::vector<uint32_t>& open);
void open_editor(UiContext& ctx, const Opportunity& o);
void draw_editor(UiContext& ctx);
void draw_suggestions(UiContext& ctx);

}  // namespace rm::ui::pipeline
