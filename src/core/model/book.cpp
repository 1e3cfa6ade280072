#include "core/model/book.h"

#include <algorithm>

namespace rm {

int64_t record_count(const Book& book) {
  int64_t n = 0;
  for_each_record_vector(book, [&](const auto& v) { n += static_cast<int64_t>(v.size()); });
  return n;
}

void erase_demo_records(Book& book) {
  for_each_record_vector(book, [](auto& v) {
    v.erase(std::remove_if(v.begin(), v.end(), [](const auto& r) { return r.meta.demo; }), v.end());
  });
  if (book.settings.meta.demo) book.settings = Settings{};
}

namespace {
template <class Records, class Map>
void index_ids(const Records& records, Map& map) {
  map.reserve(records.size());
  for (uint32_t i = 0; i < records.size(); ++i) map.emplace(records[i].meta.id, i);
}

template <class Records, class Lists>
void group_by_client(const Records& records, const std::unordered_map<std::string_view, uint32_t>& clients,
                     size_t client_count, Lists& lists) {
  lists.assign(client_count, {});
  for (uint32_t i = 0; i < records.size(); ++i) {
    const auto it = clients.find(records[i].client_id);
    if (it != clients.end()) lists[it->second].push_back(i);
  }
}
}  // namespace

BookIndex::BookIndex(const Book& book) {
  index_ids(book.clients, clients_);
  index_ids(book.households, households_);
  index_ids(book.products, products_);
  index_ids(book.managers, managers_);
  index_ids(book.supervisors, supervisors_);
  index_ids(book.branches, branches_);
  index_ids(book.opportunities, opportunities_);
  const size_t n = book.clients.size();
  group_by_client(book.contacts, clients_, n, contacts_of_);
  group_by_client(book.holdings, clients_, n, holdings_of_);
  group_by_client(book.risk_assessments, clients_, n, assessments_of_);
  group_by_client(book.opportunities, clients_, n, opportunities_of_);
  group_by_client(book.tasks, clients_, n, tasks_of_);
}

}  // namespace rm
