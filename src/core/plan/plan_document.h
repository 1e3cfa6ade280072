// The financial plan (理财规划书) as the product writes it: the six parts of
// docs/domain.md §4 "What the plan contains", computed from the book, one
// client and her FinancialPlan record — see §4 "How the product writes the
// plan" for what each part computes. Plain data, all money integer fen; the
// HTML (plan_html.h), the 360° Plan tab and the CLI `plan` print it.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/finance/goal_feasibility.h"
#include "core/finance/household_ratios.h"
#include "core/finance/life_stage.h"
#include "core/finance/reserves.h"
#include "core/model/book.h"
#include "core/risk/product_recommendation.h"

namespace rm {

// The classes of an asset allocation, least to most risky.
enum class AllocationClass { cash, fixed_income, balanced, equity };
inline constexpr size_t kAllocationClasses = 4;

// The share of the investable assets per class for each client risk level, in
// whole percent (each row sums to 100). The sources give the rule ("an asset
// allocation that fits the risk level", §4) but no figures: these are
// placeholders stepping from deposits and fixed income (C1) to mostly equity
// (C5), data a bank edits like ReturnTable.
struct AllocationTable {
  std::array<std::array<int, kAllocationClasses>, 5> percent{{
      {{30, 70, 0, 0}},    // C1
      {{20, 60, 20, 0}},   // C2
      {{10, 45, 30, 15}},  // C3
      {{10, 30, 30, 30}},  // C4
      {{5, 20, 30, 45}},   // C5
  }};
};

// The catalogue categories each class draws its products from.
std::vector<ProductCategory> allocation_categories(AllocationClass c);
std::string_view allocation_name_zh(AllocationClass c);
std::string_view allocation_name_en(AllocationClass c);

struct PlanRules {
  ReturnTable returns;
  RatioThresholds thresholds;
  ReserveRules reserves;
  AllocationTable allocation;
  RecommendationRules products;
  // A goal due within this many years is served from cash and fixed income
  // only: money needed soon is not put at risk.
  int near_goal_years = 3;
};

// Recommended products, or why there are none (empty texts when there are).
struct ProductPick {
  std::vector<const Product*> products;  // into book.products; each passed the suitability check
  std::string none_zh, none_en;
};

struct AllocationLine {
  AllocationClass cls = AllocationClass::cash;
  int percent = 0;
  Fen amount = 0;
  ProductPick pick;
};

// A goal's money in a product that pays it back by the year it is needed.
struct GoalTerm {
  size_t goal = 0;  // into PlanDocument::goals
  Date needed_by;   // 1 January of the goal's year (today when the year has come)
  ProductPick pick;
};

// What would make infeasible goals feasible, each change alone (the others
// as planned), found by integer search with goals_funded_at at the return
// recommended for the risk level.
struct GoalFix {
  size_t goal = 0;                  // the goal that makes the plan infeasible (into PlanDocument::goals)
  std::optional<Fen> amount;        // lower that goal to this (0: drop it)
  std::optional<int> year;          // or move it to this year
  std::optional<Fen> extra_saving;  // or save this much more a year
};

struct PlanFeasibility {
  bool judged = false;    // goals with a year and a risk level to judge them by
  bool feasible = false;
  FeasibilityInputs inputs;  // the goals with a year, in priority order
  std::vector<size_t> goal_of_input;  // inputs.goals[i] is PlanDocument::goals[goal_of_input[i]]
  std::optional<int> required_bp;
  int recommended_bp = 0;
  std::optional<GoalFix> fix;
  std::vector<size_t> without_year;  // goals not counted: their year is not set
  std::string zh, en;  // the plain message, naming the goal and the change
};

struct MainEarner {
  std::string name;
  Fen income = 0;  // yearly, pre-tax
  int percent_of_household = 0;  // of the earners' combined income
};

struct PlanDocument {
  // Cover.
  std::string client_name;
  std::string manager_name;
  RecordId client_id;
  RecordId plan_id;  // empty: no plan record yet (written from the book's figures)
  int version = 0;
  ReviewState review = ReviewState::draft;
  Date created_on;
  Date today;
  // 1. Goals, in priority order (priority, then the kind's order of §4, then year).
  std::vector<PlanGoal> goals;
  // 2. Financial position.
  bool has_household = false;
  std::optional<Date> finances_as_of;
  BalanceSheet balance;
  IncomeStatement income;
  HouseholdRatios ratios;
  RatioThresholds thresholds;
  // 3. Protection.
  ProtectionCheck protection;
  std::optional<MainEarner> main_earner;
  // 4. Risk: attitude from the latest assessment, capacity from the position.
  std::optional<RiskAssessment> assessment;
  bool assessment_valid = false;
  std::optional<RiskLevel> level;  // the assessment's, else the plan's own
  std::optional<LifeStage> stage;
  std::string capacity_zh, capacity_en;
  std::string attitude_zh, attitude_en;
  // 5. Recommendations.
  EmergencyFund emergency;
  Fen investable = 0;  // liquid + investment assets less the emergency fund's minimum
  std::vector<AllocationLine> allocation;  // empty without a risk level
  std::string allocation_none_zh, allocation_none_en;
  std::vector<GoalTerm> goal_terms;
  Fen monthly_surplus = 0;
  Fen yearly_surplus = 0;
  ProductPick surplus_products;
  std::string surplus_zh, surplus_en;
  PlanFeasibility feasibility;
  // The manager's own texts of the plan record.
  std::string financial_position_text, protection_text, recommendations_text;
  // 6. Review.
  Date review_date;
};

// PLAN is the client's plan (nullptr: none yet — the document is written from
// the book's figures with no goals). CLIENT is a position in book.clients.
PlanDocument plan_document(const Book& book, const BookIndex& index, uint32_t client, const FinancialPlan* plan,
                           Date today, const PlanRules& rules = {});

// The feasibility part alone, for goals and figures as given (used by the
// document and by the Plan tab while goals are edited).
PlanFeasibility plan_feasibility(const std::vector<PlanGoal>& goals, const BalanceSheet& balance,
                                 const IncomeStatement& income, std::optional<RiskLevel> level, Date today,
                                 const PlanRules& rules = {});

// The goals in the plan's order (see PlanDocument::goals).
std::vector<PlanGoal> goals_in_priority_order(std::vector<PlanGoal> goals);

}  // namespace rm
