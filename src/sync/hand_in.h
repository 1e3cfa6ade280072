// The file a manager hands her supervisor every week (docs/data-format.md,
// "Weekly hand-in"; docs/domain.md §3: the pipeline table on Friday,
// communication reports and work logs, plans due for review): a subset of
// her book the supervisor imports and merges field by field with the other
// managers' files. The mirror of the review file (sync/review_file.h).
// Plain C++, no I/O: the caller saves the Book as a bundle.
#pragma once
#include "core/civil_date.h"
#include "core/model/book.h"

namespace rm {

// Monday to Sunday of AS_OF's ISO week.
struct HandInWeek {
  Date monday, sunday;
};
HandInWeek hand_in_week(Date as_of);

// What BOOK hands in for AS_OF's week:
//  - the pipeline table: every opportunity (open, won and lost);
//  - communication reports dated in the week or waiting for review
//    (submitted, reviewed), and financial plans waiting for review, with
//    every review comment on them;
//  - the week's work log entries;
//  - what the supervisor needs to judge contact-rule compliance and
//    follow-ups: the clients, the year's contacts (1 January to AS_OF), the
//    tasks not done and those done in the week;
//  - the weekly targets, the staff and branches, and the products the
//    opportunities name.
// Scope `plan`; no settings, so the supervisor's own stay. Tombstones of the
// kinds it carries go too, so a deletion reaches her.
Book weekly_hand_in(const Book& book, Date as_of);

}  // namespace rm
