#include "app/commands/task_commands.h"

#include "app/commands/command_args.h"
#include "app/commands/command_checks.h"

namespace rm {

namespace {
Problem no_such_task() {
  return refusal("no_such_task", "No such task in this book (it may have been deleted).",
                 "本数据中没有该待办（可能已被删除）。", "task_id");
}
}  // namespace

Result<Edit> decide(const CreateTask& command, const CommandInput& in) {
  RecordId manager_id = in.context.user_id.empty() ? in.book.settings.owner_manager_id : in.context.user_id;
  if (!command.client_id.empty()) {
    const Client* client = live_client(in, command.client_id);
    if (!client) return no_such_client();
    if (in.context.user_id.empty() && !client->manager_id.empty()) manager_id = client->manager_id;
  }
  if (auto p = refuse_blank(command.title, "title", "the task's title", "待办标题")) return *p;
  if (auto p = refuse_no_date(command.due, "due")) return *p;

  Task t;
  t.meta.id = in.new_id();
  t.title = command.title;
  t.kind = command.task_kind;
  t.client_id = command.client_id;
  t.manager_id = manager_id;
  t.due = command.due;
  t.urgent = command.urgent;
  t.important = command.important;
  t.notes = command.notes;
  return edit_of<CreateTask>({t});
}

Result<Edit> decide(const CompleteTask& command, const CommandInput& in) {
  const Task* task = live_record<Task>(in.book, command.task_id);
  if (!task) return no_such_task();
  if (task->done_on)
    return refusal("already_done", "This task is already done.", "该待办已完成。", "task_id");
  if (auto p = refuse_no_date(command.done_on, "done_on")) return *p;
  if (auto p = refuse_future(in, command.done_on, "done_on")) return *p;
  Task done = *task;
  done.done_on = command.done_on;
  return edit_of<CompleteTask>({done});
}

Result<Edit> decide(const ReopenTask& command, const CommandInput& in) {
  const Task* task = live_record<Task>(in.book, command.task_id);
  if (!task) return no_such_task();
  if (!task->done_on) return refusal("not_done", "This task is still open.", "该待办尚未完成。", "task_id");
  Task open = *task;
  open.done_on.reset();
  return edit_of<ReopenTask>({open});
}

void read_args(CommandArgs& a, CreateTask& c) {
  a.id("client_id", c.client_id, CommandArgs::optional);
  a.text("title", c.title, CommandArgs::required);
  a.code("kind", c.task_kind);
  a.date("due", c.due);
  a.flag("urgent", c.urgent);
  a.flag("important", c.important);
  a.text("notes", c.notes);
}

void read_args(CommandArgs& a, CompleteTask& c) {
  a.id("task_id", c.task_id);
  a.date("done_on", c.done_on);
}

void read_args(CommandArgs& a, ReopenTask& c) { a.id("task_id", c.task_id); }

}  // namespace rm
