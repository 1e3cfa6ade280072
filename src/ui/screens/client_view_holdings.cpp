// The client's holdings at this bank with their maturities, and a timeline of
// what matures over the next twelve months.
#include <algorithm>
#include <cstdio>

#include "core/finance/holdings_over_time.h"
#include "ui/screens/client_view_parts.h"
#include "ui/widgets/column_chart.h"
#include "ui/widgets/maturity_timeline.h"
#include "ui/widgets/wrapped_text.h"

namespace rm::ui::cv {

void draw_holdings(UiContext& ctx, const Client&, uint32_t pos) {
  const Book& book = ctx.ws.book();
  std::vector<const Holding*> rows;
  for (uint32_t i : ctx.ws.index().holdings_of(pos))
    if (!book.holdings[i].meta.deleted) rows.push_back(&book.holdings[i]);
  if (rows.empty()) {
    ImGui::TextDisabled("%s", tr(cvt::kNoHoldings));
    track("client.holdings.count", "0");
    return;
  }
  std::sort(rows.begin(), rows.end(), [](const Holding* a, const Holding* b) {
    if (a->maturity.has_value() != b->maturity.has_value()) return a->maturity.has_value();
    if (a->maturity && b->maturity && *a->maturity != *b->maturity) return *a->maturity < *b->maturity;
    return a->amount > b->amount;
  });
  track("client.holdings.count", std::to_string(rows.size()));
  std::vector<TimelineItem> items;
  auto product_of = [&](const Holding& h) -> const Product* {
    const uint32_t p = ctx.ws.index().product(h.product_id);
    return p == BookIndex::npos ? nullptr : &book.products[p];
  };
  for (const Holding* h : rows) {
    if (!h->maturity) continue;
    const Product* p = product_of(*h);
    items.push_back(TimelineItem{p ? p->name : h->product_id.str(), *h->maturity, static_cast<double>(h->amount),
                                 format_yuan(h->amount)});
  }
  // The client's assets at this bank over two years: the twelve months
  // behind, and the twelve ahead as they stand if nothing is renewed.
  ImGui::SeparatorText(tr(cvt::kHeldOverTime));
  {
    const std::vector<MonthHeld> months = holdings_by_month(rows, ctx.today.plus_months(-12), 25);
    std::vector<ChartColumn> columns;
    Fen most = 0;
    for (const MonthHeld& m : months) {
      const std::string month = m.month_end.iso().substr(0, 7);
      columns.push_back(ChartColumn{static_cast<double>(m.held), month, m.month_end.iso() + "  ¥" + format_yuan(m.held)});
      most = std::max(most, m.held);
    }
    column_chart("client.holdings.over_time", columns, 12, ImGui::GetContentRegionAvail().x, 90,
                 "¥" + format_yuan_short(most, language() == Language::Chinese));
  }
  ImGui::SeparatorText(tr(cvt::kMaturities));
  maturity_timeline("client.holdings.timeline", ctx.today, 12, items, ImGui::GetContentRegionAvail().x);
  ImGui::Spacing();
  if (ImGui::BeginTable("##holdings", 7,
                        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
    // The product's name takes the room; the rest fit their text.
    constexpr ImGuiTableColumnFlags fit = ImGuiTableColumnFlags_WidthFixed;
    ImGui::TableSetupColumn(tr(cvt::kProduct), ImGuiTableColumnFlags_WidthStretch, 3);
    ImGui::TableSetupColumn(tr(cvt::kCode), fit);
    ImGui::TableSetupColumn(tr(cvt::kProductRisk), fit);
    ImGui::TableSetupColumn(tr(cvt::kAmount), fit);
    ImGui::TableSetupColumn(tr(cvt::kStart), fit);
    ImGui::TableSetupColumn(tr(cvt::kMaturity), fit);
    ImGui::TableSetupColumn(tr(cvt::kReturn), fit);
    ImGui::TableHeadersRow();
    for (const Holding* h : rows) {
      const Product* p = product_of(*h);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      wrapped_text(p ? p->name : h->product_id.str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(p ? p->code.c_str() : "");
      ImGui::TableNextColumn();
      if (p) ImGui::Text("%.*s", static_cast<int>(risk_code(p->risk).size()), risk_code(p->risk).data());
      ImGui::TableNextColumn();
      const std::string amount = format_yuan(h->amount);
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x -
                           ImGui::CalcTextSize(amount.c_str()).x);
      ImGui::TextUnformatted(amount.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(h->start.iso().c_str());
      ImGui::TableNextColumn();
      if (h->maturity) {
        const int days = *h->maturity - ctx.today;
        if (days >= 0 && days <= 30) ImGui::TextColored(tone_vec4(Tone::warn), "%s", h->maturity->iso().c_str());
        else ImGui::TextUnformatted(h->maturity->iso().c_str());
      } else {
        ImGui::TextDisabled("%s", tr(cvt::kOpenEnded));
      }
      ImGui::TableNextColumn();
      ImGui::Text("%d.%02d%%", h->expected_return_bp / 100, h->expected_return_bp % 100);
    }
    ImGui::EndTable();
  }
}

}  // namespace rm::ui::cv
