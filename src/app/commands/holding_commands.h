// Adding a product a client holds at this bank (持有产品). Holdings mostly
// arrive from the bank's systems; this is the one way they are added by hand
// (the JS hook, the CLI), with the same checks.
#pragma once
#include <optional>

#include "app/commands/command_support.h"

namespace rm {

struct AddHolding {
  static constexpr std::string_view kind = "add_holding";
  static constexpr CommandLabel label{"添加持有产品", "Add holding"};
  static constexpr Roles roles = Roles::manager;

  RecordId client_id;
  RecordId product_id;
  Fen amount = 0;  // ≥ 0
  Date start;      // today or earlier
  std::optional<Date> maturity;  // none: open-ended
  int expected_return_bp = 0;
};

Result<Edit> decide(const AddHolding& command, const CommandInput& in);
void read_args(CommandArgs& args, AddHolding& command);

}  // namespace rm
