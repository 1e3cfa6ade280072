// The file a supervisor hands back to one manager after the review
// (docs/data-format.md, "Review"): a subset of the supervisor's book that the
// manager imports — merged field by field, so her own edits made meanwhile
// stay. Plain C++, no I/O: the caller saves the Book as a bundle.
#pragma once
#include "core/model/book.h"

namespace rm {

// What goes back to MANAGER from BOOK (the supervisor's merged book):
//  - her communication reports, financial plans and work log entries, with
//    their review fields, and every review comment on them;
//  - her weekly targets;
//  - the clients reassigned to or away from her, with the reassignments;
//    for a client reassigned TO her, the records hanging off it: household,
//    contacts, holdings (and their products), tasks, opportunities, reports,
//    plans, risk assessments;
//  - the staff and branches, so every manager or supervisor these records
//    name is in her book after the import.
// Scope `plan` (references may point outside it); no settings, so the
// manager's own settings are untouched. Tombstones go too, so a deletion
// reaches her.
Book review_file_for(const Book& book, const RecordId& manager_id);

}  // namespace rm
