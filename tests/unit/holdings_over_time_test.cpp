// A client's holdings month by month (core/finance/holdings_over_time.h).
#include <catch_amalgamated.hpp>

#include "core/finance/holdings_over_time.h"

using namespace rm;

namespace {
Holding held(Fen amount, Date start, std::optional<Date> maturity) {
  Holding h;
  h.amount = amount;
  h.start = start;
  h.maturity = maturity;
  return h;
}
}  // namespace

TEST_CASE("holdings by month: counted from their start until they mature") {
  const Holding deposit = held(100'000'00, Date::from_ymd(2026, 2, 10), Date::from_ymd(2026, 4, 10));
  const Holding fund = held(50'000'00, Date::from_ymd(2026, 3, 31), std::nullopt);
  Holding gone = held(7'00, Date::from_ymd(2026, 1, 1), std::nullopt);
  gone.meta.deleted = true;
  const auto months = holdings_by_month({&deposit, &fund, &gone}, Date::from_ymd(2026, 1, 15), 5);
  REQUIRE(months.size() == 5);
  CHECK(months[0].month_end == Date::from_ymd(2026, 1, 31));
  CHECK(months[0].held == 0);                      // nothing yet (the deleted one never counts)
  CHECK(months[1].month_end == Date::from_ymd(2026, 2, 28));
  CHECK(months[1].held == 100'000'00);             // the deposit
  CHECK(months[2].held == 150'000'00);             // and the fund from its last day of March
  CHECK(months[3].held == 50'000'00);              // the deposit matured on 10 April
  CHECK(months[4].month_end == Date::from_ymd(2026, 5, 31));
  CHECK(months[4].held == 50'000'00);              // open-ended: stays
}

TEST_CASE("holdings by month: no months asked, none given; totals saturate") {
  CHECK(holdings_by_month({}, Date::from_ymd(2026, 1, 1), 0).empty());
  const Holding big = held(kMoneyCeiling, Date::from_ymd(2020, 1, 1), std::nullopt);
  const auto months = holdings_by_month({&big, &big}, Date::from_ymd(2026, 1, 1), 1);
  CHECK(months[0].held == kMoneyCeiling);
}
