// Household members, the balance sheet and the yearly income/expense
// statement (money typed in yuan, kept as integer fen), the six ratios of
// docs/domain.md §4 against their thresholds, and the asset-allocation donut.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdio>

#include "core/finance/household_ratios.h"
#include "ui/screens/client_view_parts.h"
#include "ui/widgets/donut_chart.h"
#include "ui/widgets/removable_rows.h"
#include "ui/widgets/ratio_gauge.h"

namespace rm::ui::cv {

const std::array<BalanceField, 11> kBalance = {{
    {"cash", &cvt::kCash, &BalanceSheet::cash_and_deposits},
    {"wealth", &cvt::kWealth, &BalanceSheet::wealth_products},
    {"bonds", &cvt::kBonds, &BalanceSheet::bonds},
    {"funds", &cvt::kFunds, &BalanceSheet::funds},
    {"stocks", &cvt::kStocks, &BalanceSheet::stocks},
    {"other_investments", &cvt::kOtherInvest, &BalanceSheet::other_investments},
    {"real_estate", &cvt::kRealEstate, &BalanceSheet::real_estate},
    {"other_assets", &cvt::kOtherAssets, &BalanceSheet::other_assets},
    {"mortgage", &cvt::kMortgage, &BalanceSheet::mortgage},
    {"other_loans", &cvt::kOtherLoans, &BalanceSheet::other_loans},
    {"credit_cards", &cvt::kCreditCards, &BalanceSheet::credit_cards},
}};
const std::array<IncomeField, 6> kIncome = {{
    {"pretax", &cvt::kPretax, &IncomeStatement::pretax_income},
    {"aftertax", &cvt::kAftertax, &IncomeStatement::aftertax_income},
    {"living", &cvt::kLiving, &IncomeStatement::living_expenses},
    {"debt_service", &cvt::kDebtService, &IncomeStatement::debt_service},
    {"premiums", &cvt::kPremiums, &IncomeStatement::insurance_premiums},
    {"other_expenses", &cvt::kOtherExpenses, &IncomeStatement::other_expenses},
}};

namespace {
template <class Field, size_t N>
bool money_rows(const std::string& prefix, const std::array<Field, N>& fields, std::array<std::string, N>& text,
                const FormErrors* e) {
  bool changed = false;
  for (size_t i = 0; i < N; ++i) {
    ImGui::TableNextColumn();
    label(*fields[i].label);
    ImGui::TableNextColumn();
    changed |= money_field(prefix + fields[i].key, text[i], e);
  }
  return changed;
}
}  // namespace

bool balance_rows(const std::string& prefix, BalanceTexts& text, const FormErrors* e) {
  return money_rows(prefix, kBalance, text, e);
}
bool income_rows(const std::string& prefix, IncomeTexts& text, const FormErrors* e) {
  return money_rows(prefix, kIncome, text, e);
}

void check_figures(FormErrors& e, const std::string& prefix, const BalanceTexts& balance, const IncomeTexts& income,
                   BalanceSheet& b, IncomeStatement& s) {
  for (size_t i = 0; i < kBalance.size(); ++i) check_money(e, prefix + kBalance[i].key, balance[i], b.*kBalance[i].member);
  for (size_t i = 0; i < kIncome.size(); ++i) check_money(e, prefix + kIncome[i].key, income[i], s.*kIncome[i].member);
}

namespace {

// The figures as typed; fields that do not parse count as 0 (and are flagged).
void parse_figures(const FinanceForm& f, BalanceSheet& b, IncomeStatement& s) {
  for (size_t i = 0; i < 11; ++i) {
    Fen v = 0;
    if (parse_yuan(f.balance[i], v) == MoneyError::none) b.*kBalance[i].member = v;
  }
  for (size_t i = 0; i < 6; ++i) {
    Fen v = 0;
    if (parse_yuan(f.income[i], v) == MoneyError::none) s.*kIncome[i].member = v;
  }
}

std::string ratio_text(const RatioValue& r) {
  if (!r.defined()) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", r.value());
  return buf;
}

GaugeTone tone_of(RatioVerdict v) {
  return v == RatioVerdict::healthy ? GaugeTone::good : v == RatioVerdict::unhealthy ? GaugeTone::bad : GaugeTone::none;
}
GaugeTone tone_of(RatioGrade g) {
  switch (g) {
    case RatioGrade::good: return GaugeTone::good;
    case RatioGrade::fair: return GaugeTone::fair;
    case RatioGrade::poor: return GaugeTone::bad;
    case RatioGrade::undefined: break;
  }
  return GaugeTone::none;
}
const Text& verdict_text(RatioVerdict v) {
  return v == RatioVerdict::healthy ? cvt::kHealthy : v == RatioVerdict::unhealthy ? cvt::kUnhealthy : cvt::kUndefined;
}
const Text& grade_text(RatioGrade g) {
  switch (g) {
    case RatioGrade::good: return cvt::kGood;
    case RatioGrade::fair: return cvt::kFair;
    case RatioGrade::poor: return cvt::kPoor;
    case RatioGrade::undefined: break;
  }
  return cvt::kUndefined;
}

double fraction(const Fraction& f) { return static_cast<double>(f.num) / static_cast<double>(f.den); }

void ratio_row(const char* key, const Text& name, const RatioValue& value, GaugeTone tone, const Text& verdict,
               const std::string& threshold, double threshold_value, double scale) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(tr(name));
  ImGui::TableNextColumn();
  const std::string text = ratio_text(value);
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(tone_color(tone)), "%s", text.c_str());
  track((std::string("client.ratio.") + key).c_str(), text);
  ImGui::TableNextColumn();
  RatioGaugeSpec spec;
  spec.value = value.value();
  spec.threshold = threshold_value;
  spec.scale_max = scale;
  spec.tone = tone;
  spec.tooltip = std::string(tr(name)) + "  " + text + "  (" + threshold + ")";
  ratio_gauge((std::string("client.gauge.") + key).c_str(), spec, 220);
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(threshold.c_str());
  ImGui::TableNextColumn();
  ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(tone_color(tone)), "%s", tr(verdict));
  track((std::string("client.verdict.") + key).c_str(), tr(verdict));
}

void draw_members(FinanceForm& f, bool& d, Date today) {
  d |= removable_rows(
      "client.member", f.members.size(), {tr(cvt::kRemove), tr(cvt::kAddMember)},
      [&](size_t i, const std::string& id) {
        MemberRow& m = f.members[i];
        bool changed = enum_combo(id + ".relation", m.member.relation, 110);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(130);
        changed |= ImGui::InputTextWithHint("##name", tr(cvt::kName), &m.member.name);
        track((id + ".name").c_str(), m.member.name);
        ImGui::SameLine();
        changed |= enum_combo(id + ".gender", m.member.gender, 70);
        ImGui::SameLine();
        changed |= date_input(id + ".birthday", m.birthday, false, today, 110);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(60);
        changed |= ImGui::InputTextWithHint("##age", tr(cvt::kAge), &m.age);
        track((id + ".age").c_str(), m.age);
        ImGui::SameLine();
        ImGui::SetNextItemWidth(130);
        changed |= ImGui::InputTextWithHint("##income", tr(cvt::kIncome), &m.income);
        track((id + ".income").c_str(), m.income);
        return changed;
      },
      [&](size_t, const std::string& id) {
        for (const char* part : {"", ".birthday", ".age", ".income"}) error_line(f.errors, id + part);
      },
      [&](size_t i) { f.members.erase(f.members.begin() + static_cast<long>(i)); },
      [&] { f.members.push_back(MemberRow{}); });
}

}  // namespace

void load_finances(FinanceForm& f, const Workspace& ws, const Client& c) {
  f = FinanceForm{};
  f.client_id = c.meta.id;
  f.revision = ws.revision();
  const uint32_t h = c.household_id.empty() ? BookIndex::npos : ws.index().household(c.household_id);
  if (h != BookIndex::npos && !ws.book().households[h].meta.deleted) {
    f.exists = true;
    f.draft = ws.book().households[h];
  }
  for (const HouseholdMember& m : f.draft.members) {
    MemberRow row;
    row.member = m;
    row.income = yuan_edit_text(m.annual_income);
    row.age = m.age ? std::to_string(m.age) : std::string();
    row.birthday = date_input_from(m.birthday);
    f.members.push_back(std::move(row));
  }
  for (size_t i = 0; i < 11; ++i) f.balance[i] = yuan_edit_text(f.draft.balance_sheet.*kBalance[i].member);
  for (size_t i = 0; i < 6; ++i) f.income[i] = yuan_edit_text(f.draft.income_statement.*kIncome[i].member);
  f.as_of = date_input_from(f.draft.finances_as_of);
}

bool validate_finances(FinanceForm& f, Household& out) {
  FormErrors& e = f.errors;
  e.clear();
  Household h = f.draft;
  check_figures(e, "client.fin.", f.balance, f.income, h.balance_sheet, h.income_statement);
  DateValue as_of;
  if (check_date(e, "client.fin.as_of", f.as_of, as_of)) h.finances_as_of = as_of.solar;
  h.members.clear();
  for (size_t i = 0; i < f.members.size(); ++i) {
    const MemberRow& row = f.members[i];
    const std::string id = "client.member" + std::to_string(i);
    HouseholdMember m = row.member;
    if (m.name.find_first_not_of(' ') == std::string::npos) e[id] = cvt::kErrRequired;
    check_money(e, id + ".income", row.income, m.annual_income);
    if (!parse_int(row.age, 0, 120, m.age)) e[id + ".age"] = cvt::kErrAge;
    DateValue bd;
    if (check_date(e, id + ".birthday", row.birthday, bd)) m.birthday = bd.solar;
    h.members.push_back(std::move(m));
  }
  if (!e.empty()) return false;
  out = std::move(h);
  return true;
}

void draw_finances(UiContext& ctx, const Client&) {
  FinanceForm& f = ctx.state.client_view.finance;
  bool d = false;
  ImGui::SeparatorText(tr(cvt::kMembers));
  draw_members(f, d, ctx.today);

  const float half = ImGui::GetContentRegionAvail().x * 0.5f - 8;
  ImGui::BeginGroup();
  ImGui::SeparatorText(tr(cvt::kBalanceSheet));
  if (ImGui::BeginTable("##balance", 2, ImGuiTableFlags_SizingFixedFit, ImVec2(half, 0))) {
    ImGui::TableSetupColumn("l", ImGuiTableColumnFlags_WidthFixed, 0);  // fits the longest label
    ImGui::TableSetupColumn("f", ImGuiTableColumnFlags_WidthStretch);
    d |= balance_rows("client.fin.", f.balance, &f.errors);
    ImGui::EndTable();
  }
  ImGui::EndGroup();
  ImGui::SameLine(0, 16);
  ImGui::BeginGroup();
  ImGui::SeparatorText(tr(cvt::kIncomeStatement));
  if (ImGui::BeginTable("##income", 2, ImGuiTableFlags_SizingFixedFit, ImVec2(half, 0))) {
    ImGui::TableSetupColumn("l", ImGuiTableColumnFlags_WidthFixed, 0);  // fits the longest label
    ImGui::TableSetupColumn("f", ImGuiTableColumnFlags_WidthStretch);
    d |= income_rows("client.fin.", f.income, &f.errors);
    ImGui::TableNextColumn();
    label(cvt::kFinancesAsOf);
    ImGui::TableNextColumn();
    d |= date_input("client.fin.as_of", f.as_of, false, ctx.today);
    error_line(f.errors, "client.fin.as_of");
    ImGui::EndTable();
  }
  ImGui::EndGroup();

  // Figures from what is typed (a preview until saved).
  BalanceSheet b;
  IncomeStatement s;
  parse_figures(f, b, s);
  const std::string t_assets = format_yuan(total_assets(b)), t_liab = format_yuan(total_liabilities(b)),
                    t_net = format_yuan(net_assets(b)), t_surplus = format_yuan(annual_surplus(s));
  char totals[512];
  std::snprintf(totals, sizeof totals, tr(cvt::kTotals), t_assets.c_str(), t_liab.c_str(), t_net.c_str(),
                t_surplus.c_str());
  ImGui::Spacing();
  ImGui::TextUnformatted(totals);
  track("client.fin.totals", totals);

  const RatioThresholds th;
  const HouseholdRatios r = household_ratios(b, s, th);
  ImGui::SeparatorText(tr(cvt::kRatios));
  if (ImGui::BeginTable("##ratios", 5, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
    // Text columns fit their text in the UI language; the gauge keeps its size.
    ImGui::TableSetupColumn(tr(cvt::kRatio), ImGuiTableColumnFlags_WidthFixed, 0);
    ImGui::TableSetupColumn(tr(cvt::kValue), ImGuiTableColumnFlags_WidthFixed, 0);
    ImGui::TableSetupColumn("##gauge", ImGuiTableColumnFlags_WidthFixed, 230);
    ImGui::TableSetupColumn(tr(cvt::kThreshold), ImGuiTableColumnFlags_WidthFixed, 0);
    ImGui::TableSetupColumn(tr(cvt::kVerdict), ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableHeadersRow();
    char buf[96];
    std::snprintf(buf, sizeof buf, "> %.2f", fraction(th.solvency_above));
    ratio_row("solvency", cvt::kSolvency, r.solvency, tone_of(r.solvency_verdict), verdict_text(r.solvency_verdict),
              buf, fraction(th.solvency_above), 1.0);
    std::snprintf(buf, sizeof buf, "< %.2f", fraction(th.debt_below));
    ratio_row("debt", cvt::kDebt, r.debt, tone_of(r.debt_verdict), verdict_text(r.debt_verdict), buf,
              fraction(th.debt_below), 1.0);
    std::snprintf(buf, sizeof buf, "< %.2f", fraction(th.debt_to_income_below));
    ratio_row("debt_to_income", cvt::kDebtToIncome, r.debt_to_income, tone_of(r.debt_to_income_verdict),
              verdict_text(r.debt_to_income_verdict), buf, fraction(th.debt_to_income_below), 1.0);
    std::snprintf(buf, sizeof buf, "> %d", th.liquidity_months_above);
    ratio_row("liquidity", cvt::kLiquidity, r.liquidity, tone_of(r.liquidity_verdict),
              verdict_text(r.liquidity_verdict), buf, th.liquidity_months_above, th.liquidity_months_above * 4.0);
    std::snprintf(buf, sizeof buf, "%.2f", fraction(th.savings_good));
    ratio_row("savings", cvt::kSavings, r.savings, tone_of(r.savings_grade), grade_text(r.savings_grade),
              format(cvt::kHigherBetter, buf), fraction(th.savings_good), 1.0);
    std::snprintf(buf, sizeof buf, "%.2f", fraction(th.investment_good));
    ratio_row("investment", cvt::kInvestment, r.investment, tone_of(r.investment_grade),
              grade_text(r.investment_grade), format(cvt::kHigherBetter, buf), fraction(th.investment_good), 1.0);
    ImGui::EndTable();
  }

  ImGui::SeparatorText(tr(cvt::kAllocation));
  std::vector<DonutSlice> slices;
  for (size_t i = 0; i < 8; ++i) {
    const Fen v = b.*kBalance[i].member;
    slices.push_back(DonutSlice{tr(*kBalance[i].label), static_cast<double>(v), format_yuan(v)});
  }
  if (total_assets(b) > 0) {
    donut_chart("client.fin.allocation", slices, 180, format_yuan(total_assets(b)));
  } else {
    ImGui::TextDisabled("%s", tr(cvt::kNoAssets));
  }
  if (d) f.dirty = true;
}

}  // namespace rm::ui::cv
