// Life stage (docs/domain.md §1, source 000): single 20–30, family formation 30–35,
// family growth 35–50, family maturity 50–60, retirement 60+. The documents give
// age bands and the family events that mark them; where the two disagree the
// rules below decide, in this order:
//   1. no age known, or under 20            → no stage (a dependant, not a client plan)
//   2. 60 or over                           → retirement (000's 老年期, "later life")
//   3. 50–59 with a dependent child         → growth   (children not yet independent)
//      50–59 otherwise                      → maturity
//   4. 35–49                                → growth
//   5. 30–34                                → formation
//   6. 20–29, married or with children      → formation (the single stage ends at marriage)
//      20–29 otherwise                      → single
// Band edges belong to the older stage: 30 is formation, 35 growth, 50 maturity, 60
// retirement.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "core/finance/financial_goal.h"
#include "core/model/client.h"
#include "core/model/household.h"

namespace rm {

enum class LifeStage { single, formation, growth, maturity, retirement };

std::string_view life_stage_code(LifeStage stage);
std::string_view life_stage_name_zh(LifeStage stage);
std::string_view life_stage_name_en(LifeStage stage);

struct LifeStageFacts {
  std::optional<int> age{};  // the client's whole years
  bool married = false;
  int children = 0;
  int dependent_children = 0;  // not yet financially independent
};

std::optional<LifeStage> life_stage(const LifeStageFacts& facts);

// The facts of a stored client, the one reading every screen uses so the client
// header and the client list cannot disagree: children listed in the household
// count as dependent while under 22 (at school or university); children the
// profile counts beyond those listed are taken as dependent. `household` is the
// client's household when it has one (not deleted), else null.
LifeStageFacts life_stage_facts(const Client& client, const Household* household, std::optional<int> age, Date today);

// The goals typical of a stage, most pressing first — suggestions for the plan's
// goal list. Growth follows 000 word for word (children's education, own
// retirement, supporting parents, protection); maturity is the retirement reserve
// alone, as 000 has it reduce insurance (减少保险及保额), not add it; later life is
// a quiet old age and estate planning (安度晚年、遗产规划).
std::vector<GoalKind> typical_goals(LifeStage stage);

}  // namespace rm
