// The written-report duties (docs/domain.md §3 "Written reports"):
//  - a communication report is owed the working day after each meeting (a
//    contact of kind meeting, contact_kind) of the book's manager that no
//    CommunicationReport names by contact_id;
//  - the monthly sales analysis is owed on the first working day of each
//    month. The book keeps no record of its hand-in, so it is listed up to
//    its day (today through UNTIL) and never as overdue.
#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/calendar/working_calendar.h"
#include "core/planner/duties.h"

namespace rm {
namespace {
// A meeting more than this long ago is history, not a duty: Today would
// otherwise open a book with every unreported meeting since the first
// (docs/domain.md §3 "Written reports").
constexpr int kReportLookBackDays = 30;
}  // namespace

void add_report_duties(const Book& book, Date today, Date until, std::vector<Duty>& out) {
  std::unordered_set<RecordId> reported;
  for (const CommunicationReport& r : book.communication_reports)
    if (!r.meta.deleted && !r.contact_id.empty()) reported.insert(r.contact_id);
  const RecordId& owner = book.settings.owner_manager_id;

  std::vector<const Contact*> meetings;
  int first_year = std::min(today.year(), until.year());
  for (const Contact& k : book.contacts) {
    if (k.meta.deleted || contact_kind(k) != ContactClass::meeting || reported.count(k.meta.id)) continue;
    // Another manager's meeting with the client is that manager's report to write.
    if (!owner.empty() && !k.manager_id.empty() && k.manager_id != owner) continue;
    if (until < k.date.plus_days(1)) continue;  // due no earlier than the next day
    if (k.date < today.plus_days(-kReportLookBackDays)) continue;
    meetings.push_back(&k);
    first_year = std::min(first_year, k.date.year());
  }
  // The book's own holiday notices decide the working days, as in the planner.
  const WorkingCalendar calendar(first_year - 1, until.year() + 1, book.settings.holiday_arrangements);

  std::unordered_map<RecordId, const std::string*> names;
  if (!meetings.empty())
    for (const Client& c : book.clients) names.emplace(c.meta.id, &c.name);
  for (const Contact* k : meetings) {
    const Date due = calendar.next_working_day(k->date.plus_days(1));
    if (until < due) continue;
    const auto name = names.find(k->client_id);
    const std::string client = name == names.end() ? std::string() : *name->second;
    Duty d;
    d.kind = DutyKind::communication_report;
    d.client_id = k->client_id;
    d.subject_id = k->meta.id;
    d.due = due;
    d.zh = "撰写客户沟通报告：" + client + " " + k->date.iso() + " 面谈";
    d.en = "Write the communication report: meeting with " + client + " on " + k->date.iso();
    out.push_back(std::move(d));
  }

  // The first working day of each month from today's month through UNTIL's.
  for (Date month = Date::from_ymd(today.year(), today.ymd().month, 1); month <= until; month = month.plus_months(1)) {
    const Date due = calendar.next_working_day(month);
    if (due < today || until < due) continue;
    Duty d;
    d.kind = DutyKind::monthly_sales_analysis;
    d.due = due;
    const Ymd ym = month.plus_months(-1).ymd();  // the month it analyses: the one just ended
    d.zh = "提交月度销售分析（" + std::to_string(ym.year) + " 年 " + std::to_string(ym.month) + " 月）";
    d.en = "Hand in the monthly sales analysis for " + std::to_string(ym.year) + "-" + (ym.month < 10 ? "0" : "") +
           std::to_string(ym.month);
    out.push_back(std::move(d));
  }
}

}  // namespace rm
