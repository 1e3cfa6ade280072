// The Today screen lists the week's birthdays soonest first
// (clients_by_birthday, core/planner/greeting_days.h), whatever order the
// book keeps its clients in; deleted clients and birthdays outside the week
// are left out.
#include <catch_amalgamated.hpp>

#include "core/planner/greeting_days.h"

using namespace rm;

TEST_CASE("the week's birthdays come soonest first, lunar ones on their solar day", "[greetings]") {
  const Date from = Date::from_ymd(2026, 12, 3), to = from.plus_days(7);
  std::vector<Client> clients(5);
  clients[0].name = "周六";
  clients[0].birthday = Date::from_ymd(1980, 12, 9);
  clients[1].name = "今天";
  clients[1].birthday = Date::from_ymd(1975, 12, 3);
  clients[2].name = "下月";
  clients[2].birthday = Date::from_ymd(1990, 1, 20);
  clients[3].name = "已删除";
  clients[3].birthday = Date::from_ymd(1970, 12, 4);
  clients[3].meta.deleted = true;
  clients[4].name = "周五";
  clients[4].birthday = Date::from_ymd(1988, 12, 5);
  std::vector<std::string> names;
  for (const Client& c : clients_by_birthday(clients, from, to)) names.push_back(c.name);
  CHECK(names == std::vector<std::string>{"今天", "周五", "周六"});
}
