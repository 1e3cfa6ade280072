#include "core/reports/monthly_sales.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/model/record_owner.h"
#include "core/reports/report_html.h"
#include "core/search/client_export.h"
#include "core/text/csv.h"

namespace rm {

namespace {

std::string n(int64_t v) { return std::to_string(v); }

std::string bp_percent(int32_t bp) {
  const std::string frac = std::to_string(100 + bp % 100).substr(1);
  return std::to_string(bp / 100) + "." + frac + " %";
}

const char* kind_text(ProfitKind k, const ReportLabels& l) {
  switch (k) {
    case ProfitKind::deposit: return l.pick("存款利润", "Deposit profit");
    case ProfitKind::wealth_product: return l.pick("理财产品利润", "Wealth-product profit");
    case ProfitKind::fee_income: return l.pick("中间业务收入", "Fee income");
  }
  return "";
}

std::string title(const MonthlySales& m, const ReportLabels& l) {
  const Ymd ym = m.month.start.ymd();
  const std::string month = std::to_string(ym.year) + "-" + (ym.month < 10 ? "0" : "") + std::to_string(ym.month);
  return std::string(l.pick("月度销售分析 ", "Monthly sales analysis ")) + month;
}

}  // namespace

MonthlySales monthly_sales(const PlannerContext& ctx, const RecordId& manager, Date day) {
  const Book& book = ctx.book();
  const BookIndex& index = ctx.index();
  MonthlySales m;
  m.manager_id = manager;
  m.month = period_containing(RulePeriod::month, day);
  m.contacts = contact_activity(ctx, manager, m.month);

  std::map<RecordId, ProductSales> products;
  const auto product_row = [&](const RecordId& id) -> ProductSales& {
    ProductSales& p = products[id];
    p.product_id = id;
    if (const uint32_t i = index.product(id); i != BookIndex::npos) {
      p.product = book.products[i].name;
      p.category = book.products[i].category;
    }
    return p;
  };
  for (const Holding& h : book.holdings) {
    if (h.meta.deleted || !m.month.contains(h.start)) continue;
    const uint32_t c = index.client(h.client_id);
    if (c == BookIndex::npos || (!manager.empty() && book.clients[c].manager_id != manager)) continue;
    ProductSales& p = product_row(h.product_id);
    ++p.holdings;
    p.holdings_amount = add_money(p.holdings_amount, h.amount);
    ++m.holdings;
    m.holdings_amount = add_money(m.holdings_amount, h.amount);
  }
  for (const Opportunity& o : book.opportunities) {
    if (o.meta.deleted || o.status != OpportunityStatus::won || !o.closed_on || !m.month.contains(*o.closed_on)) continue;
    if (!belongs_to(book, index, o, manager)) continue;
    ProductSales& p = product_row(o.product_id);
    ++p.won;
    p.won_amount = add_money(p.won_amount, o.expected_amount);
  }
  for (auto& [id, p] : products) m.by_product.push_back(p);
  std::stable_sort(m.by_product.begin(), m.by_product.end(), [](const ProductSales& a, const ProductSales& b) {
    return std::tuple(-a.holdings_amount, -a.won_amount, a.product) < std::tuple(-b.holdings_amount, -b.won_amount, b.product);
  });
  m.pipeline = pipeline_movement(book, index, manager, m.month);

  // Compliance as the supervisor sees it, over the month (supervisor_figures.h).
  const RecordId judged = manager.empty() ? ctx.manager_id() : manager;
  const SupervisorFigures figures = supervisor_figures({&ctx}, m.month.start, m.month.end);
  for (const ManagerFigures& f : figures.managers) {
    if (f.manager_id != judged) continue;
    m.compliance = f.tiers;
    for (const TierCompliance& t : f.tiers) {
      m.compliance_items += t.items;
      m.compliance_met += t.met;
      m.compliance_overdue += t.overdue;
    }
  }

  m.rates = effective_profit_rates(book.settings);
  m.profit = simulated_profit(book, index, manager, m.rates, m.month);
  return m;
}

std::string monthly_sales_csv(const MonthlySales& m, const ReportLabels& l) {
  csv::Writer out;
  out.row({title(m, l)});
  out.row({l.pick("按层级", "By tier"), l.pick("面谈", "Meetings"), l.pick("电话", "Calls"), l.pick("信息", "Messages")});
  for (const ContactTally& t : m.contacts.by_tier) {
    out.cell(t.tier).number(n(t.meetings)).number(n(t.calls)).number(n(t.messages));
    out.end_row();
  }
  const ContactTally& a = m.contacts.all;
  out.cell(l.pick("合计", "Total")).number(n(a.meetings)).number(n(a.calls)).number(n(a.messages));
  out.end_row();
  out.end_row();
  out.row({l.pick("产品", "Product"), l.pick("类别", "Category"), l.pick("新购笔数", "New holdings"),
           l.pick("新购金额（元）", "New holdings (yuan)"), l.pick("成交商机", "Won"), l.pick("成交金额（元）", "Won (yuan)")});
  for (const ProductSales& p : m.by_product) {
    out.cell(p.product).cell(p.product_id.empty() ? std::string() : l.category(p.category));
    out.number(n(p.holdings)).number(plain_yuan(p.holdings_amount)).number(n(p.won)).number(plain_yuan(p.won_amount));
    out.end_row();
  }
  out.cell(l.pick("合计", "Total")).cell("").number(n(m.holdings)).number(plain_yuan(m.holdings_amount));
  out.number(n(m.pipeline.won.count)).number(plain_yuan(m.pipeline.won.amount));
  out.end_row();
  out.end_row();
  out.row({l.pick("模拟利润", "Simulated profit"), l.pick("金额（元）", "Amount (yuan)")});
  out.cell(kind_text(ProfitKind::deposit, l)).number(plain_yuan(m.profit.deposit));
  out.end_row();
  out.cell(kind_text(ProfitKind::wealth_product, l)).number(plain_yuan(m.profit.wealth_product));
  out.end_row();
  out.cell(kind_text(ProfitKind::fee_income, l)).number(plain_yuan(m.profit.fee_income));
  out.end_row();
  out.cell(l.pick("合计", "Total")).number(plain_yuan(m.profit.total()));
  out.end_row();
  out.end_row();
  out.row({l.pick("类别", "Category"), l.pick("利润来源", "Profit part"), l.pick("费率", "Rate")});
  for (const ProfitRate& r : m.rates) {
    out.cell(l.category(r.category)).cell(kind_text(r.kind, l)).number(bp_percent(r.rate_bp));
    out.end_row();
  }
  return out.take();
}

std::string monthly_sales_html(const MonthlySales& m, const ReportLabels& l, const std::string& manager_name) {
  report::HtmlPage page(title(m, l), l.chinese);
  if (!manager_name.empty()) page.paragraph(std::string(l.pick("客户经理：", "Manager: ")) + manager_name);
  page.heading(l.pick("按客户层级的联络", "Contacts by client tier"));
  std::vector<std::vector<std::string>> tiers;
  for (const ContactTally& t : m.contacts.by_tier) tiers.push_back({t.tier, n(t.meetings), n(t.calls), n(t.messages)});
  const ContactTally& a = m.contacts.all;
  page.table({l.pick("层级", "Tier"), l.pick("面谈", "Meetings"), l.pick("电话", "Calls"), l.pick("信息", "Messages")}, tiers,
             {l.pick("合计", "Total"), n(a.meetings), n(a.calls), n(a.messages)}, {false, true, true, true});

  page.heading(l.pick("按产品的销售", "Sales by product"));
  std::vector<std::vector<std::string>> sales;
  for (const ProductSales& p : m.by_product)
    sales.push_back({p.product, p.product_id.empty() ? std::string() : l.category(p.category), n(p.holdings),
                     plain_yuan(p.holdings_amount), n(p.won), plain_yuan(p.won_amount)});
  page.table({l.pick("产品", "Product"), l.pick("类别", "Category"), l.pick("新购笔数", "New holdings"),
              l.pick("新购金额（元）", "New holdings (yuan)"), l.pick("成交商机", "Won"), l.pick("成交金额（元）", "Won (yuan)")},
             sales,
             {l.pick("合计", "Total"), "", n(m.holdings), plain_yuan(m.holdings_amount), n(m.pipeline.won.count),
              plain_yuan(m.pipeline.won.amount)},
             {false, false, true, true, true, true});

  page.heading(l.pick("商机变动", "Pipeline movement"));
  const PipelineMovement& p = m.pipeline;
  page.table({l.pick("变动", "Movement"), l.pick("商机数", "Opportunities"), l.pick("金额（元）", "Amount (yuan)")},
             {{l.pick("新增", "Newly opened"), n(p.opened.count), plain_yuan(p.opened.amount)},
              {l.pick("推进", "Advanced"), n(p.advanced.count), plain_yuan(p.advanced.amount)},
              {l.pick("退回", "Moved back"), n(p.moved_back.count), plain_yuan(p.moved_back.amount)},
              {l.pick("成交", "Won"), n(p.won.count), plain_yuan(p.won.amount)},
              {l.pick("失败", "Lost"), n(p.lost.count), plain_yuan(p.lost.amount)}},
             {}, {false, true, true});

  page.heading(l.pick("联络规则执行情况", "Contact-rule compliance"));
  std::vector<std::vector<std::string>> comp;
  for (const TierCompliance& t : m.compliance) comp.push_back({t.tier, n(t.items), n(t.met), n(t.overdue)});
  page.table({l.pick("层级", "Tier"), l.pick("考核项", "Items"), l.pick("已达标", "Met"), l.pick("已逾期", "Overdue")}, comp,
             {l.pick("合计", "Total"), n(m.compliance_items), n(m.compliance_met), n(m.compliance_overdue)},
             {false, true, true, true});

  page.heading(l.pick("模拟利润", "Simulated profit"));
  page.table({l.pick("组成", "Part"), l.pick("金额（元）", "Amount (yuan)")},
             {{kind_text(ProfitKind::deposit, l), plain_yuan(m.profit.deposit)},
              {kind_text(ProfitKind::wealth_product, l), plain_yuan(m.profit.wealth_product)},
              {kind_text(ProfitKind::fee_income, l), plain_yuan(m.profit.fee_income)}},
             {l.pick("合计", "Total"), plain_yuan(m.profit.total())}, {false, true});
  page.paragraph(l.pick("存款、理财利润 = 余额 × 年费率 × 期内持有天数 ÷ 365；中间业务收入 = 期内新购金额 × 费率。费率为本行数据，在设置中维护。",
                        "Deposit and wealth-product profit = balance × yearly rate × days held in the month ÷ 365; fee "
                        "income = amount sold in the month × rate. The rates are the bank's data, kept in Settings."));
  std::vector<std::vector<std::string>> rates;
  for (const ProfitRate& r : m.rates) rates.push_back({l.category(r.category), kind_text(r.kind, l), bp_percent(r.rate_bp)});
  page.table({l.pick("类别", "Category"), l.pick("利润来源", "Profit part"), l.pick("费率", "Rate")}, rates, {},
             {false, false, true});
  return page.finish();
}

}  // namespace rm
