// What to offer a client next (docs/domain.md §3, "Ways to raise a client's
// value"): cross-selling from the matrix (a category held → the categories to
// offer), repeat sales (a product maturing soon → a similar one on sale) and
// up-selling (a large deposit → wealth products). Every product suggested has
// passed the suitability check (docs/domain.md §5); when a wanted category has
// products but none is suitable, the refusals say why instead.
#pragma once
#include <cstdint>
#include <vector>

#include "core/civil_date.h"
#include "core/model/book.h"
#include "core/risk/suitability.h"

namespace rm {

struct SuggestionRules {
  int maturity_window_days = 30;    // a holding maturing within this many days asks for a repeat sale
  Fen large_deposit = yuan(500'000);  // deposits at least this ask for an up-sell (the planner's large inflow)
};

struct OpportunitySuggestion {
  SalesMethod method = SalesMethod::cross_sell;
  const Product* product = nullptr;      // suitable, on sale; into book.products
  ProductCategory wanted = ProductCategory::savings;  // the category the rule asks for
  // Why: the category held (cross-sell), the holding maturing (repeat), the
  // deposits (up-sell).
  ProductCategory held = ProductCategory::savings;
  const Holding* maturing = nullptr;
  Fen deposits = 0;
};

struct BlockedSuggestion {
  SalesMethod method = SalesMethod::cross_sell;
  ProductCategory wanted = ProductCategory::savings;
  std::vector<Refusal> refusals;  // the suitability check's, for the best candidate
};

struct ClientSuggestions {
  std::vector<OpportunitySuggestion> suggestions;  // repeat, then up-sell, then cross-sell
  std::vector<BlockedSuggestion> blocked;
};

// Skips what the client already holds (cross-sell) and products an open
// opportunity of the client already names.
ClientSuggestions suggest_opportunities(const Book& book, const BookIndex& index, uint32_t client, Date today,
                                        const SuggestionRules& rules = {});

}  // namespace rm
