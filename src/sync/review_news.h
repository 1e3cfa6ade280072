// What a merge brought back of one manager's review (docs/data-format.md,
// "Review"): the news a review file carries, shown as badges until she has
// looked (the Reports screen, each affected client). Plain C++, no I/O.
#pragma once
#include <vector>

#include "core/model/book.h"

namespace rm {

struct ReviewNews {
  // Her communication reports and financial plans whose review moved on —
  // reviewed, approved or returned, a new round or a new reason — or that
  // received a comment from someone else.
  std::vector<RecordId> items;
  // The clients those items are about, and the clients reassigned to or away
  // from her.
  std::vector<RecordId> clients;
  bool empty() const { return items.empty() && clients.empty(); }
};

// The news in AFTER (BEFORE merged with a file) for MANAGER. Ids are sorted
// and unique.
ReviewNews review_news(const Book& before, const Book& after, const RecordId& manager);

}  // namespace rm
