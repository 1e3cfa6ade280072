// Going back to a restore point (an older snapshot) without losing anything:
// the restore is an ordinary Edit, so the Workspace stamps it as the latest
// change (a later merge with the supervisor's copy keeps the restored values),
// journals it like any other edit, and one Undo brings today's book back.
#pragma once
#include <string>

#include "app/workspace.h"
#include "core/model/book.h"

namespace rm {

// The edit that turns CURRENT into RESTORED record by record: records that
// differ get the restored version, records made after the restore point are
// deleted (tombstoned, so the deletion travels in merges), identical records
// are left out. Settings are not restored: they are the device's choices.
Edit restore_edit(const Book& current, const Book& restored, std::string label);

}  // namespace rm
