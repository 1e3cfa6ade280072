#include "core/risk/risk_profile.h"

#include <array>

namespace rm {
namespace {

constexpr std::array<std::string_view, 5> kClientCodes{"C1", "C2", "C3", "C4", "C5"};
constexpr std::array<std::string_view, 5> kProductCodes{"R1", "R2", "R3", "R4", "R5"};
constexpr std::array<std::string_view, 5> kNamesZh{"保守型", "稳健型", "平衡型", "成长型", "进取型"};
constexpr std::array<std::string_view, 5> kNamesEn{"Conservative", "Cautious", "Balanced",
                                                   "Growth", "Aggressive"};

// Out-of-range values (a corrupted cast) map to an empty code rather than UB.
std::string_view pick(const std::array<std::string_view, 5>& table, int rank) {
  return rank >= 1 && rank <= 5 ? table[static_cast<size_t>(rank - 1)] : std::string_view{};
}

std::optional<int> find(const std::array<std::string_view, 5>& table, std::string_view code) {
  for (size_t i = 0; i < table.size(); ++i)
    if (table[i] == code) return static_cast<int>(i) + 1;
  return std::nullopt;
}

}  // namespace

std::string_view risk_code(RiskLevel level) { return pick(kClientCodes, rank(level)); }
std::string_view risk_code(ProductRisk risk) { return pick(kProductCodes, rank(risk)); }
std::string_view risk_name_zh(RiskLevel level) { return pick(kNamesZh, rank(level)); }
std::string_view risk_name_en(RiskLevel level) { return pick(kNamesEn, rank(level)); }

std::optional<RiskLevel> parse_risk_level(std::string_view code) {
  if (auto r = find(kClientCodes, code)) return static_cast<RiskLevel>(*r);
  return std::nullopt;
}

std::optional<ProductRisk> parse_product_risk(std::string_view code) {
  if (auto r = find(kProductCodes, code)) return static_cast<ProductRisk>(*r);
  return std::nullopt;
}

}  // namespace rm
