#include "core/model/book.h"

#include <algorithm>

namespace rm {

int64_t record_count(const Book& book) {
  int64_t n = 0;
  for_each_record_vector(book, [&](const auto& v) { n += static_cast<int64_t>(v.size()); });
  return n;
}

void erase_demo_records(Book& book) {
  // What is not about a client stays, as the manager's own: the staff and
  // branches (she is the owner manager; assignment names managers), the
  // product catalogue (suitability and holdings need it) and the settings
  // (policy, owner, cross-sell matrix). A new book starts with the same.
  const auto keep = [](auto& records) {
    for (auto& r : records) r.meta.demo = false;
  };
  keep(book.branches);
  keep(book.managers);
  keep(book.supervisors);
  keep(book.products);
  book.settings.meta.demo = false;
  for_each_record_vector(book, [](auto& v) {
    v.erase(std::remove_if(v.begin(), v.end(), [](const auto& r) { return r.meta.demo; }), v.end());
  });
}

namespace {
// Both index the records from position FROM on, so an index can be
// extended with records appended after it was built.
template <class Records, class Map>
void index_ids(const Records& records, Map& map, size_t from = 0) {
  map.reserve(records.size());
  for (auto i = static_cast<uint32_t>(from); i < records.size(); ++i) map.emplace(records[i].meta.id, i);
}

template <class Records, class Lists>
void group_by_client(const Records& records, const BookIndex::Map& clients,
                     size_t client_count, Lists& lists, size_t from = 0) {
  lists.resize(client_count);
  for (auto i = static_cast<uint32_t>(from); i < records.size(); ++i) {
    const auto it = clients.find(records[i].client_id);
    if (it != clients.end()) lists[it->second].push_back(i);
  }
}
}  // namespace

BookIndex::BookIndex(const Book& book) { extend(book); }

void BookIndex::extend(const Book& book) {
  index_ids(book.clients, clients_, known_.clients);
  index_ids(book.households, households_, known_.households);
  index_ids(book.products, products_, known_.products);
  index_ids(book.managers, managers_, known_.managers);
  index_ids(book.supervisors, supervisors_, known_.supervisors);
  index_ids(book.branches, branches_, known_.branches);
  index_ids(book.opportunities, opportunities_, known_.opportunities);
  const size_t n = book.clients.size();
  // A client added now can only be named by records added now, so the
  // records already grouped stay where they are.
  group_by_client(book.contacts, clients_, n, contacts_of_, known_.contacts);
  group_by_client(book.holdings, clients_, n, holdings_of_, known_.holdings);
  group_by_client(book.risk_assessments, clients_, n, assessments_of_, known_.assessments);
  group_by_client(book.opportunities, clients_, n, opportunities_of_, known_.opportunities);
  group_by_client(book.tasks, clients_, n, tasks_of_, known_.tasks);
  known_ = {book.clients.size(),  book.households.size(), book.products.size(),      book.managers.size(),
            book.supervisors.size(), book.branches.size(),  book.opportunities.size(), book.contacts.size(),
            book.holdings.size(), book.risk_assessments.size(), book.tasks.size()};
}

}  // namespace rm
