// The monthly sales analysis (月度销售分析) handed to the retail department at
// the start of each month (docs/domain.md §3 "Written reports", `000`): the
// month's contacts and meetings by tier, sales by product (holdings started
// in the month, opportunities won), the pipeline's movement, contact-rule
// compliance as the supervisor's figures judge it (supervisor_figures.h — not
// judged again here), and the simulated profit with its three parts and the
// rates used (simulated_profit.h, docs/domain.md §6).
#pragma once
#include <string>
#include <vector>

#include "core/planner/supervisor_figures.h"
#include "core/reports/pipeline_week.h"
#include "core/reports/report_activity.h"
#include "core/reports/simulated_profit.h"

namespace rm {

struct ProductSales {
  RecordId product_id;
  std::string product;  // name
  ProductCategory category = ProductCategory::savings;
  int64_t holdings = 0;  // started in the month
  Fen holdings_amount = 0;
  int64_t won = 0;  // opportunities for the product won in the month
  Fen won_amount = 0;
};

struct MonthlySales {
  RecordId manager_id;  // empty: the whole book
  Period month;
  ContactActivity contacts;
  std::vector<ProductSales> by_product;  // largest sold first; "no product" has an empty id
  int64_t holdings = 0;
  Fen holdings_amount = 0;
  PipelineMovement pipeline;  // opened, advanced, moved back, won, lost in the month
  std::vector<TierCompliance> compliance;  // the month's rule items, per tier
  int compliance_items = 0, compliance_met = 0, compliance_overdue = 0;
  std::vector<ProfitRate> rates;  // the rates the profit used
  SimulatedProfit profit;
};

// The analysis of the month containing DAY for MANAGER (empty: the book's
// owner for compliance, every client for the rest).
MonthlySales monthly_sales(const PlannerContext& ctx, const RecordId& manager, Date day);

std::string monthly_sales_csv(const MonthlySales& m, const ReportLabels& labels);
std::string monthly_sales_html(const MonthlySales& m, const ReportLabels& labels, const std::string& manager_name);

}  // namespace rm
