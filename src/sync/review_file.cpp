#include "sync/review_file.h"

#include <unordered_set>

#include "sync/book_subset.h"

namespace rm {

Book review_file_for(const Book& book, const RecordId& manager_id) {
  using book_subset::keep_if;
  Book out = book_subset::with_staff(book);

  std::unordered_set<RecordId> to_her, away;
  for (const ClientReassignment& r : book.reassignments) {
    if (r.to_manager_id == manager_id) to_her.insert(r.client_id);
    if (r.from_manager_id == manager_id) away.insert(r.client_id);
  }
  keep_if(book.reassignments, out.reassignments,
          [&](const ClientReassignment& r) { return r.to_manager_id == manager_id || r.from_manager_id == manager_id; });
  // A client reassigned to her and then away again is only hers if she still has it.
  auto gained = [&](const RecordId& client) {
    if (!to_her.contains(client)) return false;
    for (const Client& c : book.clients)
      if (c.meta.id == client) return c.manager_id == manager_id;
    return false;
  };
  std::unordered_set<RecordId> households;
  keep_if(book.clients, out.clients, [&](const Client& c) {
    if (!to_her.contains(c.meta.id) && !away.contains(c.meta.id)) return false;
    if (gained(c.meta.id) && !c.household_id.empty()) households.insert(c.household_id);
    return true;
  });
  auto hers_or_gained = [&](const auto& r) { return r.manager_id == manager_id || gained(r.client_id); };
  keep_if(book.households, out.households,
          [&](const Household& h) { return households.contains(h.meta.id) || gained(h.client_id); });
  keep_if(book.contacts, out.contacts, [&](const Contact& r) { return gained(r.client_id); });
  keep_if(book.holdings, out.holdings, [&](const Holding& r) { return gained(r.client_id); });
  keep_if(book.tasks, out.tasks, [&](const Task& r) { return gained(r.client_id); });
  keep_if(book.opportunities, out.opportunities, [&](const Opportunity& r) { return gained(r.client_id); });
  keep_if(book.risk_assessments, out.risk_assessments, [&](const RiskAssessment& r) { return gained(r.client_id); });
  keep_if(book.communication_reports, out.communication_reports, hers_or_gained);
  keep_if(book.financial_plans, out.financial_plans, hers_or_gained);
  keep_if(book.work_log, out.work_log, [&](const WorkLogEntry& r) { return r.manager_id == manager_id; });
  keep_if(book.weekly_targets, out.weekly_targets, [&](const WeeklyTarget& r) { return r.manager_id == manager_id; });

  std::unordered_set<RecordId> subjects;
  for (const auto& r : out.communication_reports) subjects.insert(r.meta.id);
  for (const auto& r : out.financial_plans) subjects.insert(r.meta.id);
  for (const auto& r : out.work_log) subjects.insert(r.meta.id);
  keep_if(book.review_comments, out.review_comments,
          [&](const ReviewComment& c) { return c.manager_id == manager_id || subjects.contains(c.subject_id); });

  // The products her new clients hold, so the holdings resolve in her book.
  std::unordered_set<RecordId> products;
  for (const Holding& h : out.holdings) products.insert(h.product_id);
  for (const Opportunity& o : out.opportunities) products.insert(o.product_id);
  keep_if(book.products, out.products, [&](const Product& p) { return products.contains(p.meta.id); });
  return out;
}

}  // namespace rm
