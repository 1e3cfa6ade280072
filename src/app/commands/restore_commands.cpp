#include "app/commands/restore_commands.h"

#include "app/commands/command_args.h"
#include "app/restore.h"

namespace rm {

Result<Edit> decide(const RestoreSnapshot& command, const CommandInput& in) {
  if (!command.snapshot)
    return refusal("no_snapshot", "No restore point was given.", "未指定还原点。", "snapshot");
  Edit edit = restore_edit(in.book, *command.snapshot, RestoreSnapshot::label.text());
  edit.command = RestoreSnapshot::kind;
  return edit;
}

void read_args(CommandArgs& args, RestoreSnapshot&) {
  args.fail(refusal("not_from_json",
                    "A restore point is chosen in Settings → Restore points; it cannot be given as JSON.",
                    "还原点需在“设置 → 还原点”中选择，不能以 JSON 指定。", "command"));
}

}  // namespace rm
