// A client's value from what the book holds (docs/domain.md §6, "Client value
// and credit rating"): each year's revenue is the simulated profit of her
// holdings that year (core/reports/simulated_profit.h) — the book records no
// cost of serving a client, so the value is gross of cost and says so. The
// current year counts up to today. What the book lacks is named, not guessed.
#pragma once
#include <cstdint>

#include "core/civil_date.h"
#include "core/model/book.h"
#include "core/rating/client_value.h"

namespace rm {

struct ClientValueReport {
  ClientValue value;
  bool has_earlier_years = false;  // a holding held before this year
  bool has_holdings = false;       // any live holding at all
  bool has_assets_elsewhere = false;
  int first_year = 0;              // the earliest year a holding was held (0: none)
};

ClientValueReport client_value_from_book(const Book& book, const BookIndex& index, uint32_t client, Date today);

}  // namespace rm
