// The versions of a client's financial plan (docs/domain.md §4, "How the
// product writes the plan"): every live FinancialPlan record of the client is
// one version. A plan handed in (submitted, reviewed or approved) is never
// changed: saving it writes version + 1 as a new draft record and the old one
// stays, so the supervisor's verdict stays attached to the text she read.
#pragma once
#include <vector>

#include "core/model/book.h"

namespace rm {

// The order of versions: version, then created_on, then id.
bool plan_version_before(const FinancialPlan& a, const FinancialPlan& b);

// The client's live plans, oldest version first (ties: created_on, then id).
std::vector<const FinancialPlan*> plan_versions(const Book& book, const RecordId& client_id);
// The newest version, or nullptr when the client has no plan.
const FinancialPlan* latest_plan(const Book& book, const RecordId& client_id);

// Whether saving PLAN changes it in place (a draft, or a plan returned for
// changes, which is the manager's to rework) or writes a new version.
bool plan_edited_in_place(const FinancialPlan& plan);

}  // namespace rm
