// What the files cut out of a book for someone else share — the supervisor's
// review file (sync/review_file.h) and the manager's weekly hand-in
// (sync/hand_in.h): a plan-scope book with the staff, and records picked by
// kind (docs/data-format.md, "Review" and "Weekly hand-in").
#pragma once
#include <vector>

#include "core/model/book.h"

namespace rm::book_subset {

// An empty book of scope `plan` with BOOK's export header, staff and
// branches, so every manager or supervisor its records name is in the
// receiver's book after the import. No settings: the receiver's stay.
inline Book with_staff(const Book& book) {
  Book out;
  out.export_info = book.export_info;
  out.export_info.scope = BundleScope::plan;
  out.branches = book.branches;
  out.managers = book.managers;
  out.supervisors = book.supervisors;
  return out;
}

// Appends the records of FROM that KEEP picks to TO.
template <class T, class Keep>
void keep_if(const std::vector<T>& from, std::vector<T>& to, Keep&& keep) {
  for (const T& r : from)
    if (keep(r)) to.push_back(r);
}

}  // namespace rm::book_subset
