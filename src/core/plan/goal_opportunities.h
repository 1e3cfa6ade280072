// Opportunities the new-client wizard once made from the client's goals
// (before goals went into her financial plan, docs/domain.md §4 "How the
// product writes the plan"). They are recognised by how the wizard made them:
// created in the same edit as their client, at the needs step, with no
// product, no sales method and still open. move_goal_opportunities_to_plans
// (app/commands/plan_commands.h) turns each into a goal of the client's plan.
#pragma once
#include <vector>

#include "core/model/book.h"

namespace rm {

bool is_wizard_goal_opportunity(const Opportunity& o, const Client& client);

// The live wizard goal opportunities of CLIENT (position in book.clients), in book order.
std::vector<const Opportunity*> wizard_goal_opportunities(const Book& book, const BookIndex& index, uint32_t client);

// The goal the wizard made the opportunity from: the kind whose name is its
// title (the wizard's title when no label was typed), else "wealth growth"
// (the documents' speculative/other); the year from the wizard's next step
// ("目标年份 2030"), 0 when none was given; the amount as expected.
PlanGoal plan_goal_of(const Opportunity& o);

}  // namespace rm
