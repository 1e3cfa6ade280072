// String table of the 360° view's Plan tab (理财规划书, docs/domain.md §4 "How
// the product writes the plan").
#pragma once
#include "ui/text.h"

namespace rm::ui::plan_text {

inline constexpr Text kTab{"理财规划书", "Financial plan"};
inline constexpr Text kGoals{"理财目标", "Goals"};
inline constexpr Text kKind{"类型", "Kind"};
inline constexpr Text kName{"目标", "Goal"};
inline constexpr Text kAmount{"金额（元）", "Amount (¥)"};
inline constexpr Text kYear{"年份", "Year"};
inline constexpr Text kPriority{"优先级", "Priority"};
inline constexpr Text kAddGoal{"添加目标", "Add goal"};
inline constexpr Text kRemove{"删除", "Remove"};
inline constexpr Text kNoGoals{"尚无目标：添加目标的金额和年份。", "No goals yet: add each goal's amount and year."};
inline constexpr Text kFeasibility{"可行性", "Feasibility"};
inline constexpr Text kRatios{"财务比率", "Ratios"};
inline constexpr Text kRatio{"比率", "Ratio"};
inline constexpr Text kValue{"数值", "Value"};
inline constexpr Text kThreshold{"标准", "Threshold"};
inline constexpr Text kVerdict{"判断", "Verdict"};
inline constexpr Text kHealthy{"健康", "Healthy"};
inline constexpr Text kUnhealthy{"不健康", "Unhealthy"};
inline constexpr Text kUndefined{"无法计算", "Not defined"};
inline constexpr Text kGood{"良好", "Good"};
inline constexpr Text kFair{"一般", "Fair"};
inline constexpr Text kPoor{"偏低", "Poor"};
inline constexpr Text kRecommendations{"理财建议", "Recommendations"};
inline constexpr Text kEmergency{"应急资金：下限 ¥%s，现有流动资产 ¥%s，需补充 ¥%s",
                                 "Emergency fund: minimum ¥%s, liquid ¥%s, to add ¥%s"};
inline constexpr Text kPremium{"保险：建议年保费 ¥%s，现有 ¥%s，缺口 ¥%s", "Insurance: premiums ¥%s recommended, ¥%s paid, gap ¥%s"};
inline constexpr Text kMainEarner{"保障以主要收入来源 %s 为中心", "Cover centres on the main earner, %s"};
inline constexpr Text kAllocation{"资产配置（可投资资产 ¥%s）", "Allocation (investable ¥%s)"};
inline constexpr Text kCategory{"类别", "Category"};
inline constexpr Text kShare{"比例", "Share"};
inline constexpr Text kProducts{"推荐产品", "Products"};
inline constexpr Text kTexts{"客户经理说明", "Manager's notes"};
inline constexpr Text kPosition{"财务状况", "Financial position"};
inline constexpr Text kProtection{"保险保障", "Protection"};
inline constexpr Text kAdvice{"建议", "Recommendations"};
inline constexpr Text kReviewDate{"下次检视", "Next review"};
inline constexpr Text kVersions{"版本", "Versions"};
inline constexpr Text kVersion{"版本", "Version"};
inline constexpr Text kCreated{"编制日期", "Written on"};
inline constexpr Text kState{"审阅状态", "Review"};
inline constexpr Text kNoPlan{"尚未保存规划书。", "No plan saved yet."};
inline constexpr Text kVersionLine{"第 %d 版", "v%d"};
inline constexpr Text kDraft{"草稿", "Draft"};
inline constexpr Text kSubmitted{"已提交", "Submitted"};
inline constexpr Text kReviewed{"审阅中", "Under review"};
inline constexpr Text kApproved{"审阅通过", "Approved"};
inline constexpr Text kReturned{"退回修改", "Returned"};
inline constexpr Text kSave{"保存", "Save"};
inline constexpr Text kSaveNewVersion{"保存为新版本", "Save as new version"};
inline constexpr Text kNewVersionNote{"该版本已提交审阅，保存将生成新版本，原版本保留。",
                                      "This version was handed in: saving writes a new version and keeps it."};
inline constexpr Text kSubmit{"提交审阅", "Submit for review"};
inline constexpr Text kDownload{"下载 HTML", "Download HTML"};
inline constexpr Text kSaved{"规划书已保存。", "Plan saved."};
inline constexpr Text kSubmittedFlash{"规划书已提交审阅。", "Plan submitted for review."};
inline constexpr Text kUnsaved{"有未保存的修改", "Unsaved changes"};
inline constexpr Text kMigrate{"把 %d 个目标商机转入规划书", "Move %d goal opportunities into the plan"};
inline constexpr Text kMigrateNote{"新建客户时的目标曾被存为商机；目标应在理财规划书中。",
                                   "The new-client wizard once filed this client's goals as opportunities; goals belong in the plan."};
inline constexpr Text kMigrated{"目标已转入规划书。", "Goals moved into the plan."};
inline constexpr Text kBadAmount{"请输入金额，如 500,000", "Enter an amount, e.g. 500,000"};
inline constexpr Text kBadYear{"请输入年份，如 2030", "Enter a year, e.g. 2030"};
inline constexpr Text kBadPriority{"优先级为 1–99", "Priority is 1–99"};
inline constexpr Text kYearNotSet{"未定", "not set"};

}  // namespace rm::ui::plan_text
