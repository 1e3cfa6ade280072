// Going back to a restore point (docs/storage.md, "Restore points") as a
// command: the restore is an ordinary stamped, journalled, undoable edit
// (app/restore.h decides which records differ).
#pragma once
#include <memory>

#include "app/commands/command_support.h"

namespace rm {

struct RestoreSnapshot {
  static constexpr std::string_view kind = "restore_snapshot";
  static constexpr CommandLabel label{"恢复到还原点", "Restore a snapshot"};
  static constexpr Roles roles = Roles::manager;

  std::shared_ptr<const Book> snapshot;  // the restore point, as the storage layer opened it
};

Result<Edit> decide(const RestoreSnapshot& command, const CommandInput& in);
// Restore points are chosen in Settings (the storage layer opens them); a
// JSON form would have to carry a whole book, so there is none.
void read_args(CommandArgs& args, RestoreSnapshot& command);

}  // namespace rm
