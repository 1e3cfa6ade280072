#include "core/plan/plan_document.h"

#include <algorithm>
#include <array>

#include "core/risk/assessment_validity.h"
#include "core/risk/client_suitability.h"

namespace rm {
namespace {

struct ClassText {
  std::string_view zh, en;
};
constexpr std::array<ClassText, kAllocationClasses> kClasses{{
    {"现金及存款类", "Cash and deposits"},
    {"固定收益类", "Fixed income"},
    {"平衡类", "Balanced"},
    {"权益类", "Equity"},
}};

std::string yuan_text(Fen f) { return format_yuan(f); }

bool in(const std::vector<ProductCategory>& cats, ProductCategory c) {
  return cats.empty() || std::find(cats.begin(), cats.end(), c) != cats.end();
}

// recommend_products, and when it finds nothing, the reason in both
// languages: no product of the kind on sale, none that pays back in time, or
// the suitability check's own refusal of the least risky candidate.
ProductPick pick(const Book& book, const SuitabilityFacts& facts, const ProductNeed& need, Date today,
                 const RecommendationRules& rules, std::string_view what_zh, std::string_view what_en) {
  ProductPick out;
  out.products = recommend_products(book.products, facts, need, today, rules).products;
  if (!out.products.empty()) return out;
  const Product* candidate = nullptr;
  bool any_kind = false;
  for (const Product& p : book.products) {
    if (p.meta.deleted || !p.on_sale || !in(need.categories, p.category)) continue;
    any_kind = true;
    if (need.needed_by && today.plus_days(p.term_days) > *need.needed_by) continue;
    if (!candidate || rank(p.risk) < rank(candidate->risk)) candidate = &p;
  }
  const std::string zh_what(what_zh), en_what(what_en);
  if (!any_kind) {
    out.none_zh = "产品目录中没有在售的" + zh_what + "产品。";
    out.none_en = "The catalogue has no " + en_what + " product on sale.";
  } else if (!candidate) {
    out.none_zh = "没有在 " + need.needed_by->iso() + " 前到期的" + zh_what + "产品。";
    out.none_en = "No " + en_what + " product pays back by " + need.needed_by->iso() + ".";
  } else {
    const SuitabilityVerdict v = check_suitability(facts, *candidate, today);
    out.none_zh = "没有适合客户的" + zh_what + "产品：" + candidate->name + " 未通过适当性检查：";
    out.none_en = "No suitable " + en_what + " product: " + candidate->name + " is refused by the suitability check: ";
    for (size_t i = 0; i < v.refusals.size(); ++i) {
      out.none_zh += (i ? "；" : "") + v.refusals[i].message_zh;
      out.none_en += (i ? "; " : "") + v.refusals[i].message_en;
    }
  }
  return out;
}

std::optional<MainEarner> main_earner(const Client& c, const Household* h, Fen& earners_total) {
  struct Earner {
    std::string name;
    Fen income;
  };
  std::vector<Earner> all{{c.name, c.annual_income}};
  Fen spouse = c.spouse_annual_income;
  std::string spouse_name = "配偶";
  if (h)
    for (const HouseholdMember& m : h->members) {
      if (m.client_id == c.meta.id) continue;
      if (m.relation == Relation::spouse) {
        spouse = std::max(spouse, m.annual_income);
        if (!m.name.empty()) spouse_name = m.name;
      } else if (m.annual_income > 0) {
        all.push_back({m.name, m.annual_income});
      }
    }
  if (spouse > 0) all.push_back({spouse_name, spouse});
  earners_total = 0;
  for (const Earner& e : all) earners_total = add_money(earners_total, e.income);
  const auto top = std::max_element(all.begin(), all.end(),
                                    [](const Earner& a, const Earner& b) { return a.income < b.income; });
  if (top->income <= 0) return std::nullopt;
  MainEarner m;
  m.name = top->name;
  m.income = top->income;
  // income ≤ total ≤ a few times kMaxAmount: × 100 stays in range (mul_money saturates anyway).
  m.percent_of_household = static_cast<int>(mul_money(top->income, 100) / earners_total);
  return m;
}

std::string goal_label(const PlanGoal& g) { return g.name.empty() ? std::string(goal_name_zh(g.kind)) : g.name; }

// The largest amount in [lo, hi] for which FUNDED holds (it holds at lo), by bisection.
template <class F>
Fen largest(Fen lo, Fen hi, F&& funded) {
  while (lo < hi) {
    const Fen mid = lo + (hi - lo + 1) / 2;
    if (funded(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// The smallest amount in [lo, hi] for which FUNDED holds (it holds at hi).
template <class F>
Fen smallest(Fen lo, Fen hi, F&& funded) {
  while (lo < hi) {
    const Fen mid = lo + (hi - lo) / 2;
    if (funded(mid)) hi = mid;
    else lo = mid + 1;
  }
  return hi;
}

// How far a goal may be moved: beyond this many years a move is no plan.
constexpr int kLatestMoveYears = 60;

std::optional<GoalFix> find_fix(const FeasibilityInputs& in, size_t culprit, int rate_bp) {
  GoalFix fix;
  fix.goal = culprit;
  FeasibilityInputs trial = in;
  FinancialGoal& g = trial.goals[culprit];
  const Fen amount = g.amount;
  g.amount = 0;
  if (goals_funded_at(trial, rate_bp))
    fix.amount = largest(0, amount - 1, [&](Fen x) {
      g.amount = x;
      return goals_funded_at(trial, rate_bp);
    });
  g.amount = amount;
  const int year = g.target_year;
  for (int y = std::max(year, in.start_year) + 1; y <= std::max(year, in.start_year) + kLatestMoveYears; ++y) {
    g.target_year = y;
    if (goals_funded_at(trial, rate_bp)) {
      fix.year = y;
      break;
    }
  }
  g.target_year = year;
  // Saving more helps only the goals after this year; enough to pay them all
  // in the first year is the search's upper end.
  Fen owed = 0;
  for (const FinancialGoal& x : in.goals) owed = add_money(owed, x.amount);
  const Fen hi = std::min<Fen>(std::max<Fen>(owed, 1), kMaxAmount);
  const auto funded_with = [&](Fen extra) {
    trial.yearly_saving = add_money(in.yearly_saving, extra);
    return goals_funded_at(trial, rate_bp);
  };
  if (funded_with(hi)) fix.extra_saving = smallest(1, hi, funded_with);
  trial.yearly_saving = in.yearly_saving;
  if (!fix.amount && !fix.year && !fix.extra_saving) return std::nullopt;
  return fix;
}

void write_fix_message(PlanFeasibility& f, const std::vector<PlanGoal>& goals, RiskLevel level) {
  const std::string code(risk_code(level));
  const std::string recommended = format_bp(f.recommended_bp);
  const std::string need_zh = f.required_bp ? "实现全部目标需年化收益率 " + format_bp(*f.required_bp) + "，高于 " +
                                                  code + " 的建议收益率 " + recommended
                                            : "目标在任何合理收益率下都无法实现（" + code + " 的建议收益率为 " +
                                                  recommended + "）";
  const std::string need_en = f.required_bp ? "the goals need " + format_bp(*f.required_bp) + " a year, above the " +
                                                  recommended + " recommended for " + code
                                            : "the goals cannot be met at any reasonable return (" + recommended +
                                                  " is recommended for " + code + ")";
  if (!f.fix) {
    f.zh = "不可行：" + need_zh + "。请降低目标金额、推迟目标年份或增加储蓄。";
    f.en = "Not feasible: " + need_en + ". Lower the amounts, move goals later or save more.";
    return;
  }
  const PlanGoal& g = goals[f.fix->goal];
  const std::string name = goal_label(g);
  f.zh = "不可行：目标「" + name + "」（" + std::to_string(g.year) + " 年，¥" + yuan_text(g.amount) +
         "）使规划不可行——" + need_zh + "。可行的调整（任选其一）：";
  f.en = "Not feasible: the goal \"" + name + "\" (" + std::to_string(g.year) + ", ¥" + yuan_text(g.amount) +
         ") makes the plan infeasible — " + need_en + ". Any one of these makes it feasible:";
  std::vector<std::string> zh, en;
  if (f.fix->amount) {
    if (*f.fix->amount > 0) {
      zh.push_back("将该目标金额降至 ¥" + yuan_text(*f.fix->amount));
      en.push_back("lower that goal to ¥" + yuan_text(*f.fix->amount));
    } else {
      zh.push_back("放弃该目标");
      en.push_back("drop that goal");
    }
  }
  if (f.fix->year) {
    zh.push_back("将该目标推迟至 " + std::to_string(*f.fix->year) + " 年");
    en.push_back("move it to " + std::to_string(*f.fix->year));
  }
  if (f.fix->extra_saving) {
    zh.push_back("每年多储蓄 ¥" + yuan_text(*f.fix->extra_saving));
    en.push_back("save ¥" + yuan_text(*f.fix->extra_saving) + " more a year");
  }
  for (size_t i = 0; i < zh.size(); ++i) {
    f.zh += (i ? "；或" : "") + zh[i];
    f.en += (i ? "; or " : " ") + en[i];
  }
  f.zh += "。";
  f.en += ".";
}

}  // namespace

std::vector<ProductCategory> allocation_categories(AllocationClass c) {
  using P = ProductCategory;
  switch (c) {
    case AllocationClass::cash: return {P::savings, P::money_market_fund};
    case AllocationClass::fixed_income: return {P::bond, P::fixed_income_wealth, P::bond_fund};
    case AllocationClass::balanced: return {P::trust, P::floating_income_wealth, P::fund_plan};
    case AllocationClass::equity:
      return {P::real_estate, P::gold, P::equity_fund, P::blue_chip_stock, P::general_stock, P::business_venture};
  }
  return {};
}

std::string_view allocation_name_zh(AllocationClass c) { return kClasses[static_cast<size_t>(c)].zh; }
std::string_view allocation_name_en(AllocationClass c) { return kClasses[static_cast<size_t>(c)].en; }

std::vector<PlanGoal> goals_in_priority_order(std::vector<PlanGoal> goals) {
  std::stable_sort(goals.begin(), goals.end(), [](const PlanGoal& a, const PlanGoal& b) {
    if (a.priority != b.priority) return a.priority < b.priority;
    if (a.kind != b.kind) return a.kind < b.kind;
    return a.year < b.year;
  });
  return goals;
}

PlanFeasibility plan_feasibility(const std::vector<PlanGoal>& goals, const BalanceSheet& balance,
                                 const IncomeStatement& income, std::optional<RiskLevel> level, Date today,
                                 const PlanRules& rules) {
  PlanFeasibility f;
  std::vector<FinancialGoal> counted;
  for (size_t i = 0; i < goals.size(); ++i) {
    const PlanGoal& g = goals[i];
    if (g.year <= 0) {
      f.without_year.push_back(i);
      continue;
    }
    counted.push_back(FinancialGoal{g.kind, goal_label(g), g.amount, g.year});
    f.goal_of_input.push_back(i);
  }
  f.inputs = feasibility_inputs(balance, income, today.year(), std::move(counted), rules.reserves);
  std::string unset_zh, unset_en;
  if (!f.without_year.empty()) {
    unset_zh = "（" + std::to_string(f.without_year.size()) + " 个目标未填年份，未计入：请补上年份。）";
    unset_en = " (" + std::to_string(f.without_year.size()) + " goal(s) without a year are not counted: set the year.)";
  }
  if (f.inputs.goals.empty()) {
    f.zh = "规划书中尚无带年份的目标：填写目标的金额和年份后即可判断是否可行。" + unset_zh;
    f.en = "The plan has no goal with a year yet: enter each goal's amount and year to judge feasibility." + unset_en;
    return f;
  }
  f.required_bp = required_return_bp(f.inputs);
  if (!level) {
    f.zh = "客户尚无风险等级：先完成风险评估，才能判断目标是否可行" +
           (f.required_bp ? "（实现目标需年化收益率 " + format_bp(*f.required_bp) + "）" : std::string()) + "。" +
           unset_zh;
    f.en = "The client has no risk level: assess her first to judge whether the goals are feasible" +
           (f.required_bp ? " (they need " + format_bp(*f.required_bp) + " a year)" : std::string()) + "." + unset_en;
    return f;
  }
  f.judged = true;
  const Feasibility verdict = goal_feasibility(f.inputs, *level, rules.returns);
  f.recommended_bp = verdict.recommended_bp;
  f.feasible = verdict.feasible;
  if (f.feasible) {
    f.zh = verdict.reason_zh + unset_zh;
    f.en = verdict.reason_en + unset_en;
    return f;
  }
  // The goal named is the first, in priority order, that the goals before it
  // cannot carry: with it the plan fails at the recommended return, without
  // the ones after it the plan would stand.
  size_t culprit = f.inputs.goals.size() - 1;
  for (size_t k = 0; k < f.inputs.goals.size(); ++k) {
    FeasibilityInputs prefix = f.inputs;
    prefix.goals.resize(k + 1);
    if (!goals_funded_at(prefix, f.recommended_bp)) {
      culprit = k;
      break;
    }
  }
  if (auto fix = find_fix(f.inputs, culprit, f.recommended_bp)) {
    fix->goal = f.goal_of_input[culprit];
    f.fix = fix;
  }
  write_fix_message(f, goals, *level);
  f.zh += unset_zh;
  f.en += unset_en;
  return f;
}

PlanDocument plan_document(const Book& book, const BookIndex& index, uint32_t client, const FinancialPlan* plan,
                           Date today, const PlanRules& rules) {
  PlanDocument d;
  const Client& c = book.clients[client];
  d.client_name = c.name;
  d.client_id = c.meta.id;
  d.today = today;
  d.thresholds = rules.thresholds;
  const RecordId manager = plan && !plan->manager_id.empty() ? plan->manager_id : c.manager_id;
  if (const uint32_t m = manager.empty() ? BookIndex::npos : index.manager(manager); m != BookIndex::npos)
    d.manager_name = book.managers[m].name;
  if (plan) {
    d.plan_id = plan->meta.id;
    d.version = plan->version;
    d.review = plan->review;
    d.created_on = plan->created_on;
    d.goals = goals_in_priority_order(plan->goals);
    d.financial_position_text = plan->financial_position;
    d.protection_text = plan->protection;
    d.recommendations_text = plan->recommendations;
  } else {
    d.created_on = today;
  }

  // 2. The household's figures.
  const Household* household = nullptr;
  if (const uint32_t h = c.household_id.empty() ? BookIndex::npos : index.household(c.household_id);
      h != BookIndex::npos && !book.households[h].meta.deleted)
    household = &book.households[h];
  if (household) {
    d.has_household = true;
    d.finances_as_of = household->finances_as_of;
    d.balance = household->balance_sheet;
    d.income = household->income_statement;
  }
  d.ratios = household_ratios(d.balance, d.income, rules.thresholds);

  // 3. Protection: premiums against 10 % of the household's pre-tax income
  // (the earners' incomes when the statement has none), cover on the main earner.
  Fen earners = 0;
  d.main_earner = main_earner(c, household, earners);
  IncomeStatement for_premium = d.income;
  if (for_premium.pretax_income <= 0) for_premium.pretax_income = earners;
  d.protection = protection_check(for_premium, rules.reserves);

  // 4. Risk.
  if (const RiskAssessment* a = latest_assessment(book, index, client, today)) {
    d.assessment = *a;
    d.assessment_valid = assessment_valid(a->date, today);
    d.level = a->level;
  } else if (plan && plan->risk_level) {
    d.level = plan->risk_level;
  }
  const std::optional<int> age = c.birthday ? std::optional<int>(whole_years_between(*c.birthday, today)) : std::nullopt;
  d.stage = life_stage(life_stage_facts(c, household, age, today));
  d.emergency = emergency_fund(d.balance, d.income, rules.reserves);
  {
    const int bad = d.ratios.unhealthy_count();
    const std::string stage_zh = d.stage ? std::string(life_stage_name_zh(*d.stage)) : "人生阶段未知";
    const std::string stage_en = d.stage ? std::string(life_stage_name_en(*d.stage)) : "life stage unknown";
    d.capacity_zh = "风险承受能力：" + stage_zh + "；四项健康指标中 " + std::to_string(bad) + " 项不健康；" +
                    (d.emergency.gap > 0 ? "应急资金不足（缺口 ¥" + yuan_text(d.emergency.gap) + "）"
                                         : std::string("应急资金已足")) +
                    "；年度结余 ¥" + yuan_text(annual_surplus(d.income)) + "。";
    d.capacity_en = "Capacity for risk: " + stage_en + "; " + std::to_string(bad) + " of the four health ratios " +
                    "unhealthy; " +
                    (d.emergency.gap > 0 ? "emergency fund short by ¥" + yuan_text(d.emergency.gap)
                                         : std::string("emergency fund in place")) +
                    "; yearly surplus ¥" + yuan_text(annual_surplus(d.income)) + ".";
  }
  if (d.assessment) {
    const RiskAssessment& a = *d.assessment;
    const std::string code(risk_code(a.level));
    d.attitude_zh = "风险态度：" + code + " " + std::string(risk_name_zh(a.level)) + "（" + a.date.iso() +
                    " 评估，得分 " + std::to_string(a.score) + "，有效期至 " + a.valid_until.iso() + "）" +
                    (d.assessment_valid ? "" : "，已过期，需重新评估") +
                    (a.signed_in_person ? "" : "，未经客户本人签字") + "。";
    d.attitude_en = "Attitude to risk: " + code + " " + std::string(risk_name_en(a.level)) + " (assessed " +
                    a.date.iso() + ", score " + std::to_string(a.score) + ", valid until " + a.valid_until.iso() +
                    ")" + (d.assessment_valid ? "" : "; expired, to be reassessed") +
                    (a.signed_in_person ? "" : "; not signed by the client in person") + ".";
  } else {
    d.attitude_zh = "尚未做风险评估：请客户本人完成风险测评问卷。";
    d.attitude_en = "Not assessed yet: the client answers the risk questionnaire in person.";
    if (d.level) {
      d.attitude_zh += "规划书记录的风险等级为 " + std::string(risk_code(*d.level)) + "。";
      d.attitude_en += " The plan records risk level " + std::string(risk_code(*d.level)) + ".";
    }
  }

  // 5. Recommendations. Every product comes through recommend_products, so
  // each has passed the suitability check (docs/domain.md §5).
  const SuitabilityFacts facts = suitability_facts(book, index, client, today);
  d.investable = std::max<Fen>(
      0, sub_money(add_money(liquid_assets(d.balance), investment_assets(d.balance)), d.emergency.target_min));
  if (d.level) {
    const auto& row = rules.allocation.percent[static_cast<size_t>(rank(*d.level) - 1)];
    Fen placed = 0;
    size_t last = kAllocationClasses;
    for (size_t k = 0; k < kAllocationClasses; ++k)
      if (row[k] > 0) last = k;
    for (size_t k = 0; k < kAllocationClasses; ++k) {
      if (row[k] <= 0) continue;
      AllocationLine line;
      line.cls = static_cast<AllocationClass>(k);
      line.percent = row[k];
      // Floor per class; the last class takes the fen left so the lines add up.
      line.amount = k == last ? sub_money(d.investable, placed) : mul_money(d.investable, row[k]) / 100;
      placed = add_money(placed, line.amount);
      line.pick = pick(book, facts, ProductNeed{allocation_categories(line.cls), std::nullopt}, today, rules.products,
                       allocation_name_zh(line.cls), allocation_name_en(line.cls));
      d.allocation.push_back(std::move(line));
    }
  } else {
    d.allocation_none_zh = "客户尚无风险等级，无法给出资产配置：请先完成风险评估。";
    d.allocation_none_en = "No allocation without a risk level: assess the client first.";
  }
  for (size_t i = 0; i < d.goals.size(); ++i) {
    const PlanGoal& g = d.goals[i];
    if (g.year <= 0) continue;
    GoalTerm t;
    t.goal = i;
    t.needed_by = g.year <= today.year() ? today : Date::from_ymd(g.year, 1, 1);
    ProductNeed need{{}, t.needed_by};
    if (g.year - today.year() <= rules.near_goal_years) {
      need.categories = allocation_categories(AllocationClass::cash);
      for (ProductCategory p : allocation_categories(AllocationClass::fixed_income)) need.categories.push_back(p);
    }
    t.pick = pick(book, facts, need, today, rules.products, "", "");
    d.goal_terms.push_back(std::move(t));
  }
  d.yearly_surplus = annual_surplus(d.income);
  d.monthly_surplus = monthly_surplus(d.income);
  d.surplus_products =
      pick(book, facts,
           ProductNeed{{ProductCategory::fund_plan, ProductCategory::money_market_fund, ProductCategory::bond_fund},
                       std::nullopt},
           today, rules.products, "定投或现金管理", "regular-saving or cash");
  if (d.yearly_surplus <= 0) {
    d.surplus_zh = "每年支出超过税后收入 ¥" + yuan_text(sub_money(0, d.yearly_surplus)) +
                   "：先压缩支出，结余为正后再安排投资。";
    d.surplus_en = "Spending exceeds after-tax income by ¥" + yuan_text(sub_money(0, d.yearly_surplus)) +
                   " a year: cut spending first, invest once there is a surplus.";
  } else if (d.emergency.gap > 0 && d.monthly_surplus > 0) {
    const Fen months = add_money(d.emergency.gap, d.monthly_surplus - 1) / d.monthly_surplus;
    d.surplus_zh = "先用每月结余 ¥" + yuan_text(d.monthly_surplus) + " 补足应急资金缺口 ¥" +
                   yuan_text(d.emergency.gap) + "（约 " + std::to_string(months) +
                   " 个月），之后每月定投；年度结余 ¥" + yuan_text(d.yearly_surplus) + " 按资产配置比例投入。";
    d.surplus_en = "First use the monthly surplus of ¥" + yuan_text(d.monthly_surplus) +
                   " to fill the emergency fund gap of ¥" + yuan_text(d.emergency.gap) + " (about " +
                   std::to_string(months) + " months), then invest it monthly; the yearly surplus of ¥" +
                   yuan_text(d.yearly_surplus) + " goes in by the allocation.";
  } else {
    d.surplus_zh = "每月结余 ¥" + yuan_text(d.monthly_surplus) + " 可按月定投；年度结余 ¥" +
                   yuan_text(d.yearly_surplus) + " 按资产配置比例投入。";
    d.surplus_en = "Invest the monthly surplus of ¥" + yuan_text(d.monthly_surplus) +
                   " regularly; the yearly surplus of ¥" + yuan_text(d.yearly_surplus) + " goes in by the allocation.";
  }
  d.feasibility = plan_feasibility(d.goals, d.balance, d.income, d.level, today, rules);

  // 6. Review: at least yearly, never more than a year after the plan.
  const Date latest_review = d.created_on.plus_years(1);
  d.review_date = plan && d.created_on <= plan->review_date && plan->review_date <= latest_review ? plan->review_date
                                                                                                  : latest_review;
  return d;
}

}  // namespace rm
