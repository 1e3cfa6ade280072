#include "core/plan/goal_opportunities.h"

#include <charconv>
#include <string_view>

namespace rm {

bool is_wizard_goal_opportunity(const Opportunity& o, const Client& client) {
  return !o.meta.deleted && o.client_id == client.meta.id && o.meta.created == client.meta.created &&
         o.step == SalesStep::needs && o.product_id.empty() && o.method == SalesMethod::unknown &&
         o.status == OpportunityStatus::open;
}

std::vector<const Opportunity*> wizard_goal_opportunities(const Book& book, const BookIndex& index,
                                                          uint32_t client) {
  std::vector<const Opportunity*> out;
  if (client == BookIndex::npos || client >= book.clients.size()) return out;
  const Client& c = book.clients[client];
  for (const uint32_t i : index.opportunities_of(client))
    if (is_wizard_goal_opportunity(book.opportunities[i], c)) out.push_back(&book.opportunities[i]);
  return out;
}

PlanGoal plan_goal_of(const Opportunity& o) {
  PlanGoal g;
  g.name = o.title;
  g.amount = o.expected_amount;
  for (size_t k = 0; k < EnumCodes<GoalKind>::codes.size(); ++k)
    if (goal_name_zh(static_cast<GoalKind>(k)) == o.title) g.kind = static_cast<GoalKind>(k);
  // The wizard wrote "目标年份 " followed by the year (app/commands/client_commands.cpp before the plan).
  constexpr std::string_view kYear = "目标年份 ";
  if (std::string_view next = o.next_step; next.starts_with(kYear)) {
    next.remove_prefix(kYear.size());
    int year = 0;
    const auto [end, ec] = std::from_chars(next.data(), next.data() + next.size(), year);
    if (ec == std::errc{} && end == next.data() + next.size()) g.year = year;
  }
  return g;
}

}  // namespace rm
