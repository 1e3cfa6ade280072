// The pipeline board (docs/domain.md §3): a column per step of the six-step
// cycle, a card per open opportunity. A card moves by dragging it to another
// column, or from the keyboard: the selected card (the cursor) moves forward
// or back a step with Ctrl+→ / Ctrl+←; ↑ ↓ choose a card in its column and
// ← → the next column; Enter opens the editor. Every move is the
// move_opportunity command, so it is kept for the weekly table and undoable.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <string>

#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/screens/pipeline_parts.h"
#include "ui/strings/enum_labels.h"
#include "ui/strings/pipeline_strings.h"
#include "ui/widgets/record_id_scope.h"

namespace rm::ui::pipeline {
namespace {
using namespace pipeline_text;

constexpr const char* kPayload = "RM_OPPORTUNITY";
constexpr int kCardsPerColumn = 200;  // more are in the table view

int step_index(SalesStep step) { return static_cast<int>(step); }

void move_to(UiContext& ctx, const Opportunity& o, SalesStep step) {
  if (o.step == step) return;
  note(ctx.actions.dispatch(MoveOpportunity{o.meta.id, step}));
}

// A drop on the last item (a card or a column's drop zone) moves the dragged
// opportunity to STEP.
void accept_drop(UiContext& ctx, SalesStep step) {
  if (!ImGui::BeginDragDropTarget()) return;
  if (const ImGuiPayload* payload = ImGui::AcceptDragDropPayload(kPayload)) {
    uint32_t i = 0;
    std::memcpy(&i, payload->Data, sizeof i);
    const Book& book = ctx.ws.book();
    if (i < book.opportunities.size()) move_to(ctx, book.opportunities[i], step);
  }
  ImGui::EndDragDropTarget();
}

// The cursor's column and place in it, and the keys that move it or its card.
void handle_keys(UiContext& ctx, const std::vector<std::vector<uint32_t>>& columns) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || !ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows)) return;
  PipelineState& p = ctx.state.pipeline;
  const Book& book = ctx.ws.book();
  int col = -1, row = -1;
  for (int c = 0; c < static_cast<int>(columns.size()) && col < 0; ++c)
    for (int r = 0; r < static_cast<int>(columns[c].size()); ++r)
      if (book.opportunities[columns[c][r]].meta.id == p.cursor) {
        col = c;
        row = r;
        break;
      }
  auto select = [&](int c, int r) {
    if (c < 0 || c >= static_cast<int>(columns.size()) || columns[c].empty()) return;
    r = std::clamp(r, 0, static_cast<int>(columns[c].size()) - 1);
    p.cursor = book.opportunities[columns[c][r]].meta.id;
  };
  if (col < 0) {
    const bool any_key = ImGui::IsKeyPressed(ImGuiKey_DownArrow) || ImGui::IsKeyPressed(ImGuiKey_RightArrow);
    if (any_key)
      for (int c = 0; c < static_cast<int>(columns.size()); ++c)
        if (!columns[c].empty()) return select(c, 0);
    return;
  }
  const Opportunity& o = book.opportunities[columns[col][row]];
  if (io.KeyCtrl) {
    if (ImGui::IsKeyPressed(ImGuiKey_RightArrow, false) && col + 1 < static_cast<int>(std::size(kSteps)))
      move_to(ctx, o, kSteps[col + 1]);
    if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow, false) && col > 0) move_to(ctx, o, kSteps[col - 1]);
    return;
  }
  if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) select(col, row + 1);
  if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) select(col, row - 1);
  if (ImGui::IsKeyPressed(ImGuiKey_RightArrow))
    for (int c = col + 1; c < static_cast<int>(columns.size()); ++c)
      if (!columns[c].empty()) return select(c, row);
  if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow))
    for (int c = col - 1; c >= 0; --c)
      if (!columns[c].empty()) return select(c, row);
  if (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false)) open_editor(ctx, o);
}

std::string card_label(const Book& book, const BookIndex& index, const Opportunity& o) {
  const uint32_t ci = index.client(o.client_id);
  std::string text = (ci == BookIndex::npos ? std::string("?") : book.clients[ci].name) + "\n" + o.title + "\n";
  char line[160];
  std::snprintf(line, sizeof line, tr(kCardLine), format_yuan(o.expected_amount).c_str(), o.probability_pct);
  text += line;
  if (o.expected_close) {
    std::snprintf(line, sizeof line, tr(kCloseBy), o.expected_close->iso().c_str());
    text += "\n";
    text += line;
  }
  return text;
}

}  // namespace

void draw_board(UiContext& ctx, const std::vector<uint32_t>& open) {
  const Book& book = ctx.ws.book();
  const BookIndex& index = ctx.ws.index();
  PipelineState& p = ctx.state.pipeline;
  std::vector<std::vector<uint32_t>> columns(std::size(kSteps));
  std::vector<int> card_number(book.opportunities.size(), -1);
  for (size_t n = 0; n < open.size(); ++n) {
    columns[static_cast<size_t>(step_index(book.opportunities[open[n]].step))].push_back(open[n]);
    card_number[open[n]] = static_cast<int>(n);
  }
  handle_keys(ctx, columns);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", tr(kBoardHint));
  ImGui::PopStyleColor();

  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame;
  if (!ImGui::BeginTable("##board", static_cast<int>(std::size(kSteps)), flags)) return;
  for (SalesStep step : kSteps) ImGui::TableSetupColumn(label(step));
  // The headers take drops too: a column's head stays in view when its
  // cards run below the screen.
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int c = 0; c < static_cast<int>(std::size(kSteps)); ++c) {
    ImGui::TableSetColumnIndex(c);
    ImGui::TableHeader(label(kSteps[c]));
    track(("pipeline.column." + std::string(code_of(kSteps[c])) + ".head").c_str());
    accept_drop(ctx, kSteps[c]);
  }
  ImGui::TableNextRow();
  float tallest = 0;
  for (int c = 0; c < static_cast<int>(std::size(kSteps)); ++c) {
    const SalesStep step = kSteps[c];
    ImGui::TableSetColumnIndex(c);
    const float top = ImGui::GetCursorPosY();
    Fen amount = 0;
    for (uint32_t i : columns[c]) amount = add_money(amount, book.opportunities[i].expected_amount);
    ImGui::TextDisabled(tr(kColumnFigures), static_cast<int>(columns[c].size()), format_yuan(amount).c_str());
    int drawn = 0;
    for (uint32_t i : columns[c]) {
      if (drawn++ == kCardsPerColumn) break;
      const Opportunity& o = book.opportunities[i];
      // The record's id, not the column, names the card: it keeps its
      // identity (and the keyboard focus) when it moves.
      push_record_id(o.meta.id);
      const std::string text = card_label(book, index, o);
      const float lines = o.expected_close ? 4.0f : 3.0f;
      const ImVec2 size(0, ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y);
      if (ImGui::Selectable(text.c_str(), p.cursor == o.meta.id, ImGuiSelectableFlags_None, size)) {
        p.cursor = o.meta.id;
        open_editor(ctx, o);
      }
      track(("pipeline.card." + std::to_string(card_number[i])).c_str(), std::string(code_of(o.step)) + "|" + o.title);
      if (ImGui::BeginDragDropSource()) {
        ImGui::SetDragDropPayload(kPayload, &i, sizeof i);
        ImGui::TextUnformatted(o.title.c_str());
        ImGui::EndDragDropSource();
      }
      accept_drop(ctx, step);
      ImGui::Separator();
      ImGui::PopID();
    }
    // The rest of the column down to the tallest one is its drop zone.
    const float used = ImGui::GetCursorPosY() - top;
    const float zone = std::max(ImGui::GetTextLineHeight() * 3, p.board_height - used);
    ImGui::PushID(c);
    ImGui::InvisibleButton("##drop", ImVec2(std::max(1.0f, ImGui::GetContentRegionAvail().x), zone));
    ImGui::PopID();
    track(("pipeline.column." + std::string(code_of(step))).c_str());
    if (ImGui::GetDragDropPayload() != nullptr && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem))
      ImGui::GetWindowDrawList()->AddText(ImGui::GetItemRectMin(), ImGui::GetColorU32(ImGuiCol_TextDisabled), tr(kDropHere));
    accept_drop(ctx, step);
    tallest = std::max(tallest, used);
  }
  ImGui::EndTable();
  p.board_height = tallest;
  track("pipeline.board.cursor", p.cursor.empty() ? std::string() : p.cursor.str());
}

}  // namespace rm::ui::pipeline
