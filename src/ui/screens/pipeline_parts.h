// The Pipeline screen's parts (pipeline.cpp draws the figures and picks the
// view): the board, the opportunity editor, the suggestions.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/sales/opportunity_suggestions.h"
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

// A suggestion's reason as the UI language says it, a refusal's text, and
// the opportunity a suggestion opens (create_opportunity) — shared with the
// 360° view's opportunities.
std::string why(const Book& book, const BookIndex& index, const OpportunitySuggestion& s);
const char* suggestion_refusal_text(const Refusal& r);
void open_opportunity(UiContext& ctx, const Client& client, const OpportunitySuggestion& s);

}  // namespace rm::ui::pipeline
