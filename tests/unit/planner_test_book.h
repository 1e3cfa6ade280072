// Small hand-made books for the planner tests.
#pragma once
#include <string>

#include "core/model/book.h"
#include "core/money.h"
#include "test_ids.h"

namespace planner_test {

using rm::test::tid;

inline rm::Date ymd(int y, int m, int d) { return rm::Date::from_ymd(y, m, d); }

inline rm::Client& add_client(rm::Book& book, const std::string& id, rm::Fen assets, const std::string& region = "东城") {
  rm::Client c;
  c.meta.id = tid(id);
  c.name = id;
  c.average_daily_assets = assets;
  c.manager_id = tid("m1");
  c.region = region;
  book.clients.push_back(c);
  return book.clients.back();
}

inline void add_contact(rm::Book& book, const std::string& client, rm::Date date, rm::Channel channel, bool proactive,
                        bool meeting) {
  rm::Contact k;
  k.meta.id = tid(client + "-" + date.iso() + "-" + std::to_string(book.contacts.size()));
  k.client_id = tid(client);
  k.manager_id = tid("m1");
  k.date = date;
  k.channel = channel;
  k.proactive = proactive;
  k.meeting = meeting;
  book.contacts.push_back(k);
}

inline rm::Book empty_book() {
  rm::Book book;
  book.settings.owner_manager_id = tid("m1");
  return book;
}

}  // namespace planner_test
