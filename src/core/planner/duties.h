// The manager's written duties (docs/domain.md §3 "Written reports", §4 "Review",
// §6 "Complaints"): work owed to the bank about a client that is not a contact
// with the client — a communication report after a meeting, the yearly review
// of a financial plan, the next step of a complaint. The agenda plans contacts;
// Today and the Planner list these beside it, overdue first.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/model/book.h"
#include "core/model/record_id.h"

namespace rm {

// monthly_sales_analysis: the analysis handed to the retail department on the
// first working day of each month (docs/domain.md §3 "Written reports"); it is
// about no client (client_id and subject_id empty).
enum class DutyKind { communication_report, plan_review, complaint_step, monthly_sales_analysis };

struct Duty {
  DutyKind kind = DutyKind::communication_report;
  RecordId client_id;
  RecordId subject_id;  // the meeting (contact), the plan or the complaint
  Date due;
  std::string zh;  // what is owed, as Today prints it
  std::string en;
  bool overdue(Date today) const { return due < today; }
};

// Each kind's duties owed on or before `until` (those still open), in book order.
void add_report_duties(const Book& book, Date today, Date until, std::vector<Duty>& out);
void add_plan_review_duties(const Book& book, Date today, Date until, std::vector<Duty>& out);
void add_complaint_duties(const Book& book, Date today, Date until, std::vector<Duty>& out);

// All of them, overdue and earliest first, then by kind and client id, so the
// same book and date list the same duties.
std::vector<Duty> duties_until(const Book& book, Date today, Date until);

}  // namespace rm
