// The review of communication reports and financial plans between a manager
// and her supervisor (docs/domain.md, "Roles"; docs/data-format.md
// "Review"). The manager hands a report or plan in (saving a plan is
// plan_commands.h); the supervisor comments, approves or returns it. A status only moves forward:
// draft → submitted → reviewed → approved / returned, and handing in again
// after a return (or after a change to an approved item) starts a new round.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/commands/command_support.h"

namespace rm {

// Hands a report or plan in: a draft, a returned one (a new round), or an
// approved one changed since its approval (a new round).
struct SubmitForReview {
  static constexpr std::string_view kind = "submit_for_review";
  static constexpr CommandLabel label{"提交审阅", "Submit for review"};
  static constexpr Roles roles = Roles::manager;
  RecordId id;  // a communication report or a financial plan
};

// A supervisor's comment on a report, plan or work log. Each comment is its
// own record, so comments from both sides all survive a merge. A submitted
// report or plan becomes `reviewed`.
struct CommentOnReview {
  static constexpr std::string_view kind = "comment_on_review";
  static constexpr CommandLabel label{"审阅批注", "Comment on review"};
  static constexpr Roles roles = Roles::supervisor;
  RecordId id;  // a communication report, financial plan or work log entry
  std::string text;
};

struct Approve {
  static constexpr std::string_view kind = "approve";
  static constexpr CommandLabel label{"审阅通过", "Approve"};
  static constexpr Roles roles = Roles::supervisor;
  RecordId id;
  std::string comment;  // optional
};

struct ReturnForChanges {
  static constexpr std::string_view kind = "return_for_changes";
  static constexpr CommandLabel label{"退回修改", "Return for changes"};
  static constexpr Roles roles = Roles::supervisor;
  RecordId id;
  std::string reason;  // required: the manager must know what to change
};

Result<Edit> decide(const SubmitForReview& command, const CommandInput& in);
Result<Edit> decide(const CommentOnReview& command, const CommandInput& in);
Result<Edit> decide(const Approve& command, const CommandInput& in);
Result<Edit> decide(const ReturnForChanges& command, const CommandInput& in);
void read_args(CommandArgs& args, SubmitForReview& command);
void read_args(CommandArgs& args, CommentOnReview& command);
void read_args(CommandArgs& args, Approve& command);
void read_args(CommandArgs& args, ReturnForChanges& command);

}  // namespace rm
