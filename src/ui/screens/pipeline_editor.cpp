// The opportunity editor under the board: what the manager knows of a sale —
// product from the catalogue, amount, probability, expected close, next step,
// the channel that found it — saved with update_opportunity; Won / Lost close
// it through the confirmation in pipeline.cpp.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>

#include "ui/screens/client_view_parts.h"
#include "ui/screens/pipeline_parts.h"
#include "ui/strings/pipeline_strings.h"
#include "ui/strings/workbench_strings.h"
#include "ui/widgets/destructive.h"
#include "ui/widgets/refusal_line.h"

namespace rm::ui::pipeline {
namespace {
using namespace pipeline_text;

void product_combo(const Book& book, RecordId& chosen) {
  const uint32_t at = chosen.empty() ? BookIndex::npos : [&] {
    for (uint32_t i = 0; i < book.products.size(); ++i)
      if (book.products[i].meta.id == chosen) return i;
    return BookIndex::npos;
  }();
  const std::string shown = at == BookIndex::npos ? tr(kNoProduct) : book.products[at].code + "  " + book.products[at].name;
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##product", shown.c_str(), ImGuiComboFlags_HeightLarge)) {
    if (ImGui::Selectable(tr(kNoProduct), chosen.empty())) chosen = RecordId{};
    track("pipeline.edit.product.none");
    for (const Product& p : book.products) {
      if (p.meta.deleted || (!p.on_sale && p.meta.id != chosen)) continue;
      if (ImGui::Selectable((p.code + "  " + p.name).c_str(), p.meta.id == chosen)) chosen = p.meta.id;
      track(("pipeline.edit.product." + p.code).c_str());
    }
    ImGui::EndCombo();
  }
  track("pipeline.edit.product", at == BookIndex::npos ? std::string() : book.products[at].code);
}

void row(const Text& name) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  cv::label(name);
  ImGui::TableNextColumn();
}

}  // namespace

void open_editor(UiContext& ctx, const Opportunity& o) {
  OpportunityForm& f = ctx.state.pipeline.form;
  f = OpportunityForm{};
  f.id = o.meta.id;
  f.title = o.title;
  f.product_id = o.product_id;
  f.amount = cv::yuan_edit_text(o.expected_amount);
  f.probability_pct = o.probability_pct;
  f.expected_close = date_input_from(o.expected_close);
  f.next_step = o.next_step;
  f.next_step_date = date_input_from(o.next_step_date);
  f.source = o.source;
  f.method = o.method;
}

void draw_editor(UiContext& ctx) {
  PipelineState& p = ctx.state.pipeline;
  OpportunityForm& f = p.form;
  if (f.id.empty()) return;
  const Book& book = ctx.ws.book();
  const uint32_t at = ctx.ws.index().opportunity(f.id);
  if (at == BookIndex::npos || book.opportunities[at].meta.deleted ||
      book.opportunities[at].status != OpportunityStatus::open) {
    f = OpportunityForm{};  // closed or deleted meanwhile
    return;
  }
  const Opportunity& o = book.opportunities[at];
  ImGui::SeparatorText(tr(kEditTitle));
  if (!ImGui::BeginTable("##edit", 4, ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn("##l1", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("##f1", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("##l2", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("##f2", ImGuiTableColumnFlags_WidthStretch);
  const uint32_t ci = ctx.ws.index().client(o.client_id);
  row(kFieldClient);
  ImGui::TextUnformatted(ci == BookIndex::npos ? "?" : book.clients[ci].name.c_str());
  track("pipeline.edit.client", ci == BookIndex::npos ? std::string() : book.clients[ci].name);
  ImGui::TableNextColumn();
  cv::label(kFieldStep);
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(label(o.step));
  track("pipeline.edit.step", std::string(code_of(o.step)));
  row(kFieldTitle);
  cv::text_field("pipeline.edit.title", f.title);
  ImGui::TableNextColumn();
  cv::label(kFieldProduct);
  ImGui::TableNextColumn();
  product_combo(book, f.product_id);
  row(kFieldAmount);
  cv::money_field("pipeline.edit.amount", f.amount, &f.errors);
  ImGui::TableNextColumn();
  cv::label(kFieldProbability);
  ImGui::TableNextColumn();
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGui::SliderInt("##probability", &f.probability_pct, 0, 100, "%d%%");
  track("pipeline.edit.probability", std::to_string(f.probability_pct));
  row(kFieldExpectedClose);
  date_input("pipeline.edit.expected_close", f.expected_close, false, ctx.today);
  cv::error_line(f.errors, "pipeline.edit.expected_close");
  ImGui::TableNextColumn();
  cv::label(kFieldSource);
  ImGui::TableNextColumn();
  cv::enum_combo("pipeline.edit.source", f.source);
  row(kFieldNextStep);
  cv::text_field("pipeline.edit.next_step", f.next_step);
  ImGui::TableNextColumn();
  cv::label(kFieldNextStepDate);
  ImGui::TableNextColumn();
  date_input("pipeline.edit.next_step_date", f.next_step_date, false, ctx.today);
  cv::error_line(f.errors, "pipeline.edit.next_step_date");
  row(kFieldMethod);
  cv::enum_combo("pipeline.edit.method", f.method);
  ImGui::TableNextColumn();
  cv::label(kLostReason);
  ImGui::TableNextColumn();
  cv::text_field("pipeline.edit.lost_reason", p.lost_reason);
  ImGui::EndTable();

  if (ImGui::Button(tr(kSave))) {
    f.errors.clear();
    UpdateOpportunity u;
    u.opportunity_id = f.id;
    u.title = f.title;
    u.product_id = f.product_id;
    u.probability_pct = f.probability_pct;
    u.next_step = f.next_step;
    u.source = f.source;
    u.method = f.method;
    DateValue close, next;
    // Every field is checked, so each shows its own message at once.
    bool ok = cv::check_money(f.errors, "pipeline.edit.amount", f.amount, u.expected_amount);
    ok = cv::check_date(f.errors, "pipeline.edit.expected_close", f.expected_close, close) && ok;
    ok = cv::check_date(f.errors, "pipeline.edit.next_step_date", f.next_step_date, next) && ok;
    if (ok) {
      u.expected_close = close.solar;
      u.next_step_date = next.solar;
      note(ctx.actions.dispatch(u));
    }
  }
  track("pipeline.edit.save");
  ImGui::SameLine();
  if (ImGui::Button(tr(kCloseEditor))) f = OpportunityForm{};
  track("pipeline.edit.close");
  // Closing ends the opportunity: apart from Save, and asked first
  // (docs/ui-style.md "Destructive actions").
  destructive_gap();
  if (ImGui::Button(tr(workbench_text::kWon))) {
    p.closing = o.meta.id;
    p.closing_as = OpportunityStatus::won;
    p.closing_title = o.title;
  }
  track("pipeline.edit.won");
  ImGui::SameLine();
  if (destructive_button(tr(workbench_text::kLost))) {
    p.closing = o.meta.id;
    p.closing_as = OpportunityStatus::lost;
    p.closing_title = o.title;
  }
  track("pipeline.edit.lost");
}

}  // namespace rm::ui::pipeline
