// The name of a manager or a supervisor by id, as the screens show who did
// what (a reviewer, a comment's author, a client's manager).
#pragma once
#include <string>

#include "core/model/book.h"

namespace rm {

// Empty when ID names no one in BOOK (an empty id, a person since removed).
inline std::string person_name(const Book& book, const BookIndex& index, const RecordId& id) {
  if (id.empty()) return {};
  if (const uint32_t m = index.manager(id); m != BookIndex::npos) return book.managers[m].name;
  if (const uint32_t s = index.supervisor(id); s != BookIndex::npos) return book.supervisors[s].name;
  return {};
}

}  // namespace rm
