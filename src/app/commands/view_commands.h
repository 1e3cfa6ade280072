// Saved views of the Clients screen (ClientView records). A view's filter
// may carry search text — a phone number, a name, an ID number — so views
// are records of the encrypted book, journaled and undoable like any other,
// never browser preferences (docs/storage.md). Deleting one is
// DeleteRecord{client_view}.
#pragma once
#include <string>

#include "app/commands/command_support.h"

namespace rm {

// Saves the Clients screen's filter under NAME; saving again under a name
// already used replaces that view's filter.
struct SaveClientView {
  static constexpr std::string_view kind = "save_client_view";
  static constexpr CommandLabel label{"保存视图", "Save view"};
  static constexpr Roles roles = Roles::anyone;

  std::string name;
  std::string filter;  // the filter as JSON text (filter_to_json)
};

Result<Edit> decide(const SaveClientView& command, const CommandInput& in);
void read_args(CommandArgs& args, SaveClientView& command);

}  // namespace rm
