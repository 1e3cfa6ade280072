#include "sync/hand_in.h"

#include <unordered_set>

#include "sync/book_subset.h"

namespace rm {

namespace {

bool awaiting_review(ReviewState s) { return s == ReviewState::submitted || s == ReviewState::reviewed; }

// KEEP, and every tombstone: a deletion has no date or state left to pick it by.
template <class Keep>
auto or_tombstone(Keep keep) {
  return [keep](const auto& r) { return r.meta.deleted || keep(r); };
}

}  // namespace

HandInWeek hand_in_week(Date as_of) {
  const Date monday = as_of.plus_days(1 - as_of.weekday());
  return {monday, monday.plus_days(6)};
}

Book weekly_hand_in(const Book& book, Date as_of) {
  const HandInWeek week = hand_in_week(as_of);
  const Date year_start = Date::from_ymd(as_of.year(), 1, 1);
  auto in_week = [&](Date d) { return week.monday <= d && d <= week.sunday; };

  using book_subset::keep_if;
  Book out = book_subset::with_staff(book);
  out.clients = book.clients;
  out.opportunities = book.opportunities;
  out.weekly_targets = book.weekly_targets;
  keep_if(book.contacts, out.contacts, or_tombstone([&](const Contact& c) { return year_start <= c.date && c.date <= as_of; }));
  keep_if(book.tasks, out.tasks, or_tombstone([&](const Task& t) { return !t.done_on || in_week(*t.done_on); }));
  keep_if(book.communication_reports, out.communication_reports,
          or_tombstone([&](const CommunicationReport& r) { return in_week(r.date) || awaiting_review(r.review); }));
  keep_if(book.financial_plans, out.financial_plans,
          or_tombstone([&](const FinancialPlan& p) { return awaiting_review(p.review); }));
  keep_if(book.work_log, out.work_log, or_tombstone([&](const WorkLogEntry& w) { return in_week(w.date); }));

  std::unordered_set<RecordId> subjects;
  for (const auto& r : out.communication_reports) subjects.insert(r.meta.id);
  for (const auto& r : out.financial_plans) subjects.insert(r.meta.id);
  for (const auto& r : out.work_log) subjects.insert(r.meta.id);
  keep_if(book.review_comments, out.review_comments,
          or_tombstone([&](const ReviewComment& c) { return subjects.contains(c.subject_id); }));

  std::unordered_set<RecordId> products;
  for (const Opportunity& o : out.opportunities) products.insert(o.product_id);
  keep_if(book.products, out.products, or_tombstone([&](const Product& p) { return products.contains(p.meta.id); }));
  return out;
}

}  // namespace rm
