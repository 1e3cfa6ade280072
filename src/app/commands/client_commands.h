// Creating a client and saving the 360° profile (客户信息一纸通): the new-client
// wizard, the 360° view, the JS hook (rmplanner.data.editClient) and the CLI
// all issue these, so what a new client means and which profiles may be saved
// is decided here once (docs/domain.md §1, §3; docs/commands.md).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/commands/command_support.h"
#include "core/finance/financial_goal.h"

namespace rm {

// A goal the client named while the needs were established (docs/domain.md §3):
// it becomes a goal of her draft financial plan (§4), not an opportunity.
struct NewClientGoal {
  GoalKind kind = GoalKind::emergency_reserve;
  std::string label;  // empty: the goal's own name
  Fen amount = 0;
  std::optional<int> year;  // target year
};

struct CreateClient {
  static constexpr std::string_view kind = "create_client";
  static constexpr CommandLabel label{"新建客户", "Create client"};
  static constexpr Roles roles = Roles::manager;

  Client client;  // the profile: an empty id gets a new one; no manager: the
                  // user's; the household is the command's to make
  std::vector<HouseholdMember> members;
  BalanceSheet balance_sheet;
  IncomeStatement income_statement;
  std::vector<NewClientGoal> goals;
  std::vector<int> risk_answers;  // empty: not assessed yet
  bool risk_signed_in_person = false;
};

// Saves the profile and/or the household of one client. The UI sends the
// edited records whole; the JSON form sends "changes" (bundle keys of the
// client record, docs/data-format.md), laid over the record as it is now.
struct UpdateClientProfile {
  static constexpr std::string_view kind = "update_client_profile";
  static constexpr CommandLabel label{"修改客户资料", "Edit client profile"};
  static constexpr Roles roles = Roles::manager;

  RecordId client_id;
  std::optional<Client> client;        // the edited profile
  std::optional<Household> household;  // the edited household (made if the client has none)
  nlohmann::json changes;              // JSON form: {"name": …, "phone": …}
};

Result<Edit> decide(const CreateClient& command, const CommandInput& in);
void read_args(CommandArgs& args, CreateClient& command);
Result<Edit> decide(const UpdateClientProfile& command, const CommandInput& in);
void read_args(CommandArgs& args, UpdateClientProfile& command);

// The checks a phone number and an e-mail address pass (also used by the
// forms, to flag a field as it is typed).
bool phone_looks_valid(const std::string& value);
bool email_looks_valid(const std::string& value);

}  // namespace rm
