// The yearly review of a client's financial plan (docs/domain.md §4, "6.
// Review": at least once a year). Only the latest version counts: saving a
// new version sets the next review, so the duty moves with it. Owed on the
// latest version's review date, or a year after it was written when it has
// none (or one more than a year after it, which the plan does not allow).
#include <unordered_map>

#include "core/plan/plan_versions.h"
#include "core/planner/duties.h"

namespace rm {

void add_plan_review_duties(const Book& book, Date /*today*/, Date until, std::vector<Duty>& out) {
  std::unordered_map<RecordId, const FinancialPlan*> latest;
  for (const FinancialPlan& p : book.financial_plans) {
    if (p.meta.deleted || p.client_id.empty()) continue;
    const FinancialPlan*& best = latest[p.client_id];
    if (!best || plan_version_before(*best, p)) best = &p;
  }
  if (latest.empty()) return;
  for (const Client& c : book.clients) {
    if (c.meta.deleted) continue;
    const auto it = latest.find(c.meta.id);
    if (it == latest.end()) continue;
    const FinancialPlan& p = *it->second;
    const Date year_on = p.created_on.plus_years(1);
    const Date due = p.created_on <= p.review_date && p.review_date <= year_on ? p.review_date : year_on;
    if (until < due) continue;
    Duty d;
    d.kind = DutyKind::plan_review;
    d.client_id = c.meta.id;
    d.subject_id = p.meta.id;
    d.due = due;
    d.zh = "检视" + c.name + "的理财规划书（第 " + std::to_string(p.version) + " 版，检视日 " + due.iso() + "）";
    d.en = "Review " + c.name + "'s financial plan (version " + std::to_string(p.version) + ", due " + due.iso() + ")";
    out.push_back(std::move(d));
  }
}

}  // namespace rm
