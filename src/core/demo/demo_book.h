// A realistic, deterministic demo book: one manager at one outlet with N
// clients, split as docs/domain.md §1 says (80 % under 1,000,000 CNY of average
// daily assets), with households, holdings maturing over the coming year,
// a year of contact history, open opportunities, tasks, events, complaints
// and risk assessments. Every record is marked demo. The same seed and date
// give the same book — and the same bundle bytes — on every platform.
#pragma once
#include <cstdint>

#include "core/civil_date.h"
#include "core/model/book.h"

namespace rm {

struct DemoOptions {
  int clients = 400;
  uint64_t seed = 1;
  Date today = Date::from_ymd(2026, 1, 5);  // the book is "as of" this day
  std::string policy_id = "bank_a";
};

Book make_demo_book(const DemoOptions& options);

// 18:00 China time (UTC+8) on DAY, in Unix milliseconds: when the demo book
// is stamped as exported.
int64_t demo_evening_ms(Date day);

}  // namespace rm
