// Whose desk a record lands on: its own manager, else its client's (a report
// or task written before the manager field was filled in still lands on
// someone's desk). The branch dashboard and the reports of core/reports both
// credit records this way.
#pragma once
#include "core/model/book.h"

namespace rm {

template <class R>
RecordId owner_of(const Book& book, const BookIndex& index, const R& r) {
  if (!r.manager_id.empty()) return r.manager_id;
  if (r.client_id.empty()) return {};
  const uint32_t c = index.client(r.client_id);
  return c == BookIndex::npos ? RecordId{} : book.clients[c].manager_id;
}

// Whether R belongs to MANAGER; an empty MANAGER means the whole book.
template <class R>
bool belongs_to(const Book& book, const BookIndex& index, const R& r, const RecordId& manager) {
  return manager.empty() || owner_of(book, index, r) == manager;
}

}  // namespace rm
