// The subcommands of `rmplanner`. Each takes the arguments after the program
// name (argv[0] is the command's own name) and returns the exit status:
// 0 success, 1 the work failed (bad file, invalid data), 2 wrong usage.
// To add a command: declare it here, write cmd_<name>.cpp, add a line to the
// table in main.cpp.
#pragma once

namespace rm::cli {

int cmd_demo(int argc, char** argv);
int cmd_validate(int argc, char** argv);
int cmd_stats(int argc, char** argv);
int cmd_agenda(int argc, char** argv);
int cmd_compliance(int argc, char** argv);
int cmd_workload(int argc, char** argv);
int cmd_holidays(int argc, char** argv);
int cmd_apply(int argc, char** argv);
int cmd_backup(int argc, char** argv);
int cmd_keygen(int argc, char** argv);
int cmd_merge(int argc, char** argv);
int cmd_branch_report(int argc, char** argv);
int cmd_sync(int argc, char** argv);
int cmd_plan(int argc, char** argv);
int cmd_report(int argc, char** argv);

struct Command {
  const char* name;
  const char* summary;
  int (*run)(int argc, char** argv);
};

}  // namespace rm::cli
