// Reports → 月度销售分析: the monthly sales analysis handed to the retail
// department at the start of each month (docs/domain.md §3 "Written
// reports"; core/reports/monthly_sales.h) — contacts by tier, sales by
// product, the pipeline's movement, contact-rule compliance as supervised —
// and the simulated profit with its three parts (docs/domain.md §6), under
// the rates table the bank edits here (save_profit_rates).
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "app/commands/command.h"
#include "core/model/person_name.h"
#include "core/search/client_export.h"
#include "ui/app_ui.h"
#include "ui/automation.h"
#include "ui/screens/reports.h"
#include "ui/strings/enum_labels.h"
#include "ui/strings/report_strings.h"
#include "ui/widgets/refusal_line.h"

namespace rm::ui {

namespace {
using namespace report_text;

constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;

std::string percent_text(int32_t bp) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d.%02d", bp / 100, (bp < 0 ? -bp : bp) % 100);
  return buf;
}

// "1.5" or "1.50" → 150 bp; at most two decimals; a leading minus is read
// (the command refuses it in its own words).
std::optional<int32_t> parse_percent(const std::string& text) {
  std::string_view t = text;
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  bool negative = false;
  if (!t.empty() && t.front() == '-') {
    negative = true;
    t.remove_prefix(1);
  }
  const size_t dot = t.find('.');
  const std::string_view whole = t.substr(0, dot);
  const std::string_view frac = dot == std::string_view::npos ? std::string_view() : t.substr(dot + 1);
  if (whole.empty() || whole.size() > 6 || frac.size() > 2) return std::nullopt;
  int32_t w = 0, f = 0;
  if (std::from_chars(whole.data(), whole.data() + whole.size(), w).ptr != whole.data() + whole.size()) return std::nullopt;
  if (!frac.empty() && std::from_chars(frac.data(), frac.data() + frac.size(), f).ptr != frac.data() + frac.size())
    return std::nullopt;
  if (frac.size() == 1) f *= 10;
  const int32_t bp = w * 100 + f;
  return negative ? -bp : bp;
}

const MonthlySales& monthly(UiContext& ctx, const PlannerContext& planner, Date day) {
  ReportsState& s = ctx.state.reports;
  if (!s.monthly || s.monthly_revision != ctx.ws.revision() || s.monthly_day != day) {
    s.monthly = monthly_sales(planner, reports_manager(ctx), day);
    s.monthly_revision = ctx.ws.revision();
    s.monthly_day = day;
  }
  return *s.monthly;
}

void month_picker(UiContext& ctx, const Period& month) {
  int& offset = ctx.state.reports.month_offset;
  if (ImGui::Button(tr(kPrevMonth))) --offset;
  track("reports.monthly.prev");
  ImGui::SameLine();
  const Ymd ym = month.start.ymd();
  char text[64];
  std::snprintf(text, sizeof text, tr(kMonthOf), ym.year, ym.month);
  ImGui::TextUnformatted(text);
  track("reports.monthly.month", month.start.iso().substr(0, 7));
  ImGui::SameLine();
  ImGui::BeginDisabled(offset >= 0);
  if (ImGui::Button(tr(kNextMonth))) ++offset;
  track("reports.monthly.next");
  ImGui::EndDisabled();
}

void money_row(const char* id, const char* name, Fen amount) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(name);
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(format_yuan(amount).c_str());
  track(id, std::to_string(amount));
}

void draw_tables(const MonthlySales& m) {
  ImGui::SeparatorText(tr(kContactsByTier));
  if (ImGui::BeginTable("##monthly_tiers", 4, kFlags)) {
    for (const Text* t : {&kTier, &kMeetings, &kCalls, &kMessages}) ImGui::TableSetupColumn(tr(*t));
    ImGui::TableHeadersRow();
    std::vector<ContactTally> rows = m.contacts.by_tier;
    ContactTally total = m.contacts.all;
    total.tier = tr(kTotal);
    rows.push_back(total);
    for (const ContactTally& t : rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(t.tier.c_str());
      for (int64_t n : {t.meetings, t.calls, t.messages}) {
        ImGui::TableNextColumn();
        ImGui::Text("%lld", static_cast<long long>(n));
      }
    }
    ImGui::EndTable();
  }
  track("reports.monthly.contacts", std::to_string(m.contacts.all.total()));

  ImGui::SeparatorText(tr(kSalesByProduct));
  if (m.by_product.empty()) {
    ImGui::TextDisabled("%s", tr(kNoSales));
  } else if (ImGui::BeginTable("##monthly_sales", 6, kFlags | ImGuiTableFlags_ScrollX | ImGuiTableFlags_ScrollY,
                               ImVec2(0, (std::min<float>(static_cast<float>(m.by_product.size()), 12.0f) + 1.6f) *
                                             ImGui::GetFrameHeightWithSpacing()))) {
    ImGui::TableSetupScrollFreeze(1, 1);
    for (const Text* t : {&kProduct, &kCategory, &kNewHoldings, &kNewAmount, &kWon, &kWonAmount})
      ImGui::TableSetupColumn(tr(*t));
    ImGui::TableHeadersRow();
    for (const ProductSales& p : m.by_product) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(p.product.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(p.product_id.empty() ? "" : label(p.category));
      ImGui::TableNextColumn();
      ImGui::Text("%lld", static_cast<long long>(p.holdings));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(format_yuan(p.holdings_amount).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%lld", static_cast<long long>(p.won));
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(format_yuan(p.won_amount).c_str());
    }
    ImGui::EndTable();
  }

  ImGui::SeparatorText(tr(kMonthMovement));
  const PipelineMovement& p = m.pipeline;
  ImGui::Text("%s %lld · %s %lld · %s %lld · %s %lld (%s) · %s %lld", tr(kOpened), static_cast<long long>(p.opened.count),
              tr(kAdvanced), static_cast<long long>(p.advanced.count), tr(kMovedBack),
              static_cast<long long>(p.moved_back.count), tr(kWon), static_cast<long long>(p.won.count),
              format_yuan(p.won.amount).c_str(), tr(kLost), static_cast<long long>(p.lost.count));
  track("reports.monthly.movement", std::to_string(p.won.count) + " " + std::to_string(p.won.amount));

  ImGui::SeparatorText(tr(kCompliance));
  if (ImGui::BeginTable("##monthly_compliance", 4, kFlags)) {
    for (const Text* t : {&kTier, &kItems, &kMet, &kOverdue}) ImGui::TableSetupColumn(tr(*t));
    ImGui::TableHeadersRow();
    std::vector<TierCompliance> rows = m.compliance;
    rows.push_back({tr(kTotal), 0, m.compliance_items, m.compliance_met, m.compliance_overdue});
    for (const TierCompliance& t : rows) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(t.tier.c_str());
      for (int n : {t.items, t.met, t.overdue}) {
        ImGui::TableNextColumn();
        ImGui::Text("%d", n);
      }
    }
    ImGui::EndTable();
  }

  ImGui::SeparatorText(tr(kSimulatedProfit));
  if (ImGui::BeginTable("##monthly_profit", 2, kFlags)) {
    ImGui::TableSetupColumn(tr(kProfitPart));
    ImGui::TableSetupColumn(tr(kAmount));
    ImGui::TableHeadersRow();
    money_row("reports.monthly.profit.deposit", tr(kDepositProfit), m.profit.deposit);
    money_row("reports.monthly.profit.wealth_product", tr(kWealthProfit), m.profit.wealth_product);
    money_row("reports.monthly.profit.fee_income", tr(kFeeIncome), m.profit.fee_income);
    money_row("reports.monthly.profit.total", tr(kTotal), m.profit.total());
    ImGui::EndTable();
  }
  ImGui::TextDisabled("%s", tr(kProfitFormula));
}

template <class E>
void enum_combo(const char* id, E& value) {
  ImGui::PushID(id);
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::BeginCombo("##c", label(value), ImGuiComboFlags_HeightLarge)) {
    for (size_t i = 0; i < EnumCodes<E>::codes.size(); ++i) {
      const E option = static_cast<E>(i);
      if (ImGui::Selectable(label(option), option == value)) value = option;
      track((std::string(id) + "." + std::string(code_of(option))).c_str());
    }
    ImGui::EndCombo();
  }
  ImGui::PopID();
  track(id, std::string(code_of(value)));
}

void draw_rates(UiContext& ctx, const MonthlySales& m) {
  RatesDraft& d = ctx.state.reports.rates;
  ImGui::SeparatorText(tr(kRates));
  if (ctx.ws.book().settings.profit_rates.empty()) ImGui::TextDisabled("%s", tr(kRatesDefault));
  const std::vector<ProfitRate>& shown = d.editing ? d.rates : m.rates;
  int remove = -1;
  if (ImGui::BeginTable("##rates", d.editing ? 4 : 3, kFlags)) {
    ImGui::TableSetupColumn(tr(kCategory), d.editing ? ImGuiTableColumnFlags_WidthFixed : 0, d.editing ? 300.0f : 0.0f);
    ImGui::TableSetupColumn(tr(kProfitPart), d.editing ? ImGuiTableColumnFlags_WidthFixed : 0, d.editing ? 230.0f : 0.0f);
    ImGui::TableSetupColumn(tr(kRatePercent), d.editing ? ImGuiTableColumnFlags_WidthFixed : 0, d.editing ? 110.0f : 0.0f);
    if (d.editing) ImGui::TableSetupColumn("");
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < shown.size(); ++i) {
      const std::string id = "reports.rates." + std::to_string(i);
      ImGui::PushID(static_cast<int>(i));
      ImGui::TableNextRow();
      if (d.editing) {
        ImGui::TableNextColumn();
        enum_combo((id + ".category").c_str(), d.rates[i].category);
        ImGui::TableNextColumn();
        enum_combo((id + ".kind").c_str(), d.rates[i].kind);
        ImGui::TableNextColumn();
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputText("##pct", &d.percent[i]);
        track((id + ".rate").c_str(), d.percent[i]);
        ImGui::TableNextColumn();
        if (ImGui::SmallButton(tr(kRemoveRate))) remove = static_cast<int>(i);
        track((id + ".remove").c_str());
      } else {
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(label(shown[i].category));
        track(id.c_str(), std::string(code_of(shown[i].category)) + " " + std::string(code_of(shown[i].kind)) + " " +
                              std::to_string(shown[i].rate_bp));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(label(shown[i].kind));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(percent_text(shown[i].rate_bp).c_str());
      }
      ImGui::PopID();
    }
    ImGui::EndTable();
  }
  if (remove >= 0) {
    d.rates.erase(d.rates.begin() + remove);
    d.percent.erase(d.percent.begin() + remove);
  }
  if (!d.editing) {
    if (ImGui::Button(tr(kEditRates))) {
      d = RatesDraft{};
      d.editing = true;
      d.rates = m.rates;
      for (const ProfitRate& r : d.rates) d.percent.push_back(percent_text(r.rate_bp));
    }
    track("reports.rates.edit");
    ImGui::SameLine();
    ImGui::BeginDisabled(ctx.ws.book().settings.profit_rates.empty());
    if (ImGui::Button(tr(kResetRates))) {
      const Result<int64_t> done = ctx.actions.dispatch(SaveProfitRates{});
      if (done.ok()) d.refusal.reset();
      else d.refusal = done.problem();
    }
    track("reports.rates.reset");
    ImGui::EndDisabled();
  } else {
    if (ImGui::Button(tr(kAddRate))) {
      d.rates.push_back(ProfitRate{});
      d.percent.push_back("0.00");
    }
    track("reports.rates.add");
    ImGui::SameLine();
    if (ImGui::Button(tr(kSaveRates))) {
      SaveProfitRates command{d.rates};
      std::optional<Problem> bad;
      for (size_t i = 0; i < d.percent.size() && !bad; ++i) {
        if (const auto bp = parse_percent(d.percent[i])) command.rates[i].rate_bp = *bp;
        else bad = Problem{"bad_field", "rates[" + std::to_string(i) + "].rate_bp",
                           "A rate is a percentage with at most two decimals (1.50).", "费率为百分数，最多两位小数（如 1.50）。"};
      }
      if (!bad) {
        const Result<int64_t> done = ctx.actions.dispatch(command);
        if (done.ok()) d = RatesDraft{};
        else bad = done.problem();
      }
      d.refusal = bad;
    }
    track("reports.rates.save");
    ImGui::SameLine();
    if (ImGui::Button(tr(kCancelEdit))) d = RatesDraft{};
    track("reports.rates.cancel");
  }
  refusal_line("reports.rates.error", d.refusal);
}
}  // namespace

void draw_reports_monthly(UiContext& ctx) {
  const PlannerFigures& f = ctx.state.planner_figures.figures(ctx.ws, ctx.today);
  if (!f.context) return;
  const Date day = ctx.today.plus_months(ctx.state.reports.month_offset);
  const MonthlySales& m = monthly(ctx, *f.context, day);
  month_picker(ctx, m.month);
  const Book& book = ctx.ws.book();
  const RecordId manager = reports_manager(ctx);
  const std::string stem = "monthly-sales-" + m.month.start.iso().substr(0, 7);
  report_downloads(
      ctx, "reports.monthly", stem,
      [&] { return monthly_sales_html(m, ui_report_labels(), person_name(book, ctx.ws.index(), manager)); },
      [&] { return monthly_sales_csv(m, ui_report_labels()); });
  draw_tables(m);
  draw_rates(ctx, m);
}

}  // namespace rm::ui
