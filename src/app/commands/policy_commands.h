// The bank's rule set the book runs under (docs/domain.md, "Policies"): pick a
// preset (Bank A, B, C), copy one to make it the book's own, edit the copy,
// drop a copy no longer used. Each is one undoable edit of the book's
// settings, so the planner, compliance and the Clients screen follow at once
// and the choice travels with the book (a plan file, a sync).
#pragma once
#include <string>

#include "app/commands/command_support.h"
#include "core/policy/policy.h"

namespace rm {

struct SetActivePolicy {
  static constexpr std::string_view kind = "set_active_policy";
  static constexpr CommandLabel label{"选择规则方案", "Choose policy"};
  static constexpr Roles roles = Roles::anyone;

  std::string policy_id;  // a preset ("bank_b") or one of the book's own
};

// A preset or an own policy, copied under a new id ("own_1", "own_2" …) and
// made active: presets are never edited in place, so "Bank B" always means
// the document's rules.
struct CopyPolicy {
  static constexpr std::string_view kind = "copy_policy";
  static constexpr CommandLabel label{"复制规则方案", "Copy policy"};
  static constexpr Roles roles = Roles::anyone;

  std::string from_policy_id;
  std::string name_zh;  // empty: "<original>（副本）"
  std::string name_en;  // empty: "<original> (copy)"
};

// One of the book's own policies replaced by its edited version, checked as a
// whole (validate_policy): a refusal names the first problem and where it is.
struct SavePolicy {
  static constexpr std::string_view kind = "save_policy";
  static constexpr CommandLabel label{"修改规则方案", "Edit policy"};
  static constexpr Roles roles = Roles::anyone;

  Policy policy;  // its id names the own policy it replaces
};

// An own policy the book no longer runs under.
struct DeletePolicy {
  static constexpr std::string_view kind = "delete_policy";
  static constexpr CommandLabel label{"删除规则方案", "Delete policy"};
  static constexpr Roles roles = Roles::anyone;

  std::string policy_id;
};

// The id COPY_POLICY gives its next copy in BOOK.
std::string next_own_policy_id(const Book& book);

Result<Edit> decide(const SetActivePolicy& command, const CommandInput& in);
Result<Edit> decide(const CopyPolicy& command, const CommandInput& in);
Result<Edit> decide(const SavePolicy& command, const CommandInput& in);
Result<Edit> decide(const DeletePolicy& command, const CommandInput& in);
void read_args(CommandArgs& args, SetActivePolicy& command);
void read_args(CommandArgs& args, CopyPolicy& command);
void read_args(CommandArgs& args, SavePolicy& command);
void read_args(CommandArgs& args, DeletePolicy& command);

}  // namespace rm
