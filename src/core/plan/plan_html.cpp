#include "core/plan/plan_html.h"

#include <array>

#include "core/text/html_escape.h"

namespace rm {
namespace {

constexpr std::array<std::string_view, 6> kRatioZh{"偿付比率", "负债比率", "负债收入比率", "流动性比率",
                                                  "储蓄比率", "投资与净资产比率"};
constexpr std::array<std::string_view, 6> kRatioEn{"Solvency ratio", "Debt ratio", "Debt-to-income ratio",
                                                  "Liquidity ratio", "Savings ratio", "Investment ratio"};

std::string e(std::string_view text) { return html_escape(text); }
std::string money(Fen f) { return "¥" + format_yuan(f); }

// A fraction with two decimals, rounded toward zero ("0.52", "-1.30").
std::string decimal2(int64_t num, int64_t den) {
  if (den <= 0) return "—";
  const bool negative = (num < 0);
  const __int128 n = negative ? -static_cast<__int128>(num) : static_cast<__int128>(num);
  const __int128 hundredths = n * 100 / den;
  const int64_t whole = static_cast<int64_t>(hundredths / 100);
  const int frac = static_cast<int>(hundredths % 100);
  return std::string(negative && hundredths > 0 ? "-" : "") + std::to_string(whole) + "." + (frac < 10 ? "0" : "") +
         std::to_string(frac);
}

std::string ratio_value(const RatioValue& v, bool months = false) {
  if (!v.defined()) return "—";
  return decimal2(v.numerator, v.denominator) + (months ? " 个月 months" : "");
}

std::string verdict(RatioVerdict v) {
  switch (v) {
    case RatioVerdict::healthy: return "<span class=\"good\">健康 Healthy</span>";
    case RatioVerdict::unhealthy: return "<span class=\"bad\">不健康 Unhealthy</span>";
    case RatioVerdict::undefined: break;
  }
  return "<span class=\"muted\">无法计算 Not defined</span>";
}

std::string grade(RatioGrade g) {
  switch (g) {
    case RatioGrade::good: return "<span class=\"good\">良好 Good</span>";
    case RatioGrade::fair: return "<span class=\"warn\">一般 Fair</span>";
    case RatioGrade::poor: return "<span class=\"bad\">偏低 Poor</span>";
    case RatioGrade::undefined: break;
  }
  return "<span class=\"muted\">无法计算 Not defined</span>";
}

std::string_view review_zh(ReviewState s) {
  switch (s) {
    case ReviewState::draft: return "草稿";
    case ReviewState::submitted: return "已提交审阅";
    case ReviewState::reviewed: return "审阅中";
    case ReviewState::approved: return "审阅通过";
    case ReviewState::returned: return "退回修改";
  }
  return "";
}

std::string_view review_en(ReviewState s) {
  switch (s) {
    case ReviewState::draft: return "Draft";
    case ReviewState::submitted: return "Submitted for review";
    case ReviewState::reviewed: return "Under review";
    case ReviewState::approved: return "Approved";
    case ReviewState::returned: return "Returned for changes";
  }
  return "";
}

// x × width / whole, in integers (0 when WHOLE is 0).
int64_t scale(Fen x, Fen whole, int64_t width) {
  if (whole <= 0 || x <= 0) return 0;
  return static_cast<int64_t>(static_cast<__int128>(x) * width / whole);
}

constexpr std::array<std::string_view, 6> kColours{"#1f5fa8", "#3f8f5a", "#d08a1e", "#b8403a", "#7a5aa6", "#5f7d8c"};

struct Bar {
  std::string label;
  Fen amount;
};

// One horizontal stacked bar per row, scaled to the largest row; a legend
// below. Inline SVG: prints crisply and needs nothing outside the file.
std::string stacked_bars(const std::vector<std::pair<std::string, std::vector<Bar>>>& rows, std::string_view title) {
  constexpr int64_t kLabel = 150, kWidth = 480, kRow = 34;
  Fen largest = 0;
  for (const auto& [name, parts] : rows) {
    Fen total = 0;
    for (const Bar& b : parts) total = add_money(total, std::max<Fen>(0, b.amount));
    largest = std::max(largest, total);
  }
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" + e(title) +
                    "\" width=\"660\" height=\"" + std::to_string(rows.size() * kRow + 10) + "\" viewBox=\"0 0 660 " +
                    std::to_string(rows.size() * kRow + 10) + "\">";
  int64_t y = 4;
  for (const auto& [name, parts] : rows) {
    svg += "<text x=\"0\" y=\"" + std::to_string(y + 18) + "\" font-size=\"12\">" + e(name) + "</text>";
    int64_t x = kLabel;
    size_t colour = 0;
    for (const Bar& b : parts) {
      const int64_t w = scale(b.amount, largest, kWidth);
      if (w > 0)
        svg += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" + std::to_string(w) +
               "\" height=\"24\" fill=\"" + std::string(kColours[colour % kColours.size()]) + "\"><title>" +
               e(b.label) + " " + money(b.amount) + "</title></rect>";
      x += w;
      ++colour;
    }
    y += kRow;
  }
  svg += "</svg>";
  return svg;
}

std::string legend(const std::vector<Bar>& parts) {
  std::string out = "<p class=\"legend\">";
  for (size_t i = 0; i < parts.size(); ++i)
    out += "<span><i style=\"background:" + std::string(kColours[i % kColours.size()]) + "\"></i>" + e(parts[i].label) +
           " " + money(parts[i].amount) + "</span>";
  return out + "</p>";
}

std::string products_cell(const ProductPick& p) {
  if (p.products.empty())
    return "<span class=\"none\">" + e(p.none_zh) + "<br><span class=\"en\">" + e(p.none_en) + "</span></span>";
  std::string out;
  for (size_t i = 0; i < p.products.size(); ++i) {
    const Product& x = *p.products[i];
    out += (i ? "<br>" : "") + e(x.name) + " <span class=\"muted\">" + e(x.code) + " · " +
           std::string(risk_code(x.risk)) + " · " +
           (x.term_days > 0 ? std::to_string(x.term_days) + " 天 days" : std::string("开放式 open-ended")) + "</span>";
  }
  return out;
}

constexpr const char* kStyle = R"CSS(
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB",
       "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; font-size: 10.5pt; line-height: 1.75; color: #1d2733;
       margin: 0 auto; max-width: 174mm; text-align: justify; text-justify: inter-ideograph; }
h1 { font-size: 26pt; letter-spacing: 0.2em; margin: 30mm 0 4mm; text-align: center; }
h2 { font-size: 15pt; border-bottom: 2px solid #1f5fa8; padding-bottom: 2mm; margin: 0 0 4mm; }
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; }
.en { color: #5b6773; font-size: 0.88em; }
.part { break-before: page; page-break-before: always; }
.cover { text-align: center; }
.cover .sub { font-size: 13pt; color: #5b6773; margin-bottom: 18mm; }
.cover table { margin: 0 auto; width: 70%; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #c9d1da; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
th { background: #eef3f8; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.good { color: #2e7d4f; } .bad { color: #b3261e; font-weight: 600; } .warn { color: #a86b00; } .muted { color: #6b7682; }
.none { color: #a86b00; }
.notice { border: 1px solid #c9d1da; border-left: 4px solid #1f5fa8; padding: 2mm 3mm; margin: 3mm 0; break-inside: avoid; }
.notice.infeasible { border-left-color: #b3261e; background: #fdf1f0; }
.notice.feasible { border-left-color: #2e7d4f; background: #f0f8f3; }
.legend span { display: inline-block; margin-right: 5mm; font-size: 9pt; }
.legend i { display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm; vertical-align: middle; }
.disclaimer { font-size: 9pt; border: 1px solid #c9d1da; padding: 3mm; margin-top: 6mm; break-inside: avoid; }
.signatures { margin-top: 10mm; break-inside: avoid; }
.signatures td { border: none; padding: 6mm 2mm 1mm; }
.line { display: inline-block; min-width: 45mm; border-bottom: 1px solid #1d2733; }
.pre { white-space: pre-wrap; }
)CSS";

std::string heading(std::string_view zh, std::string_view en) {
  return "<h2>" + std::string(zh) + " <span class=\"en\">" + std::string(en) + "</span></h2>";
}

std::string manager_text(const std::string& text) {
  if (text.empty()) return {};
  return "<h3>客户经理说明 <span class=\"en\">Manager's notes</span></h3><p class=\"pre\">" + e(text) + "</p>";
}

std::string threshold_text(const Fraction& f, std::string_view op) {
  return std::string(op) + " " + decimal2(f.num, f.den);
}

}  // namespace

std::string_view ratio_name_zh(size_t i) { return i < kRatioZh.size() ? kRatioZh[i] : std::string_view{}; }
std::string_view ratio_name_en(size_t i) { return i < kRatioEn.size() ? kRatioEn[i] : std::string_view{}; }

std::string plan_html(const PlanDocument& d) {
  std::string h;
  h.reserve(32 * 1024);
  h += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  h += "<title>理财规划书 Financial plan — " + e(d.client_name) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";

  // Cover.
  h += "<section class=\"cover\" id=\"cover\">\n<h1>理财规划书</h1>\n<div class=\"sub\">Financial Plan</div>\n<table>";
  h += "<tr><th>客户 Client</th><td class=\"client-name\">" + e(d.client_name) + "</td></tr>";
  h += "<tr><th>客户经理 Relationship manager</th><td>" + e(d.manager_name) + "</td></tr>";
  h += "<tr><th>编制日期 Prepared on</th><td>" + d.created_on.iso() + "</td></tr>";
  h += "<tr><th>打印日期 Printed on</th><td>" + d.today.iso() + "</td></tr>";
  h += "<tr><th>版本 Version</th><td id=\"plan-version\">" +
       (d.version > 0 ? "第 " + std::to_string(d.version) + " 版 v" + std::to_string(d.version)
                      : std::string("未保存 Not saved")) +
       "</td></tr>";
  h += "<tr><th>审阅状态 Review</th><td id=\"plan-review\">" + std::string(review_zh(d.review)) + " " +
       std::string(review_en(d.review)) + "</td></tr>";
  h += "<tr><th>下次检视 Next review</th><td>" + d.review_date.iso() + "</td></tr>";
  h += "</table>\n";
  if (d.plan_id.empty())
    h += "<p class=\"notice\">尚未保存规划书：本文件按客户的家庭财务数据生成，尚无理财目标。<br><span class=\"en\">No plan "
         "saved yet: written from the household's figures, with no goals.</span></p>";
  h += "</section>\n";

  // 1. Goals.
  h += "<section class=\"part\" id=\"goals\">\n" + heading("一、理财目标", "1. Goals");
  if (d.goals.empty()) {
    h += "<p class=\"muted\">尚无目标。<span class=\"en\">No goals yet.</span></p>";
  } else {
    h += "<table><thead><tr><th class=\"num\">优先级<br><span class=\"en\">Priority</span></th><th>类型<br><span "
         "class=\"en\">Kind</span></th><th>目标<br><span class=\"en\">Goal</span></th><th class=\"num\">金额<br><span "
         "class=\"en\">Amount</span></th><th class=\"num\">年份<br><span class=\"en\">Year</span></th></tr></thead><tbody>";
    for (const PlanGoal& g : d.goals)
      h += "<tr><td class=\"num\">" + std::to_string(g.priority) + "</td><td>" + std::string(goal_name_zh(g.kind)) +
           " <span class=\"en\">" + std::string(goal_name_en(g.kind)) + "</span></td><td>" + e(g.name) +
           "</td><td class=\"num\">" + money(g.amount) + "</td><td class=\"num\">" +
           (g.year > 0 ? std::to_string(g.year) : std::string("未定 not set")) + "</td></tr>";
    h += "</tbody></table>";
  }
  const PlanFeasibility& f = d.feasibility;
  h += "<div class=\"notice " + std::string(f.judged ? (f.feasible ? "feasible" : "infeasible") : "") +
       "\" id=\"feasibility\"><strong>可行性 Feasibility</strong><br>" + e(f.zh) + "<br><span class=\"en\">" + e(f.en) +
       "</span></div>\n";
  h += "</section>\n";

  // 2. Financial position.
  h += "<section class=\"part\" id=\"position\">\n" + heading("二、财务状况", "2. Financial position");
  if (!d.has_household)
    h += "<p class=\"notice\">尚未录入家庭财务数据，以下数字为零。<span class=\"en\">No household figures entered: the "
         "figures below are zero.</span></p>";
  else if (d.finances_as_of)
    h += "<p class=\"muted\">数据日期 Figures as of " + d.finances_as_of->iso() + "</p>";
  const BalanceSheet& b = d.balance;
  h += "<h3>资产负债表 <span class=\"en\">Balance sheet</span></h3><table><tbody>";
  const auto row = [&](std::string_view zh, std::string_view en, Fen v, bool strong = false) {
    h += std::string("<tr") + (strong ? " class=\"total\"" : "") + "><th>" + std::string(zh) + " <span class=\"en\">" +
         std::string(en) + "</span></th><td class=\"num\">" + (strong ? "<strong>" : "") + money(v) +
         (strong ? "</strong>" : "") + "</td></tr>";
  };
  row("现金及存款", "Cash and deposits", b.cash_and_deposits);
  row("理财产品", "Wealth products", b.wealth_products);
  row("债券", "Bonds", b.bonds);
  row("基金", "Funds", b.funds);
  row("股票", "Stocks", b.stocks);
  row("其他投资", "Other investments", b.other_investments);
  row("房产", "Real estate", b.real_estate);
  row("其他资产", "Other assets", b.other_assets);
  row("资产合计", "Total assets", total_assets(b), true);
  row("房贷", "Mortgage", b.mortgage);
  row("其他贷款", "Other loans", b.other_loans);
  row("信用卡", "Credit cards", b.credit_cards);
  row("负债合计", "Total liabilities", total_liabilities(b), true);
  row("净资产", "Net assets", net_assets(b), true);
  h += "</tbody></table>";
  const std::vector<Bar> assets{{"流动资产 Liquid", liquid_assets(b)},
                                {"投资资产 Investments", investment_assets(b)},
                                {"房产 Real estate", b.real_estate},
                                {"其他 Other", b.other_assets}};
  const std::vector<Bar> debts{{"房贷 Mortgage", b.mortgage},
                               {"其他贷款 Loans", b.other_loans},
                               {"信用卡 Cards", b.credit_cards}};
  h += "<figure id=\"balance-chart\">" +
       stacked_bars({{"资产 Assets", assets}, {"负债 Liabilities", debts}}, "资产负债 Balance sheet") +
       legend(assets) + legend(debts) + "</figure>";
  const IncomeStatement& s = d.income;
  h += "<h3>收支表（年） <span class=\"en\">Income and expenses (yearly)</span></h3><table><tbody>";
  row("税前收入", "Pre-tax income", s.pretax_income);
  row("税后收入", "After-tax income", s.aftertax_income);
  row("生活支出", "Living expenses", s.living_expenses);
  row("还贷支出", "Debt service", s.debt_service);
  row("保险保费", "Insurance premiums", s.insurance_premiums);
  row("其他支出", "Other expenses", s.other_expenses);
  row("年度结余", "Yearly surplus", d.yearly_surplus, true);
  row("月度结余", "Monthly surplus", d.monthly_surplus, true);
  h += "</tbody></table>";
  const HouseholdRatios& r = d.ratios;
  const RatioThresholds& t = d.thresholds;
  h += "<h3>财务比率 <span class=\"en\">The six ratios</span></h3><table id=\"ratios\"><thead><tr><th>比率 "
       "<span class=\"en\">Ratio</span></th><th class=\"num\">数值 <span class=\"en\">Value</span></th><th "
       "class=\"num\">标准 <span class=\"en\">Threshold</span></th><th>判断 <span "
       "class=\"en\">Verdict</span></th></tr></thead><tbody>";
  const auto ratio_row = [&](size_t i, const std::string& value, const std::string& threshold,
                             const std::string& judged) {
    h += "<tr><td>" + std::string(kRatioZh[i]) + " <span class=\"en\">" + std::string(kRatioEn[i]) +
         "</span></td><td class=\"num\">" + value + "</td><td class=\"num\">" + threshold + "</td><td>" + judged +
         "</td></tr>";
  };
  ratio_row(0, ratio_value(r.solvency), threshold_text(t.solvency_above, "&gt;"), verdict(r.solvency_verdict));
  ratio_row(1, ratio_value(r.debt), threshold_text(t.debt_below, "&lt;"), verdict(r.debt_verdict));
  ratio_row(2, ratio_value(r.debt_to_income), threshold_text(t.debt_to_income_below, "&lt;"),
            verdict(r.debt_to_income_verdict));
  ratio_row(3, ratio_value(r.liquidity, true), "&gt; " + std::to_string(t.liquidity_months_above) + " 个月 months",
            verdict(r.liquidity_verdict));
  ratio_row(4, ratio_value(r.savings), threshold_text(t.savings_good, "≥") + "（参考 reference）",
            grade(r.savings_grade));
  ratio_row(5, ratio_value(r.investment), threshold_text(t.investment_good, "≥") + "（参考 reference）",
            grade(r.investment_grade));
  h += "</tbody></table>" + manager_text(d.financial_position_text) + "</section>\n";

  // 3. Protection.
  h += "<section class=\"part\" id=\"protection\">\n" + heading("三、保险保障", "3. Protection");
  const ProtectionCheck& p = d.protection;
  h += "<table><tbody>";
  row("建议年保费（收入的 10%）", "Recommended premiums (10 % of income)", p.recommended_premium);
  row("现有年保费", "Current premiums", p.current_premium);
  row("保费缺口", "Premium gap", p.gap, true);
  h += "</tbody></table>";
  if (p.gap > 0)
    h += "<p>保障不足：每年保费比建议少 " + money(p.gap) + "，建议补充保障。<br><span class=\"en\">Under-insured: premiums are " +
         money(p.gap) + " a year below the recommendation.</span></p>";
  else if (p.excess > 0)
    h += "<p>保费高于建议 " + money(p.excess) + "，可检视保单是否重复。<br><span class=\"en\">Premiums exceed the "
         "recommendation by " + money(p.excess) + ": review the policies for overlap.</span></p>";
  else
    h += "<p>保费与建议相当。<span class=\"en\">Premiums match the recommendation.</span></p>";
  if (d.main_earner)
    h += "<p>家庭主要收入来源：<strong>" + e(d.main_earner->name) + "</strong>（年收入 " + money(d.main_earner->income) +
         "，占家庭收入 " + std::to_string(d.main_earner->percent_of_household) +
         "%），保障应以其为中心：寿险、重疾与意外险优先覆盖此人。<br><span class=\"en\">Main earner: " +
         e(d.main_earner->name) + " (" + money(d.main_earner->income) + " a year, " +
         std::to_string(d.main_earner->percent_of_household) +
         " % of the household's income): cover centres on this person first.</span></p>";
  else
    h += "<p class=\"muted\">未录入收入，无法确定主要收入来源。<span class=\"en\">No income entered: the main earner is "
         "unknown.</span></p>";
  h += manager_text(d.protection_text) + "</section>\n";

  // 4. Risk.
  h += "<section class=\"part\" id=\"risk\">\n" + heading("四、风险评估", "4. Risk");
  h += "<p>" + e(d.attitude_zh) + "<br><span class=\"en\">" + e(d.attitude_en) + "</span></p>";
  h += "<p>" + e(d.capacity_zh) + "<br><span class=\"en\">" + e(d.capacity_en) + "</span></p>";
  h += "</section>\n";

  // 5. Recommendations.
  h += "<section class=\"part\" id=\"recommendations\">\n" + heading("五、理财建议", "5. Recommendations");
  const EmergencyFund& ef = d.emergency;
  h += "<h3>应急资金 <span class=\"en\">Emergency fund</span></h3><table><tbody>";
  row("应急资金下限（3 个月支出）", "Minimum (3 months of expenses)", ef.target_min);
  row("应急资金上限（6 个月支出）", "Maximum (6 months of expenses)", ef.target_max);
  row("现有流动资产", "Liquid assets", ef.liquid);
  row("需补充", "To add", ef.gap, true);
  h += "</tbody></table>";
  h += "<h3>保险 <span class=\"en\">Insurance</span></h3><p>" +
       (p.gap > 0 ? "建议每年增加保费约 " + money(p.gap) + (d.main_earner ? "，以 " + e(d.main_earner->name) + " 为被保险人" : "") +
                        "。<br><span class=\"en\">Add about " + money(p.gap) + " a year of premiums" +
                        (d.main_earner ? ", insuring " + e(d.main_earner->name) : "") + ".</span>"
                  : "现有保费已达建议水平。<span class=\"en\">Premiums already meet the recommendation.</span>") +
       "</p>";
  h += "<h3>资产配置 <span class=\"en\">Asset allocation</span></h3>";
  h += "<p>可投资资产（流动资产与投资资产扣除应急资金下限）：" + money(d.investable) +
       "<br><span class=\"en\">Investable assets (liquid and investment assets less the emergency minimum): " +
       money(d.investable) + "</span></p>";
  if (d.allocation.empty()) {
    h += "<p class=\"none\">" + e(d.allocation_none_zh) + "<br><span class=\"en\">" + e(d.allocation_none_en) +
         "</span></p>";
  } else {
    std::vector<Bar> parts;
    for (const AllocationLine& l : d.allocation)
      parts.push_back({std::string(allocation_name_zh(l.cls)) + " " + std::to_string(l.percent) + "%",
                       l.amount > 0 ? l.amount : l.percent});
    h += "<figure id=\"allocation-chart\">" + stacked_bars({{"配置 Allocation", parts}}, "资产配置 Asset allocation") +
         legend(parts) + "</figure>";
    h += "<table id=\"allocation\"><thead><tr><th>类别 <span class=\"en\">Category</span></th><th class=\"num\">比例 "
         "<span class=\"en\">Share</span></th><th class=\"num\">金额 <span class=\"en\">Amount</span></th><th>推荐产品 "
         "<span class=\"en\">Products</span></th></tr></thead><tbody>";
    for (const AllocationLine& l : d.allocation)
      h += "<tr><td>" + std::string(allocation_name_zh(l.cls)) + " <span class=\"en\">" +
           std::string(allocation_name_en(l.cls)) + "</span></td><td class=\"num\">" + std::to_string(l.percent) +
           "%</td><td class=\"num\">" + money(l.amount) + "</td><td>" + products_cell(l.pick) + "</td></tr>";
    h += "</tbody></table>";
  }
  if (!d.goal_terms.empty()) {
    h += "<h3>目标资金的产品期限 <span class=\"en\">Product terms by goal</span></h3><table id=\"goal-terms\"><thead><tr><th>目标 "
         "<span class=\"en\">Goal</span></th><th class=\"num\">用款日 <span class=\"en\">Needed by</span></th><th>到期不晚于用款日的产品 "
         "<span class=\"en\">Products that pay back in time</span></th></tr></thead><tbody>";
    for (const GoalTerm& g : d.goal_terms)
      h += "<tr><td>" + e(d.goals[g.goal].name) + "</td><td class=\"num\">" + g.needed_by.iso() + "</td><td>" +
           products_cell(g.pick) + "</td></tr>";
    h += "</tbody></table>";
  }
  h += "<h3>结余的使用 <span class=\"en\">Use of the surplus</span></h3><p>" + e(d.surplus_zh) +
       "<br><span class=\"en\">" + e(d.surplus_en) + "</span></p>";
  if (d.yearly_surplus > 0) h += "<p>" + products_cell(d.surplus_products) + "</p>";
  h += manager_text(d.recommendations_text) + "</section>\n";

  // 6. Review, the disclaimer and the signatures.
  h += "<section class=\"part\" id=\"review\">\n" + heading("六、检视安排", "6. Review");
  h += "<p>本规划书至少每年检视一次，下次检视日期：<strong>" + d.review_date.iso() +
       "</strong>。家庭收入、资产或目标有重大变化时应提前检视。<br><span class=\"en\">The plan is reviewed at least once a "
       "year; next review: " + d.review_date.iso() +
       ". A large change in income, assets or goals calls for an earlier review.</span></p>";
  h += "<div class=\"disclaimer\" id=\"disclaimer\"><strong>风险提示 Disclaimer</strong><br>"
       "理财非存款，产品有风险，投资须谨慎。产品过往业绩不代表其未来表现，不构成收益承诺。本规划书是根据客户提供的信息所作的理财建议，"
       "不构成任何产品的要约或承诺；客户应在充分了解产品说明书与风险揭示书后，依自身情况独立作出投资决定。<br>"
       "<span class=\"en\">Wealth products are not deposits; investing carries risk. Past returns are no guarantee of "
       "future results and promise no return. This plan is advice based on the information the client gave; it is "
       "not an offer or a promise of any product. The client decides independently after reading each product's "
       "prospectus and risk disclosure.</span></div>";
  h += "<table class=\"signatures\"><tbody>"
       "<tr><td>客户签字 <span class=\"en\">Client</span>：<span class=\"line\"></span></td><td>日期 <span "
       "class=\"en\">Date</span>：<span class=\"line\"></span></td></tr>"
       "<tr><td>客户经理 <span class=\"en\">Relationship manager</span>：<span class=\"line\">" + e(d.manager_name) +
       "</span></td><td>日期 <span class=\"en\">Date</span>：<span class=\"line\"></span></td></tr>"
       "<tr><td>主管审阅 <span class=\"en\">Supervisor</span>：<span class=\"line\"></span></td><td>日期 <span "
       "class=\"en\">Date</span>：<span class=\"line\"></span></td></tr>"
       "</tbody></table>";
  h += "</section>\n</body>\n</html>\n";
  return h;
}

}  // namespace rm
