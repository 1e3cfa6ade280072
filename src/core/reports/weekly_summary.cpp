#include "core/reports/weekly_summary.h"

#include <algorithm>

#include "core/model/record_owner.h"
#include "core/reports/report_html.h"
#include "core/search/client_export.h"
#include "core/text/csv.h"

namespace rm {

namespace {

std::string n(int64_t v) { return std::to_string(v); }

void write_sentences(WeeklySummary& s) {
  const ContactTally& c = s.contacts.all;
  const PipelineMovement& p = s.pipeline;
  s.zh = {
      "本周联络客户 " + n(c.total()) + " 次，其中面谈 " + n(c.meetings) + " 次、电话 " + n(c.calls) + " 次、信息 " +
          n(c.messages) + " 次。",
      "新增商机 " + n(p.opened.count) + " 个，预计金额 " + plain_yuan(p.opened.amount) + " 元；推进 " +
          n(p.advanced.count) + " 个，退回 " + n(p.moved_back.count) + " 个。",
      "成交 " + n(p.won.count) + " 个，金额 " + plain_yuan(p.won.amount) + " 元；失败 " + n(p.lost.count) +
          " 个，金额 " + plain_yuan(p.lost.amount) + " 元。",
      "撰写客户沟通报告 " + n(s.reports_written) + " 份，已提交 " + n(s.reports_submitted) + " 份，已批准 " +
          n(s.reports_approved) + " 份。",
      "完成任务 " + n(s.tasks_done) + " 项，处理投诉 " + n(s.complaints_handled) + " 件；工作日志 " +
          n(static_cast<int64_t>(s.logs.size())) + " 篇。",
  };
  s.en = {
      n(c.total()) + " client contacts this week: " + n(c.meetings) + " meetings, " + n(c.calls) + " calls, " +
          n(c.messages) + " messages.",
      n(p.opened.count) + " new opportunities, expected " + plain_yuan(p.opened.amount) + " yuan; " +
          n(p.advanced.count) + " advanced, " + n(p.moved_back.count) + " moved back.",
      n(p.won.count) + " won for " + plain_yuan(p.won.amount) + " yuan; " + n(p.lost.count) + " lost for " +
          plain_yuan(p.lost.amount) + " yuan.",
      n(s.reports_written) + " communication reports written, " + n(s.reports_submitted) + " handed in, " +
          n(s.reports_approved) + " approved.",
      n(s.tasks_done) + " tasks done, " + n(s.complaints_handled) + " complaints handled; " +
          n(static_cast<int64_t>(s.logs.size())) + " work-log entries.",
  };
}

struct Figure {
  const char* zh;
  const char* en;
  std::string value;
};

std::vector<Figure> figures(const WeeklySummary& s) {
  const ContactTally& c = s.contacts.all;
  const PipelineMovement& p = s.pipeline;
  return {{"联络次数", "Contacts", n(c.total())},
          {"面谈", "Meetings", n(c.meetings)},
          {"电话", "Calls", n(c.calls)},
          {"信息", "Messages", n(c.messages)},
          {"新增商机", "New opportunities", n(p.opened.count)},
          {"新增商机金额（元）", "New opportunities (yuan)", plain_yuan(p.opened.amount)},
          {"推进商机", "Advanced", n(p.advanced.count)},
          {"退回商机", "Moved back", n(p.moved_back.count)},
          {"成交", "Won", n(p.won.count)},
          {"成交金额（元）", "Won (yuan)", plain_yuan(p.won.amount)},
          {"失败", "Lost", n(p.lost.count)},
          {"失败金额（元）", "Lost (yuan)", plain_yuan(p.lost.amount)},
          {"沟通报告（撰写）", "Reports written", n(s.reports_written)},
          {"沟通报告（已提交）", "Reports handed in", n(s.reports_submitted)},
          {"沟通报告（已批准）", "Reports approved", n(s.reports_approved)},
          {"完成任务", "Tasks done", n(s.tasks_done)},
          {"处理投诉", "Complaints handled", n(s.complaints_handled)},
          {"工作日志", "Work-log entries", n(static_cast<int64_t>(s.logs.size()))}};
}

std::string title(const WeeklySummary& s, const ReportLabels& l) {
  return std::string(l.pick("工作周报 ", "Weekly summary ")) + s.week.start.iso() + " – " +
         s.week.end.plus_days(-1).iso();
}

}  // namespace

WeeklySummary weekly_summary(const PlannerContext& ctx, const RecordId& manager, Date day) {
  const Book& book = ctx.book();
  const BookIndex& index = ctx.index();
  WeeklySummary s;
  s.manager_id = manager;
  s.week = period_containing(RulePeriod::week, day);
  for (const WorkLogEntry& e : book.work_log)
    if (!e.meta.deleted && s.week.contains(e.date) && (manager.empty() || e.manager_id == manager)) s.logs.push_back(e);
  std::stable_sort(s.logs.begin(), s.logs.end(), [](const WorkLogEntry& a, const WorkLogEntry& b) { return a.date < b.date; });
  s.contacts = contact_activity(ctx, manager, s.week);
  s.pipeline = pipeline_movement(book, index, manager, s.week);
  for (const CommunicationReport& r : book.communication_reports) {
    if (r.meta.deleted || !s.week.contains(r.date) || !belongs_to(book, index, r, manager)) continue;
    ++s.reports_written;
    if (r.review != ReviewState::draft) ++s.reports_submitted;
    if (r.review == ReviewState::approved) ++s.reports_approved;
  }
  for (const Task& t : book.tasks)
    if (!t.meta.deleted && t.done_on && s.week.contains(*t.done_on) && belongs_to(book, index, t, manager))
      ++s.tasks_done;
  for (const Complaint& c : book.complaints) {
    if (c.meta.deleted || !belongs_to(book, index, c, manager)) continue;
    const bool step_done = std::any_of(c.steps.begin(), c.steps.end(),
                                       [&](const ComplaintStepDone& d) { return s.week.contains(d.date); });
    if (step_done || (c.resolved_on && s.week.contains(*c.resolved_on))) ++s.complaints_handled;
  }
  write_sentences(s);
  return s;
}

std::string weekly_summary_csv(const WeeklySummary& s, const ReportLabels& l) {
  csv::Writer out;
  out.row({title(s, l)});
  out.row({l.pick("项目", "Figure"), l.pick("数值", "Value")});
  for (const Figure& f : figures(s)) {
    out.cell(l.pick(f.zh, f.en)).number(f.value);
    out.end_row();
  }
  out.end_row();
  out.row({l.pick("按层级", "By tier"), l.pick("面谈", "Meetings"), l.pick("电话", "Calls"), l.pick("信息", "Messages")});
  for (const ContactTally& t : s.contacts.by_tier) {
    out.cell(t.tier).number(n(t.meetings)).number(n(t.calls)).number(n(t.messages));
    out.end_row();
  }
  out.end_row();
  out.row({l.pick("日期", "Date"), l.pick("晨会", "Morning meeting"), l.pick("联络", "Contacts"), l.pick("销售", "Sales"),
           l.pick("建议", "Suggestions"), l.pick("备忘", "Memo")});
  for (const WorkLogEntry& e : s.logs) out.row({e.date.iso(), e.morning_meeting, e.contacts, e.sales, e.suggestions, e.memo});
  return out.take();
}

std::string weekly_summary_html(const WeeklySummary& s, const ReportLabels& l, const std::string& manager_name) {
  report::HtmlPage page(title(s, l), l.chinese);
  if (!manager_name.empty()) page.paragraph(std::string(l.pick("客户经理：", "Manager: ")) + manager_name);
  for (const std::string& line : l.chinese ? s.zh : s.en) page.paragraph(line);
  std::vector<std::vector<std::string>> rows;
  for (const Figure& f : figures(s)) rows.push_back({l.pick(f.zh, f.en), f.value});
  page.heading(l.pick("本周数据", "The week's figures"));
  page.table({l.pick("项目", "Figure"), l.pick("数值", "Value")}, rows, {}, {false, true});
  std::vector<std::vector<std::string>> tiers;
  for (const ContactTally& t : s.contacts.by_tier) tiers.push_back({t.tier, n(t.meetings), n(t.calls), n(t.messages)});
  const ContactTally& a = s.contacts.all;
  page.heading(l.pick("按客户层级的联络", "Contacts by client tier"));
  page.table({l.pick("层级", "Tier"), l.pick("面谈", "Meetings"), l.pick("电话", "Calls"), l.pick("信息", "Messages")}, tiers,
             {l.pick("合计", "Total"), n(a.meetings), n(a.calls), n(a.messages)}, {false, true, true, true});
  page.heading(l.pick("工作日志", "Work log"));
  std::vector<std::vector<std::string>> logs;
  for (const WorkLogEntry& e : s.logs) logs.push_back({e.date.iso(), e.morning_meeting, e.contacts, e.sales, e.suggestions, e.memo});
  page.table({l.pick("日期", "Date"), l.pick("晨会", "Morning meeting"), l.pick("联络", "Contacts"), l.pick("销售", "Sales"),
              l.pick("建议", "Suggestions"), l.pick("备忘", "Memo")},
             logs);
  return page.finish();
}

}  // namespace rm
