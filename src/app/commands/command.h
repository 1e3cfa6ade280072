// Commands as data: each user action is a small struct named for what the
// user did, decided against the book into an Edit (or refused with a
// Problem) in one place. The UI, the JS hook (rmplanner.data.dispatch), the
// CLI (rmplanner apply) and imports all issue these; docs/commands.md lists
// each command, its JSON form and who may issue it.
//
// To add a command: declare its struct (kind, label, roles, fields) and its
// decide() in a family header here, add it to the variant below, and give it
// a read_args() in command_json.cpp's family file for the JSON form.
#pragma once
#include <string_view>
#include <variant>

#include "app/commands/calendar_commands.h"
#include "app/commands/client_bulk_commands.h"
#include "app/commands/client_commands.h"
#include "app/commands/command_support.h"
#include "app/commands/complaint_commands.h"
#include "app/commands/conflict_commands.h"
#include "app/commands/contact_commands.h"
#include "app/commands/event_commands.h"
#include "app/commands/holding_commands.h"
#include "app/commands/opportunity_commands.h"
#include "app/commands/plan_commands.h"
#include "app/commands/policy_commands.h"
#include "app/commands/record_commands.h"
#include "app/commands/report_commands.h"
#include "app/commands/review_commands.h"
#include "app/commands/restore_commands.h"
#include "app/commands/risk_commands.h"
#include "app/commands/settings_commands.h"
#include "app/commands/supervisor_commands.h"
#include "app/commands/task_commands.h"
#include "app/commands/view_commands.h"

namespace rm {

using Command = std::variant<RecordContact, AssignClients, TagClients, CreateTask, CompleteTask, ReopenTask,
                             CreateOpportunity, UpdateOpportunity, MoveOpportunity, CloseOpportunity, AddComplaint, AdvanceComplaint,
                             WriteCommunicationReport, SaveWorkLog, CreateClient, UpdateClientProfile,
                             RecordRiskAssessment, AddHolding, DeleteRecord, RestoreSnapshot, SaveClientView,
                             UpdateOwnProfile, SaveProduct, ResolveConflict, SaveFinancialPlan, SubmitForReview,
                             CommentOnReview, Approve, ReturnForChanges, ReassignClients, SetWeeklyTargets,
                             SetOwnRole, RecordGreetings, SetActivePolicy, CopyPolicy, SavePolicy, DeletePolicy,
                             SaveYearArrangement, DeleteYearArrangement, MoveGoalOpportunitiesToPlans, PlanClientEvent,
                             InviteClients, RecordInvitationReply, RecordAttendance, RecordEventFollowUp,
                             SaveProfitRates>;

// Checks the role, then asks the command's own rules. Changes nothing.
Result<Edit> decide(const Command& command, const CommandInput& in);

std::string_view command_kind(const Command& command);

// Who issues COMMAND when the book's own user does (the screens, the JS
// hook): the owner manager; for a command only a supervisor may issue, the
// supervisor record linked to her (set_own_role), or no one — the command
// then says she is not a supervisor of this book.
CommandContext own_context(const Book& book, const Command& command, Date today);

}  // namespace rm
