#include "core/sales/opportunity_suggestions.h"

#include <algorithm>

#include "core/model/default_catalogue.h"
#include "core/risk/client_suitability.h"
#include "core/risk/product_recommendation.h"

namespace rm {
namespace {

// The wealth products a large deposit is offered (docs/domain.md §4's ladder:
// the rungs above deposits that still pay a fixed or steady income).
constexpr ProductCategory kUpSellCategories[] = {ProductCategory::fixed_income_wealth, ProductCategory::bond_fund,
                                                 ProductCategory::floating_income_wealth, ProductCategory::bond};

struct Context {
  const Book& book;
  const SuitabilityFacts facts;
  Date today;
  std::vector<RecordId> taken;  // products already suggested or in an open opportunity
  ClientSuggestions out;

  bool is_taken(const Product& p) const { return std::find(taken.begin(), taken.end(), p.meta.id) != taken.end(); }

  // The best suitable product of CATEGORY not yet taken; when the category
  // has candidates but none is suitable, a blocked entry with the reasons.
  const Product* pick(SalesMethod method, ProductCategory category, std::optional<Date> needed_by = std::nullopt) {
    std::vector<Product> candidates;
    for (const Product& p : book.products)
      if (!p.meta.deleted && p.on_sale && p.category == category && !is_taken(p)) candidates.push_back(p);
    if (candidates.empty()) return nullptr;
    const Recommendation r = recommend_products(candidates, facts, {{category}, needed_by}, today, {1, 1});
    if (r.products.empty()) {
      const bool already = std::any_of(out.blocked.begin(), out.blocked.end(), [&](const BlockedSuggestion& b) {
        return b.wanted == category && b.method == method;
      });
      if (!already) out.blocked.push_back({method, category, check_suitability(facts, candidates.front(), today).refusals});
      return nullptr;
    }
    // Back into the book's catalogue: the candidates were copies.
    for (const Product& p : book.products)
      if (p.meta.id == r.products.front()->meta.id) {
        taken.push_back(p.meta.id);
        return &p;
      }
    return nullptr;
  }
};

}  // namespace

ClientSuggestions suggest_opportunities(const Book& book, const BookIndex& index, uint32_t client, Date today,
                                        const SuggestionRules& rules) {
  Context ctx{book, suitability_facts(book, index, client, today), today, {}, {}};
  for (uint32_t i : index.opportunities_of(client)) {
    const Opportunity& o = book.opportunities[i];
    if (!o.meta.deleted && o.status == OpportunityStatus::open && !o.product_id.empty()) ctx.taken.push_back(o.product_id);
  }

  std::vector<ProductCategory> held;
  Fen deposits = 0;
  std::vector<const Holding*> maturing;
  for (uint32_t i : index.holdings_of(client)) {
    const Holding& h = book.holdings[i];
    if (h.meta.deleted) continue;
    if (h.maturity && *h.maturity < today) continue;  // already paid back
    const uint32_t p = index.product(h.product_id);
    if (p == BookIndex::npos) continue;
    const ProductCategory category = book.products[p].category;
    if (std::find(held.begin(), held.end(), category) == held.end()) held.push_back(category);
    if (category == ProductCategory::savings) deposits = add_money(deposits, h.amount);
    if (h.maturity && *h.maturity <= today.plus_days(rules.maturity_window_days)) maturing.push_back(&h);
  }

  // Repeat: the money comes back soon; a similar product keeps it here.
  for (const Holding* h : maturing) {
    const ProductCategory category = book.products[index.product(h->product_id)].category;
    if (const Product* p = ctx.pick(SalesMethod::repeat, category))
      ctx.out.suggestions.push_back({SalesMethod::repeat, p, category, category, h, 0});
  }
  // Up-sell: a large deposit earns more in a wealth product that suits her.
  if (deposits >= rules.large_deposit)
    for (ProductCategory category : kUpSellCategories)
      if (const Product* p = ctx.pick(SalesMethod::up_sell, category)) {
        ctx.out.suggestions.push_back({SalesMethod::up_sell, p, category, ProductCategory::savings, nullptr, deposits});
        break;
      }
  // Cross-sell: the matrix's next products for what she holds, not held yet.
  const std::vector<CrossSellRule> matrix = book.settings.cross_sell.empty() ? default_cross_sell() : book.settings.cross_sell;
  for (const CrossSellRule& row : matrix) {
    if (std::find(held.begin(), held.end(), row.held) == held.end()) continue;
    for (ProductCategory offer : row.offer) {
      if (std::find(held.begin(), held.end(), offer) != held.end()) continue;
      if (const Product* p = ctx.pick(SalesMethod::cross_sell, offer))
        ctx.out.suggestions.push_back({SalesMethod::cross_sell, p, offer, row.held, nullptr, 0});
    }
  }
  return std::move(ctx.out);
}

}  // namespace rm
