#include "core/model/default_catalogue.h"

namespace rm {

namespace {
struct Seed {
  const char* code;
  const char* name;
  ProductCategory category;
  ProductRisk risk;
  int ladder;
  int term_days;
  int return_bp;
  bool derivative_linked;
};

// Ladder positions follow the order of docs/domain.md §4 on its 0–15 scale; gold
// sits beside real estate as a store of value. Returns are indicative only.
constexpr Seed kSeeds[] = {
    {"SAV-01", "活期储蓄", ProductCategory::savings, ProductRisk::R1, 0, 0, 20, false},
    {"SAV-12", "一年期定期存款", ProductCategory::savings, ProductRisk::R1, 0, 365, 145, false},
    {"MMF-01", "货币市场基金", ProductCategory::money_market_fund, ProductRisk::R1, 1, 0, 180, false},
    {"BND-03", "三年期储蓄国债", ProductCategory::bond, ProductRisk::R1, 2, 1095, 238, false},
    {"WMF-06", "固定收益类理财（6个月）", ProductCategory::fixed_income_wealth, ProductRisk::R2, 4, 182, 300, false},
    {"WMF-12", "固定收益类理财（12个月）", ProductCategory::fixed_income_wealth, ProductRisk::R2, 4, 365, 330, false},
    {"BDF-01", "纯债基金", ProductCategory::bond_fund, ProductRisk::R2, 5, 0, 350, false},
    {"TRS-24", "集合资金信托计划", ProductCategory::trust, ProductRisk::R3, 6, 730, 550, false},
    {"WMV-12", "浮动收益类理财", ProductCategory::floating_income_wealth, ProductRisk::R3, 7, 365, 450, false},
    {"SNT-06", "挂钩汇率结构性理财", ProductCategory::floating_income_wealth, ProductRisk::R3, 8, 182, 420, true},
    {"RE-01", "不动产投资信托", ProductCategory::real_estate, ProductRisk::R4, 9, 0, 500, false},
    {"GLD-01", "积存金", ProductCategory::gold, ProductRisk::R4, 9, 0, 0, false},
    {"EQF-01", "偏股混合型基金", ProductCategory::equity_fund, ProductRisk::R4, 10, 0, 800, false},
    {"STK-BC", "蓝筹股票组合", ProductCategory::blue_chip_stock, ProductRisk::R4, 11, 0, 900, false},
    {"STK-GN", "一般股票", ProductCategory::general_stock, ProductRisk::R5, 13, 0, 1100, false},
    {"VEN-01", "股权投资（创业项目）", ProductCategory::business_venture, ProductRisk::R5, 15, 1825, 1500, false},
    {"INS-AN", "年金保险", ProductCategory::insurance, ProductRisk::R1, 1, 3650, 300, false},
    {"FPL-01", "基金定投计划", ProductCategory::fund_plan, ProductRisk::R3, 8, 0, 600, false},
    {"CC-PT", "白金信用卡", ProductCategory::platinum_credit_card, ProductRisk::R1, 0, 0, 0, false},
    {"CC-01", "信用卡", ProductCategory::credit_card, ProductRisk::R1, 0, 0, 0, false},
    {"EB-01", "网上银行", ProductCategory::online_banking, ProductRisk::R1, 0, 0, 0, false},
    {"SMS-01", "短信通知", ProductCategory::sms_alert, ProductRisk::R1, 0, 0, 0, false},
};
}  // namespace

std::vector<Product> default_catalogue(const Random64& random, const Hlc& stamp, bool demo) {
  std::vector<Product> out;
  out.reserve(std::size(kSeeds));
  for (const Seed& s : kSeeds) {
    Product p;
    p.meta = new_meta(new_record_id(random), stamp, demo);
    p.code = s.code;
    p.name = s.name;
    p.category = s.category;
    p.risk = s.risk;
    p.ladder_position = s.ladder;
    p.term_days = s.term_days;
    p.expected_return_bp = s.return_bp;
    p.derivative_linked = s.derivative_linked;
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<CrossSellRule> default_cross_sell() {
  using C = ProductCategory;
  const auto row = [](C held, std::vector<C> offer, std::string source = {}) {
    return CrossSellRule{held, std::move(offer), std::move(source)};
  };
  // Only the first row is given by a source document (004's own example,
  // docs/domain.md §3, "Cross-selling"); the others are an example that
  // applies its logic (service products first, then the next rung of the
  // ladder), marked as such for the bank to edit.
  return {
      row(C::platinum_credit_card, {C::online_banking, C::sms_alert, C::fund_plan, C::bond, C::insurance}, "004"),
      row(C::credit_card, {C::online_banking, C::sms_alert, C::platinum_credit_card}),
      row(C::savings, {C::money_market_fund, C::bond, C::fixed_income_wealth, C::insurance}),
      row(C::money_market_fund, {C::fixed_income_wealth, C::bond_fund, C::fund_plan}),
      row(C::bond, {C::bond_fund, C::fixed_income_wealth, C::insurance}),
      row(C::fixed_income_wealth, {C::bond_fund, C::floating_income_wealth, C::trust}),
      row(C::bond_fund, {C::fund_plan, C::floating_income_wealth, C::equity_fund}),
      row(C::floating_income_wealth, {C::trust, C::equity_fund, C::gold}),
      row(C::equity_fund, {C::fund_plan, C::blue_chip_stock, C::gold}),
      row(C::loan, {C::insurance, C::online_banking, C::sms_alert}),
  };
}

}  // namespace rm
