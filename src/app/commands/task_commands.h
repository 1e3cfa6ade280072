// Tasks (待办): creating one, ticking it off, and taking the tick back. Today's
// task list and the 360° view's both issue these.
#pragma once
#include <optional>
#include <string>

#include "app/commands/command_support.h"

namespace rm {

struct CreateTask {
  static constexpr std::string_view kind = "create_task";
  static constexpr CommandLabel label{"新建待办", "Create task"};
  static constexpr Roles roles = Roles::manager;

  RecordId client_id;  // empty: a task not about one client
  std::string title;
  TaskKind task_kind = TaskKind::follow_up;  // "kind" in the JSON form
  Date due;
  bool urgent = false;
  bool important = false;
  std::string notes;
};

struct CompleteTask {
  static constexpr std::string_view kind = "complete_task";
  static constexpr CommandLabel label{"完成待办", "Complete task"};
  static constexpr Roles roles = Roles::manager;

  RecordId task_id;
  Date done_on;  // when it was done: today or earlier
};

// Takes back a tick set by mistake: the task is open again.
struct ReopenTask {
  static constexpr std::string_view kind = "reopen_task";
  static constexpr CommandLabel label{"重开待办", "Reopen task"};
  static constexpr Roles roles = Roles::manager;

  RecordId task_id;
};

Result<Edit> decide(const CreateTask& command, const CommandInput& in);
Result<Edit> decide(const CompleteTask& command, const CommandInput& in);
Result<Edit> decide(const ReopenTask& command, const CommandInput& in);
void read_args(CommandArgs& args, CreateTask& command);
void read_args(CommandArgs& args, CompleteTask& command);
void read_args(CommandArgs& args, ReopenTask& command);

}  // namespace rm
