// An Edit is what a command decided: the records as they should be afterwards.
// Only the Workspace applies one (stamps, undo, journal); everything else —
// the UI, the JS hook, the CLI, imports — issues a Command (app/commands/),
// whose decision becomes an Edit.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "app/record_kinds.h"

namespace rm {

struct Edit {
  std::string label;            // what the undo menu shows ("记录联络 Record contact")
  std::vector<AnyRecord> puts;  // full new values of new or changed records
  std::string command = {};     // the command's kind ("record_contact"), kept with the undo step
  // The book's settings as they should be afterwards (the active policy, the
  // book's own policies …): one record, stamped field by field like the others.
  std::optional<Settings> settings = {};
};

}  // namespace rm
