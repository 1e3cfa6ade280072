#include "sync/review_news.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace rm {

namespace {

// Where a record's review stands, as far as the manager is told about it.
template <class R>
auto review_of(const R& r) {
  return std::tie(r.review, r.review_round, r.return_reason, r.reviewer_id, r.meta.deleted);
}

bool from_the_supervisor(ReviewState s) {
  return s == ReviewState::reviewed || s == ReviewState::approved || s == ReviewState::returned;
}

template <class R>
void moved_on(const std::vector<R>& before, const std::vector<R>& after, const RecordId& manager, ReviewNews& out) {
  std::unordered_map<RecordId, const R*> was;
  for (const R& r : before) was.emplace(r.meta.id, &r);
  for (const R& r : after) {
    if (r.meta.deleted || r.manager_id != manager || !from_the_supervisor(r.review)) continue;
    const auto it = was.find(r.meta.id);
    if (it != was.end() && review_of(*it->second) == review_of(r)) continue;
    out.items.push_back(r.meta.id);
    out.clients.push_back(r.client_id);
  }
}

template <class R>
const R* find_in(const std::vector<R>& records, const RecordId& id) {
  for (const R& r : records)
    if (r.meta.id == id) return &r;
  return nullptr;
}

void sort_unique(std::vector<RecordId>& ids) {
  ids.erase(std::remove_if(ids.begin(), ids.end(), [](const RecordId& id) { return id.empty(); }), ids.end());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

}  // namespace

ReviewNews review_news(const Book& before, const Book& after, const RecordId& manager) {
  ReviewNews out;
  if (manager.empty()) return out;
  moved_on(before.communication_reports, after.communication_reports, manager, out);
  moved_on(before.financial_plans, after.financial_plans, manager, out);

  std::unordered_set<RecordId> known;
  for (const ReviewComment& c : before.review_comments) known.insert(c.meta.id);
  for (const ReviewComment& c : after.review_comments) {
    if (c.meta.deleted || c.manager_id != manager || c.author_id == manager || known.count(c.meta.id)) continue;
    out.items.push_back(c.subject_id);
    if (const CommunicationReport* r = find_in(after.communication_reports, c.subject_id)) out.clients.push_back(r->client_id);
    else if (const FinancialPlan* p = find_in(after.financial_plans, c.subject_id)) out.clients.push_back(p->client_id);
  }

  known.clear();
  for (const ClientReassignment& r : before.reassignments) known.insert(r.meta.id);
  for (const ClientReassignment& r : after.reassignments)
    if (!r.meta.deleted && !known.count(r.meta.id) && (r.to_manager_id == manager || r.from_manager_id == manager))
      out.clients.push_back(r.client_id);

  sort_unique(out.items);
  sort_unique(out.clients);
  return out;
}

}  // namespace rm
