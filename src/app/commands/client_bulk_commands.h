// Actions on many clients at once, from the Clients screen's selection (and
// the JS hook and the CLI): giving them to another manager and tagging them.
// Each is one undo step however many clients it changes.
#pragma once
#include <string>
#include <vector>

#include "app/commands/command_support.h"

namespace rm {

// Gives the clients to MANAGER_ID. Clients already hers are left as they
// are; an unknown or deleted client refuses the whole command, so a stale
// selection never half-applies.
struct AssignClients {
  static constexpr std::string_view kind = "assign_clients";
  static constexpr CommandLabel label{"批量分配客户经理", "Assign clients to a manager"};
  // Rebalancing books between managers is a supervisor's job as much as a
  // manager's handing over (docs/domain.md, "Roles").
  static constexpr Roles roles = Roles::anyone;

  std::vector<RecordId> client_ids;
  RecordId manager_id;
};

// Adds TAG to the clients; clients that already have it are left as they are.
struct TagClients {
  static constexpr std::string_view kind = "tag_clients";
  static constexpr CommandLabel label{"批量添加标签", "Tag clients"};
  static constexpr Roles roles = Roles::manager;
  // In characters (code points), not bytes: tags are mostly Chinese, and
  // a tag is a chip in the clients table, not a note.
  static constexpr size_t max_tag_length = 24;

  std::vector<RecordId> client_ids;
  std::string tag;  // trimmed of blanks (ASCII and the ideographic space) before it is checked
};

Result<Edit> decide(const AssignClients& command, const CommandInput& in);
Result<Edit> decide(const TagClients& command, const CommandInput& in);
void read_args(CommandArgs& args, AssignClients& command);
void read_args(CommandArgs& args, TagClients& command);

// TEXT without leading and trailing blanks, as TagClients stores it.
std::string trim_tag(std::string_view text);

}  // namespace rm
