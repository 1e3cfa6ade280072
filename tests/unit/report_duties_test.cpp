// The written-report duties (core/planner/report_duties.cpp, docs/domain.md
// §3 "Written reports"): a communication report the working day after each
// meeting until a report names the meeting; the monthly sales analysis on
// the first working day of each month. Tested through add_report_duties
// itself (the other kinds are another file's).
#include <catch_amalgamated.hpp>

#include <algorithm>

#include "core/planner/duties.h"
#include "planner_test_book.h"

using namespace planner_test;
using rm::Channel;
using rm::DutyKind;

namespace {

std::vector<rm::Duty> report_duties(const rm::Book& book, rm::Date today, rm::Date until) {
  std::vector<rm::Duty> out;
  rm::add_report_duties(book, today, until, out);
  return out;
}

std::vector<rm::Duty> of_kind(const std::vector<rm::Duty>& duties, DutyKind kind) {
  std::vector<rm::Duty> out;
  std::copy_if(duties.begin(), duties.end(), std::back_inserter(out), [&](const rm::Duty& d) { return d.kind == kind; });
  return out;
}

}  // namespace

TEST_CASE("report duty: the working day after a meeting, gone once a report names the meeting", "[reports]") {
  rm::Book book = empty_book();
  add_client(book, "c1", rm::yuan(1'000'000)).name = "王芳";
  add_contact(book, "c1", ymd(2025, 3, 14), Channel::visit, true, true);   // Friday: due Monday 17
  add_contact(book, "c1", ymd(2025, 3, 13), Channel::phone, true, false);  // a call owes no report
  add_contact(book, "c1", ymd(2025, 3, 12), Channel::branch, false, true);
  book.contacts.back().manager_id = tid("m2");  // another manager's meeting: hers to write
  const rm::RecordId meeting = book.contacts[0].meta.id;

  auto duties = of_kind(report_duties(book, ymd(2025, 3, 14), ymd(2025, 3, 16)), DutyKind::communication_report);
  CHECK(duties.empty());  // not due until Monday
  duties = of_kind(report_duties(book, ymd(2025, 3, 18), ymd(2025, 3, 18)), DutyKind::communication_report);
  REQUIRE(duties.size() == 1);
  CHECK(duties[0].due == ymd(2025, 3, 17));
  CHECK(duties[0].overdue(ymd(2025, 3, 18)));
  CHECK(duties[0].client_id == tid("c1"));
  CHECK(duties[0].subject_id == meeting);
  CHECK(duties[0].zh.find("王芳") != std::string::npos);

  rm::CommunicationReport r;
  r.meta.id = tid("r1");
  r.client_id = tid("c1");
  r.contact_id = tid("other");  // about another contact: the duty stays
  book.communication_reports.push_back(r);
  CHECK(of_kind(report_duties(book, ymd(2025, 3, 18), ymd(2025, 3, 18)), DutyKind::communication_report).size() == 1);
  book.communication_reports.back().contact_id = meeting;
  CHECK(of_kind(report_duties(book, ymd(2025, 3, 18), ymd(2025, 3, 18)), DutyKind::communication_report).empty());
  book.communication_reports.back().meta.deleted = true;  // a deleted report writes nothing
  CHECK(of_kind(report_duties(book, ymd(2025, 3, 18), ymd(2025, 3, 18)), DutyKind::communication_report).size() == 1);
}

TEST_CASE("report duty: the next working day skips a holiday break", "[reports]") {
  rm::Book book = empty_book();
  add_client(book, "c1", rm::yuan(1'000'000));
  // Tuesday 30 September 2025, before the National Day and Mid-Autumn break (1–8 October).
  add_contact(book, "c1", ymd(2025, 9, 30), Channel::visit, true, true);
  const auto duties = of_kind(report_duties(book, ymd(2025, 10, 20), ymd(2025, 10, 20)), DutyKind::communication_report);
  REQUIRE(duties.size() == 1);
  CHECK(duties[0].due == ymd(2025, 10, 9));
}

TEST_CASE("monthly analysis duty: the first working day of each month, up to its day", "[reports]") {
  const rm::Book book = empty_book();
  // 1 March 2025 is a Saturday: the first working day is Monday 3 March.
  auto duties = of_kind(report_duties(book, ymd(2025, 2, 20), ymd(2025, 4, 30)), DutyKind::monthly_sales_analysis);
  REQUIRE(duties.size() == 2);
  CHECK(duties[0].due == ymd(2025, 3, 3));
  CHECK(duties[0].en.find("2025-02") != std::string::npos);  // February's analysis
  CHECK(duties[1].due == ymd(2025, 4, 1));
  CHECK(duties[0].client_id.empty());
  CHECK(duties[0].subject_id.empty());
  // Past its day it is no longer listed (the book keeps no record of the hand-in).
  duties = of_kind(report_duties(book, ymd(2025, 3, 4), ymd(2025, 3, 31)), DutyKind::monthly_sales_analysis);
  CHECK(duties.empty());
  duties = of_kind(report_duties(book, ymd(2025, 3, 3), ymd(2025, 3, 3)), DutyKind::monthly_sales_analysis);
  CHECK(duties.size() == 1);
}
