#include "core/reports/pipeline_week.h"

#include <algorithm>
#include <tuple>

#include "core/model/record_owner.h"
#include "core/reports/report_html.h"
#include "core/search/client_export.h"
#include "core/text/csv.h"

namespace rm {

namespace {

// The step O stood at on the evening of DAY, whatever its status: today's
// step with every later move undone.
SalesStep step_at(const Opportunity& o, Date day) {
  SalesStep step = o.step;
  for (auto it = o.moves.rbegin(); it != o.moves.rend() && it->on > day; ++it) step = it->from;
  return step;
}

bool closed_by(const Opportunity& o, Date day) {
  if (o.status == OpportunityStatus::open) return false;
  return !o.closed_on || *o.closed_on <= day;  // closed, date unknown: closed all along
}

std::string date_text(const std::optional<Date>& d) { return d ? d->iso() : std::string(); }

}  // namespace

std::optional<SalesStep> step_on(const Opportunity& o, Date day) {
  if (o.meta.deleted || day < o.opened_on || closed_by(o, day)) return std::nullopt;
  return step_at(o, day);
}

PipelineMovement pipeline_movement(const Book& book, const BookIndex& index, const RecordId& manager, Period period) {
  PipelineMovement out;
  const Date last = period.end.plus_days(-1);
  for (const Opportunity& o : book.opportunities) {
    if (o.meta.deleted || !belongs_to(book, index, o, manager)) continue;
    const bool opened = period.contains(o.opened_on);
    if (opened) out.opened.add(o.expected_amount);
    if (o.status != OpportunityStatus::open && o.closed_on && period.contains(*o.closed_on))
      (o.status == OpportunityStatus::won ? out.won : out.lost).add(o.expected_amount);
    if (o.opened_on > last) continue;
    // Net of the period's moves: from the step it had before the period (or
    // when it was opened in it) to the step at the period's end.
    const SalesStep before = step_at(o, opened ? o.opened_on.plus_days(-1) : period.start.plus_days(-1));
    const SalesStep after = step_at(o, last);
    if (after > before) out.advanced.add(o.expected_amount);
    if (after < before) out.moved_back.add(o.expected_amount);
  }
  return out;
}

PipelineWeek pipeline_week(const Book& book, const BookIndex& index, const RecordId& manager, Date day) {
  PipelineWeek out;
  out.manager_id = manager;
  out.week = period_containing(RulePeriod::week, day);
  const Date sunday = out.week.end.plus_days(-1);
  for (size_t s = 0; s < out.steps.size(); ++s) out.steps[s].step = static_cast<SalesStep>(s);
  for (const Opportunity& o : book.opportunities) {
    if (!belongs_to(book, index, o, manager)) continue;
    const auto step = step_on(o, sunday);
    if (!step) continue;
    PipelineRow row;
    row.opportunity_id = o.meta.id;
    row.client_id = o.client_id;
    if (const uint32_t c = index.client(o.client_id); c != BookIndex::npos) row.client = book.clients[c].name;
    row.title = o.title;
    if (const uint32_t p = index.product(o.product_id); p != BookIndex::npos) row.product = book.products[p].name;
    row.amount = o.expected_amount;
    row.probability_pct = o.probability_pct;
    row.expected_close = o.expected_close;
    row.next_step = o.next_step;
    row.next_step_date = o.next_step_date;
    row.source = o.source;
    PipelineStepRows& at = out.steps[static_cast<size_t>(*step)];
    ++at.count;
    at.amount = add_money(at.amount, o.expected_amount);
    out.open.add(o.expected_amount);
    at.rows.push_back(std::move(row));
  }
  for (PipelineStepRows& s : out.steps)
    std::stable_sort(s.rows.begin(), s.rows.end(), [](const PipelineRow& a, const PipelineRow& b) {
      return std::tuple(-a.amount, a.title) < std::tuple(-b.amount, b.title);
    });
  out.movement = pipeline_movement(book, index, manager, out.week);
  return out;
}

namespace {

std::vector<std::string> row_header(const ReportLabels& l) {
  return {l.pick("步骤", "Step"),         l.pick("客户", "Client"),
          l.pick("商机", "Opportunity"),  l.pick("产品", "Product"),
          l.pick("预计金额（元）", "Expected amount (yuan)"), l.pick("成功概率 %", "Probability %"),
          l.pick("预计成交", "Expected close"), l.pick("下一步", "Next step"),
          l.pick("下一步日期", "Next step date"), l.pick("来源", "Source")};
}

std::vector<std::string> row_cells(const ReportLabels& l, SalesStep step, const PipelineRow& r) {
  return {l.step(step),
          r.client,
          r.title,
          r.product,
          plain_yuan(r.amount),
          std::to_string(r.probability_pct),
          date_text(r.expected_close),
          r.next_step,
          date_text(r.next_step_date),
          l.source(r.source)};
}

struct MovementLine {
  const char* zh;
  const char* en;
  const PipelineTally* tally;
};

std::vector<MovementLine> movement_lines(const PipelineMovement& m) {
  return {{"推进", "Advanced", &m.advanced},
          {"退回", "Moved back", &m.moved_back},
          {"新增", "Newly opened", &m.opened},
          {"成交", "Won", &m.won},
          {"失败", "Lost", &m.lost}};
}

std::string week_title(const PipelineWeek& w, const ReportLabels& l) {
  return std::string(l.pick("商机进程表 ", "Pipeline table ")) + w.week.start.iso() + " – " +
         w.week.end.plus_days(-1).iso();
}

}  // namespace

std::string pipeline_week_csv(const PipelineWeek& w, const ReportLabels& l) {
  csv::Writer out;
  out.row({week_title(w, l)});
  out.row(row_header(l));
  for (const PipelineStepRows& s : w.steps) {
    for (const PipelineRow& r : s.rows) {
      const auto cells = row_cells(l, s.step, r);
      for (size_t i = 0; i < cells.size(); ++i) (i == 4 || i == 5) ? out.number(cells[i]) : out.cell(cells[i]);
      out.end_row();
    }
  }
  out.end_row();
  out.row({l.pick("步骤", "Step"), l.pick("商机数", "Opportunities"), l.pick("预计金额（元）", "Expected amount (yuan)")});
  for (const PipelineStepRows& s : w.steps) {
    out.cell(l.step(s.step)).number(std::to_string(s.count)).number(plain_yuan(s.amount));
    out.end_row();
  }
  out.cell(l.pick("合计", "Total")).number(std::to_string(w.open.count)).number(plain_yuan(w.open.amount));
  out.end_row();
  out.end_row();
  out.row({l.pick("本周变动", "This week's movement"), l.pick("商机数", "Opportunities"),
           l.pick("金额（元）", "Amount (yuan)")});
  for (const MovementLine& m : movement_lines(w.movement)) {
    out.cell(l.pick(m.zh, m.en)).number(std::to_string(m.tally->count)).number(plain_yuan(m.tally->amount));
    out.end_row();
  }
  return out.take();
}

std::string pipeline_week_html(const PipelineWeek& w, const ReportLabels& l, const std::string& manager_name) {
  report::HtmlPage page(week_title(w, l), l.chinese);
  if (!manager_name.empty()) page.paragraph(std::string(l.pick("客户经理：", "Manager: ")) + manager_name);
  const std::vector<bool> numeric{false, false, false, false, true, true, false, false, false, false};
  for (const PipelineStepRows& s : w.steps) {
    page.heading(l.step(s.step) + " — " + std::to_string(s.count) + l.pick(" 个，", " open, ") + plain_yuan(s.amount) +
                 l.pick(" 元", " yuan"));
    if (s.rows.empty()) continue;
    std::vector<std::vector<std::string>> rows;
    for (const PipelineRow& r : s.rows) rows.push_back(row_cells(l, s.step, r));
    page.table(row_header(l), rows, {}, numeric);
  }
  page.heading(l.pick("各步骤合计", "Totals by step"));
  std::vector<std::vector<std::string>> totals;
  for (const PipelineStepRows& s : w.steps)
    totals.push_back({l.step(s.step), std::to_string(s.count), plain_yuan(s.amount)});
  page.table({l.pick("步骤", "Step"), l.pick("商机数", "Opportunities"), l.pick("预计金额（元）", "Expected amount (yuan)")},
             totals, {l.pick("合计", "Total"), std::to_string(w.open.count), plain_yuan(w.open.amount)},
             {false, true, true});
  page.heading(l.pick("本周变动", "This week's movement"));
  std::vector<std::vector<std::string>> moved;
  for (const MovementLine& m : movement_lines(w.movement))
    moved.push_back({l.pick(m.zh, m.en), std::to_string(m.tally->count), plain_yuan(m.tally->amount)});
  page.table({l.pick("变动", "Movement"), l.pick("商机数", "Opportunities"), l.pick("金额（元）", "Amount (yuan)")},
             moved, {}, {false, true, true});
  return page.finish();
}

}  // namespace rm
