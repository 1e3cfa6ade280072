// The two five-step risk scales of docs/domain.md §5: a client's risk level from the
// questionnaire (C1 most conservative … C5 most aggressive) and a product's risk
// rating (R1 … R5). The rule "product risk must not exceed the client's level"
// compares the two numerically, which is why both start at 1 and share a scale.
#pragma once
#include <optional>
#include <string_view>

namespace rm {

enum class RiskLevel { C1 = 1, C2, C3, C4, C5 };
enum class ProductRisk { R1 = 1, R2, R3, R4, R5 };

// "C3" / "R2": the codes the bundle, the CLI and the UI print.
std::string_view risk_code(RiskLevel level);
std::string_view risk_code(ProductRisk risk);
std::optional<RiskLevel> parse_risk_level(std::string_view code);
std::optional<ProductRisk> parse_product_risk(std::string_view code);

// 保守型 / Conservative … 激进型 / Aggressive.
std::string_view risk_name_zh(RiskLevel level);
std::string_view risk_name_en(RiskLevel level);

constexpr int rank(RiskLevel level) { return static_cast<int>(level); }
constexpr int rank(ProductRisk risk) { return static_cast<int>(risk); }

// docs/domain.md §5: "Product risk level must not exceed the client's risk level."
constexpr bool within_risk_level(ProductRisk product, RiskLevel client) {
  return rank(product) <= rank(client);
}

}  // namespace rm
