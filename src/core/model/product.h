// The product catalogue the manager sells from, the client's holdings, and
// the cross-sell matrix (docs/domain.md §3, §4). The catalogue is data the user
// edits; default_catalogue.h seeds it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"
#include "core/model/codes.h"
#include "core/model/record_meta.h"
#include "core/money.h"
#include "core/risk/risk_profile.h"

namespace rm {

struct Product {
  RecordMeta meta;
  std::string code;  // the bank's product code
  std::string name;
  ProductCategory category = ProductCategory::savings;
  ProductRisk risk = ProductRisk::R1;
  int ladder_position = 0;  // 0–15 on the risk–return ladder of docs/domain.md §4
  int term_days = 0;        // 0: open-ended or redeemable any day
  int redemption_days = 0;  // open-ended: days from a redemption request to the money (T+N)
  bool derivative_linked = false;
  int expected_return_bp = 0;  // annual, basis points (350 = 3.50 %)
  std::string issuer;
  bool on_sale = true;
};

struct Holding {
  RecordMeta meta;
  RecordId client_id;
  RecordId product_id;
  Fen amount = 0;
  Date start;
  std::optional<Date> maturity;  // none for open-ended products
  int expected_return_bp = 0;
};

// "For a product held, which products to offer next."
struct CrossSellRule {
  ProductCategory held = ProductCategory::savings;
  std::vector<ProductCategory> offer;
  // The source document that gives the row ("003"); empty: an example row the
  // bank is expected to edit (docs/domain.md §3, "Cross-selling").
  std::string source;
  friend bool operator==(const CrossSellRule&, const CrossSellRule&) = default;
};

}  // namespace rm
