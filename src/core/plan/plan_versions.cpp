#include "core/plan/plan_versions.h"

#include <algorithm>
#include <tuple>

namespace rm {

bool plan_version_before(const FinancialPlan& a, const FinancialPlan& b) {
  return std::tuple(a.version, a.created_on, a.meta.id) < std::tuple(b.version, b.created_on, b.meta.id);
}

std::vector<const FinancialPlan*> plan_versions(const Book& book, const RecordId& client_id) {
  std::vector<const FinancialPlan*> out;
  if (client_id.empty()) return out;
  for (const FinancialPlan& p : book.financial_plans)
    if (!p.meta.deleted && p.client_id == client_id) out.push_back(&p);
  std::sort(out.begin(), out.end(),
            [](const FinancialPlan* a, const FinancialPlan* b) { return plan_version_before(*a, *b); });
  return out;
}

const FinancialPlan* latest_plan(const Book& book, const RecordId& client_id) {
  const std::vector<const FinancialPlan*> all = plan_versions(book, client_id);
  return all.empty() ? nullptr : all.back();
}

bool plan_edited_in_place(const FinancialPlan& plan) {
  return plan.review == ReviewState::draft || plan.review == ReviewState::returned;
}

}  // namespace rm
