// The book's own holiday notices (docs/domain.md, "Working calendar"): a year's
// notice saved as the manager entered it, replacing the shipped one for that
// year, or dropped to go back to the shipped notice or the legal default. Each
// is one undoable edit of the book's settings, so the agenda, compliance and
// greeting send days follow at once and the notice travels with the book.
#pragma once
#include "app/commands/command_support.h"
#include "core/calendar/official_arrangements.h"

namespace rm {

struct SaveYearArrangement {
  static constexpr std::string_view kind = "save_year_arrangement";
  static constexpr CommandLabel label{"保存放假安排", "Save holiday notice"};
  static constexpr Roles roles = Roles::anyone;

  YearArrangement arrangement;  // checked as a whole (validate_arrangement)
};

struct DeleteYearArrangement {
  static constexpr std::string_view kind = "delete_year_arrangement";
  static constexpr CommandLabel label{"删除放假安排", "Delete holiday notice"};
  static constexpr Roles roles = Roles::anyone;

  int year = 0;
};

Result<Edit> decide(const SaveYearArrangement& command, const CommandInput& in);
Result<Edit> decide(const DeleteYearArrangement& command, const CommandInput& in);
void read_args(CommandArgs& args, SaveYearArrangement& command);
void read_args(CommandArgs& args, DeleteYearArrangement& command);

}  // namespace rm
