// The Client 360° view (客户视图): the one-page profile (客户信息一纸通) and
// every record about one client, in seven sections. Forms edit a COPY of a
// record held here; Save (Ctrl+S) dispatches one command; Esc or
// "Discard" drops the copy; leaving a section or the client with unsaved
// edits asks first. Section code: client_view_*.cpp.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/workspace.h"
#include "ui/screens/new_client_wizard.h"
#include "ui/text.h"
#include "ui/ui_context.h"
#include "ui/widgets/date_input.h"

namespace rm::ui {

enum class ClientSection { profile, finances, holdings, risk, timeline, records, plan };

using FormErrors = std::map<std::string, Text>;  // automation id → message

struct ProfileForm {
  RecordId client_id;  // whose record the copy is
  uint64_t revision = 0;  // the workspace revision it was taken at
  bool dirty = false;
  Client draft;
  std::string annual_income, spouse_income, average_daily_assets, assets_elsewhere, children;
  DateInputState birthday, account_opened;
  std::string interests, tags;
  std::vector<DateInputState> important_dates;  // parallel to draft.important_dates
  std::vector<DateInputState> liquidity_dates;  // parallel to draft.liquidity_needs
  std::vector<std::string> liquidity_amounts;   // parallel to draft.liquidity_needs
  std::string override_tier;  // "" = computed tier
  std::string override_reason;
  FormErrors errors;
};

struct MemberRow {
  HouseholdMember member;
  std::string income, age;
  DateInputState birthday;
};

struct FinanceForm {
  RecordId client_id;
  uint64_t revision = 0;
  bool dirty = false;
  bool exists = false;  // the client has a household record
  Household draft;
  std::vector<MemberRow> members;
  std::array<std::string, 11> balance;  // BalanceSheet fields, yuan as typed
  std::array<std::string, 6> income;    // IncomeStatement fields
  DateInputState as_of;
  FormErrors errors;
};

struct RiskForm {
  RecordId client_id;  // whose questionnaire is being taken
  bool taking = false;
  std::vector<int> answers;
  bool signed_in_person = false;  // ticked by the manager: never assumed
  std::string product_search;
  RecordId product_id;  // product picked for the suitability check
  FormErrors errors;
  std::optional<Problem> refusal;  // why the last submit was refused
};

struct RecordForms {
  RecordId client_id;  // whose records the typed text is for
  // contact
  std::optional<Channel> contact_channel;  // chosen each time, never assumed
  std::optional<ContactClass> contact_kind;  // call, message or meeting: fits the channel (kind_choice)
  DateInputState contact_date;
  bool contact_proactive = true;
  ContactOutcome contact_outcome = ContactOutcome::reached;
  std::string contact_notes, contact_next;
  // opportunity
  std::string opp_title, opp_amount;
  RecordId opp_product;  // the catalogue product the opportunity sells, if any
  SalesStep opp_step = SalesStep::needs;
  // task
  std::string task_title;
  DateInputState task_due;
  TaskKind task_kind = TaskKind::follow_up;
  bool task_urgent = false, task_important = false;
  // complaint
  std::string complaint_summary, complaint_facts;
  DateInputState complaint_received;
  // communication report
  std::string report_points, report_needs, report_actions;
  FormErrors errors;
};

// The Plan tab's editor (client_view_plan.cpp): a copy of the latest
// version's goals and texts as typed; Save dispatches save_financial_plan.
struct PlanGoalRow {
  GoalKind kind = GoalKind::wealth_growth;
  std::string name, amount, year, priority;  // as typed
};

struct PlanForm {
  RecordId client_id;
  RecordId plan_id;  // the latest version when loaded; empty: none yet
  uint64_t revision = 0;
  bool dirty = false;
  std::vector<PlanGoalRow> goals;
  std::string financial_position, protection, recommendations;
  DateInputState review_date;
  FormErrors errors;
  std::optional<Problem> refusal;
};

struct ClientViewState {
  RecordId client_id;          // the client on screen
  bool start_new_client = false;  // set by Ctrl+N: open the new-client wizard
  ClientSection section = ClientSection::profile;
  // A leave that waits for "keep editing / discard".
  bool leave_prompt = false;
  std::optional<ClientSection> pending_section;
  bool pending_back = false;  // leave to the client list
  std::string flash;          // one-line message after save
  bool flash_error = false;
  ProfileForm profile;
  FinanceForm finance;
  RiskForm risk;
  RecordForms records;
  PlanForm plan;
  NewClientWizardState wizard;
  std::optional<AnyRecord> pending_delete;  // awaiting confirmation
  std::string pending_delete_label;
};

// True while a form of the view holds edits not yet saved: the profile, the
// household, or text typed into a contact, opportunity, task, complaint or
// communication report not yet added. One rule for every form (docs/ui-style.md
// "Destructive actions", discarding typed text): leaving the section, the
// client or the screen asks "keep editing / discard" first. The drafts survive
// leaving the screen.
bool client_view_has_unsaved(const ClientViewState& state);

void draw_client_view(UiContext& ctx);

}  // namespace rm::ui
