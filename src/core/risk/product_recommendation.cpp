#include "core/risk/product_recommendation.h"

#include <algorithm>

namespace rm {

Recommendation recommend_products(const std::vector<Product>& catalogue, const SuitabilityFacts& client,
                                  const ProductNeed& need, Date today, const RecommendationRules& rules) {
  std::vector<const Product*> fit;
  for (const Product& p : catalogue) {
    if (p.meta.deleted || !p.on_sale) continue;
    if (!need.categories.empty() &&
        std::find(need.categories.begin(), need.categories.end(), p.category) == need.categories.end())
      continue;
    if (need.needed_by && today.plus_days(p.term_days) > *need.needed_by) continue;
    if (!check_suitability(client, p, today).allowed()) continue;
    fit.push_back(&p);
  }
  std::sort(fit.begin(), fit.end(), [](const Product* a, const Product* b) {
    if (a->expected_return_bp != b->expected_return_bp) return a->expected_return_bp > b->expected_return_bp;
    if (a->risk != b->risk) return rank(a->risk) < rank(b->risk);
    return a->code < b->code;
  });
  Recommendation r;
  if (fit.size() > static_cast<size_t>(std::max(rules.max_products, 0)))
    fit.resize(static_cast<size_t>(std::max(rules.max_products, 0)));
  r.products = std::move(fit);
  r.enough = r.products.size() >= static_cast<size_t>(std::max(rules.min_products, 0));
  return r;
}

}  // namespace rm
