// Recording a risk assessment (风险测评) taken with the client: the score,
// level and validity come from the core (core/risk/), and the in-person
// signature is what the manager says it is — never assumed
// (docs/domain.md §5).
#pragma once
#include <optional>
#include <vector>

#include "app/commands/command_support.h"

namespace rm {

struct RecordRiskAssessment {
  static constexpr std::string_view kind = "record_risk_assessment";
  static constexpr CommandLabel label{"风险测评", "Risk assessment"};
  static constexpr Roles roles = Roles::manager;

  RecordId client_id;
  std::vector<int> answers;              // chosen option per question of the questionnaire
  std::optional<bool> signed_in_person;  // must be stated either way
};

Result<Edit> decide(const RecordRiskAssessment& command, const CommandInput& in);
void read_args(CommandArgs& args, RecordRiskAssessment& command);

// The records an assessment of CLIENT from ANSWERS puts, dated today: the
// assessment and, when the answers show derivatives experience the client did
// not have on file, the client with it. Shared with CreateClient.
Result<std::vector<AnyRecord>> assessment_records(const CommandInput& in, const Client& client,
                                                  const std::vector<int>& answers, bool signed_in_person);

}  // namespace rm
