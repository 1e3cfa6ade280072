// "Recommend 2–3 suitable products per need" (docs/domain.md §2). Picks from the
// catalogue the products that pass the suitability check, are on sale, fit the
// need's categories and give the money back by the time it is needed; the best
// expected returns come first.
#pragma once
#include <optional>
#include <vector>

#include "core/model/product.h"
#include "core/risk/suitability.h"

namespace rm {

struct ProductNeed {
  std::vector<ProductCategory> categories;  // empty = any category
  std::optional<Date> needed_by;            // the product must mature by then
};

struct RecommendationRules {
  int min_products = 2;
  int max_products = 3;
};

struct Recommendation {
  std::vector<const Product*> products;  // into the catalogue; best first
  bool enough = false;                   // at least min_products found
};

// Order: expected return (higher first), then lower risk, then product code.
Recommendation recommend_products(const std::vector<Product>& catalogue, const SuitabilityFacts& client,
                                  const ProductNeed& need, Date today, const RecommendationRules& rules = {});

}  // namespace rm
