// The catalogue and cross-sell matrix a new book starts with: one generic
// product per rung of docs/domain.md §4's risk–return ladder, plus the service
// products of §3's cross-sell example. The user edits or replaces them.
#pragma once
#include <vector>

#include "core/model/hlc.h"
#include "core/model/product.h"
#include "core/model/uuid.h"

namespace rm {

std::vector<Product> default_catalogue(const Random64& random, const Hlc& stamp, bool demo = false);
std::vector<CrossSellRule> default_cross_sell();

}  // namespace rm
