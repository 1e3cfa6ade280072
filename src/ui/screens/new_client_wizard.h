// The new-client wizard: the "establish needs" checklist of the six steps
// (docs/domain.md §3) in six pages — basic profile (Chinese name, solar or lunar
// birthday) → contact preferences → household & finances → goals and needs →
// risk assessment (optional) → review & create. Nothing is written until
// "Create", which dispatches one CreateClient (app/commands/client_commands.h):
// the command decides what the new client's records are.
#pragma once
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/finance/financial_goal.h"
#include "core/model/client.h"
#include "ui/text.h"
#include "ui/ui_context.h"
#include "ui/widgets/date_input.h"

namespace rm::ui {

struct WizardGoal {
  GoalKind kind = GoalKind::emergency_reserve;
  std::string label;
  std::string amount;  // yuan, as typed
  std::string year;
};

struct NewClientWizardState {
  bool active = false;
  int step = 0;  // 0..5
  bool touched = false;  // anything entered: cancelling asks first
  bool confirm_cancel = false;
  Client draft;
  DateInputState birthday;
  std::string average_daily_assets;
  std::string mobile, wechat, email;
  bool has_preferred_channel = false;
  std::string spouse_name, spouse_income, annual_income, children;
  std::array<std::string, 11> balance;  // the 360° view's balance-sheet rows (cv::kBalance), yuan as typed
  std::array<std::string, 6> income;    // its income-statement rows (cv::kIncome)
  std::vector<WizardGoal> goals;
  bool taking_risk = false;
  std::vector<int> risk_answers;
  bool risk_signed = false;
  std::optional<Problem> risk_problem;  // which question is left unanswered
  std::map<std::string, Text> errors;  // automation id → message
  std::optional<Problem> refusal;      // why "Create" was refused
};

// Resets the wizard to its first page.
void start_new_client_wizard(NewClientWizardState& w);
void draw_new_client_wizard(UiContext& ctx);

}  // namespace rm::ui
