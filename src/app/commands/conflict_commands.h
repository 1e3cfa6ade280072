// Settling a conflict a merge kept (docs/data-format.md, "Merge"): two edits
// of one field that neither side had seen. The field holds the provisional
// winner and the record keeps the other value until the user keeps the
// current one, takes the other, or types a third.
#pragma once
#include <string>

#include "app/commands/command_support.h"

namespace rm {

enum class ConflictChoice { keep, take, edit };
template <>
struct EnumCodes<ConflictChoice> {
  static constexpr auto codes = std::to_array<std::string_view>({"keep", "take", "edit"});
};

struct ResolveConflict {
  static constexpr std::string_view kind = "resolve_conflict";
  static constexpr CommandLabel label{"解决冲突", "Resolve conflict"};
  static constexpr Roles roles = Roles::anyone;

  std::string record_kind;  // the bundle key: "clients", "communication_reports"…
  RecordId id;
  std::string field;  // the field's bundle key
  ConflictChoice choice = ConflictChoice::keep;
  std::string other_stamp;  // take: which kept value (its stamp); empty: the latest
  std::string value;        // edit: the new value as bundle JSON
};

Result<Edit> decide(const ResolveConflict& command, const CommandInput& in);
void read_args(CommandArgs& args, ResolveConflict& command);

}  // namespace rm
